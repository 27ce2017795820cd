/** A table of KMS keys with the console's columns (Aliases, Key ID, Status, Key spec, Key usage); optional selection. */
import { breakable } from '@/components/ui/breakable';
import { NONE, Table } from '@/components/ui/table';
import { formatDateTime, statusLabel } from '@/features/kms-console/lib/format';
import type { KeyRow } from '@/state/key-rows';
import { href, paths } from '@/features/kms-console/lib/navigate';
import { KEY_STATE_STATUS, StatusIndicator } from '@/components/ui/status-indicator';

interface Props {
  rows: KeyRow[];
  labelledBy: string;
  selected?: string[];
  onSelect?(selected: string[]): void;
}

export const keyName = (r: Pick<KeyRow, 'aliases' | 'keyId'>) => r.aliases[0]?.replace(/^alias\//, '') ?? r.keyId;

export function KeyTable({ rows, labelledBy, selected, onSelect }: Props) {
  return (
    <Table
      labelledBy={labelledBy}
      rows={rows}
      rowKey={(r) => r.keyId}
      selection={selected && onSelect ? { selected, onChange: onSelect, label: (r) => `Select key ${keyName(r)}` } : undefined}
      columns={[
        { header: 'Aliases', cell: (r) => (r.aliases.length ? r.aliases.map((a) => <div key={a}>{a.replace(/^alias\//, '')}</div>) : NONE) },
        { header: 'Key ID', className: 'mono', cell: (r) => <a href={href(paths.key(r.keyId))}>{r.keyId}</a> },
        {
          header: 'Status',
          cell: (r) => (
            <>
              <StatusIndicator type={KEY_STATE_STATUS[r.state] ?? 'info'} className="kms-status">
                {statusLabel(r.state)}
              </StatusIndicator>
              {r.deletionDate && <div className="kms-small">Deletion date: {formatDateTime(r.deletionDate)}</div>}
            </>
          ),
        },
        { header: 'Key spec', className: 'mono enum', cell: (r) => breakable(r.keySpec) },
        { header: 'Key usage', className: 'mono enum', cell: (r) => breakable(r.keyUsage) },
      ]}
    />
  );
}
