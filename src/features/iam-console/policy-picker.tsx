/**
 * "Permissions policies": the managed policies to attach, with a filter, as in the AWS
 * console's Create user / Create user group / Create role steps. Reads ListPolicies.
 */
import { useId, useState } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { TextField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { findManagedPolicy } from '@/iam/managed-policies';
import { useConsoleQuery } from '@/state/use-console-query';
import { listAllIam } from './iam-api';

export interface PolicyRow {
  PolicyName: string;
  Arn: string;
  AttachmentCount: number;
}

export const loadPolicies = () => listAllIam<PolicyRow>('ListPolicies', 'Policies', { Scope: 'All' });

interface Props {
  /** Selected policy ARNs. */
  selected: string[];
  onChange(arns: string[]): void;
  /** ARNs already attached: not offered again. */
  exclude?: string[];
  heading?: string;
}

export function PolicyPicker({ selected, onChange, exclude = [], heading = 'Permissions policies' }: Props) {
  const policies = useConsoleQuery(loadPolicies);
  const [filter, setFilter] = useState('');
  const headingId = useId();
  const all = policies.status === 'ready' ? policies.data.filter((p) => !exclude.includes(p.Arn)) : [];
  const shown = all.filter((p) => p.PolicyName.toLowerCase().includes(filter.trim().toLowerCase()));

  return (
    <section className="picker">
      <h3 id={headingId}>
        {heading} ({all.length})
      </h3>
      <TextField
        label="Filter policies by name"
        value={filter}
        onChange={setFilter}
        type="search"
        // Enter filters (it already does as you type); it must not submit the surrounding form.
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      />
      {selected.length > 0 && <p className="muted">Selected: {selected.map((arn) => arn.split('/').pop()).join(', ')}</p>}
      <QueryStatus query={policies} loading="Loading policies…" failed="Failed to list policies" />
      {policies.status === 'ready' && (
        <Table
          labelledBy={headingId}
          rows={shown}
          rowKey={(p) => p.Arn}
          selection={{ selected, onChange, label: (p) => p.PolicyName }}
          empty={<p>No policies match “{filter}”.</p>}
          columns={[
            { header: 'Policy name', cell: (p) => p.PolicyName },
            { header: 'Type', cell: () => 'AWS managed' },
            { header: 'Description', cell: (p) => findManagedPolicy(p.Arn)?.description ?? '' },
            { header: 'Attached entities', cell: (p) => p.AttachmentCount },
          ]}
        />
      )}
    </section>
  );
}
