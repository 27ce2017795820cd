/**
 * One list of the key policy's default view (Key administrators, Key users): the principals the
 * policy names, with Add (choose IAM users and roles) and Remove (the selected ones). Both
 * rewrite the key policy; the parent makes the PutKeyPolicy call.
 */
import { useId, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { loadPrincipals } from '@/features/kms-console/lib/principals';
import { describePrincipal } from '@/features/kms-console/lib/policy-view';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { PrincipalPicker } from '@/features/kms-console/ui/principal-picker';

const call = callerFor('kms');

interface Props {
  title: string;
  description: string;
  arns: string[];
  readOnly?: boolean;
  onChange(arns: string[]): void;
}

export function PrincipalList({ title, description, arns, readOnly, onChange }: Props) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const rows = arns.map((arn) => ({ arn, ...describePrincipal(arn) }));
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <div className="toolbar">
        <h3 id={`${id}-h`}>
          {title} <span className="muted">({arns.length})</span>
        </h3>
        {!readOnly && (
          <div className="toolbar__actions">
            <button
              type="button"
              className="button"
              aria-disabled={selected.length === 0 || undefined}
              onClick={() => {
                if (!selected.length) return;
                onChange(arns.filter((a) => !selected.includes(a)));
                setSelected([]);
              }}
            >
              Remove
            </button>
            <button type="button" className="button" onClick={() => setAdding(true)}>
              Add
            </button>
          </div>
        )}
      </div>
      <p className="kms-hint">{description}</p>
      <Table
        labelledBy={`${id}-h`}
        rows={rows}
        rowKey={(r) => r.arn}
        empty={<p>No {title.toLowerCase()}.</p>}
        selection={readOnly ? undefined : { selected, onChange: setSelected, label: (r) => `Select ${r.name}` }}
        columns={[
          { header: 'Name', cell: (r) => r.name },
          { header: 'Path', className: 'mono', cell: (r) => r.path },
          { header: 'Type', cell: (r) => r.type },
        ]}
      />
      {adding && (
        <AddDialog
          title={`Add ${title.toLowerCase()}`}
          existing={arns}
          onClose={() => setAdding(false)}
          onAdd={(more) => {
            setAdding(false);
            onChange([...arns, ...more]);
          }}
        />
      )}
    </section>
  );
}

function AddDialog({ title, existing, onClose, onAdd }: { title: string; existing: string[]; onClose(): void; onAdd(arns: string[]): void }) {
  const principals = useConsoleQuery(() => loadPrincipals(call));
  const [chosen, setChosen] = useState<string[]>([]);
  const available = (principals.data ?? []).filter((p) => !existing.includes(p.arn));
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={chosen.length === 0 || undefined}
            onClick={() => chosen.length && onAdd(chosen)}
          >
            Add
          </button>
        </>
      }
    >
      <QueryStatus query={principals} loading="Loading IAM users and roles…" failed="Failed to list IAM users and roles" />
      {principals.status === 'ready' && <PrincipalPicker caption={title} principals={available} selected={chosen} onChange={setChosen} />}
    </Dialog>
  );
}
