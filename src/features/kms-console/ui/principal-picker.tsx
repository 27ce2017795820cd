/** Choose IAM users and roles (the wizard's permission steps, and the key policy's Add dialogs). */
import { useId, useState } from 'react';
import { Table } from '@/components/ui/table';
import type { PrincipalRow } from '@/features/kms-console/lib/principals';

interface Props {
  caption: string;
  principals: PrincipalRow[];
  selected: string[];
  onChange(selected: string[]): void;
}

export function PrincipalPicker({ caption, principals, selected, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const id = useId();
  const needle = filter.trim().toLowerCase();
  const shown = principals.filter((p) => !needle || p.name.toLowerCase().includes(needle) || p.type.toLowerCase().includes(needle));

  if (principals.length === 0) {
    return <p className="kms-hint">No IAM users or roles to choose from. Create users and roles in the IAM console.</p>;
  }
  return (
    <>
      <p id={`${id}-caption`} className="visually-hidden">
        {caption}
      </p>
      <div className="kms-filter">
        <label htmlFor={`${id}-filter`}>Filter users and roles</label>
        <input id={`${id}-filter`} className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <Table
        labelledBy={`${id}-caption`}
        rows={shown}
        rowKey={(p) => p.arn}
        empty={<p>No users or roles match the filter.</p>}
        selection={{ selected, onChange, label: (p) => p.name }}
        columns={[
          { header: 'Name', cell: (p) => p.name },
          { header: 'Path', className: 'mono', cell: (p) => p.path },
          { header: 'Type', cell: (p) => p.type },
        ]}
      />
    </>
  );
}
