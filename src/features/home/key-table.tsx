/**
 * The keys of one Region, with the columns of the AWS console's key list; each key id links to
 * its page, each status is the console's status indicator (icon, colour, words). Loaded after the
 * home page (it appears once the account's keys are listed), so it costs the first screen nothing.
 */
import { breakable } from '@/components/ui/breakable';
import { KEY_STATE_STATUS, keyStateLabel, StatusIndicator } from '@/components/ui/status-indicator';
import type { KeyRow } from './list-key-rows';

const NONE = <span aria-label="none">–</span>;

export default function KeyTable({ rows, labelledBy }: { rows: KeyRow[]; labelledBy: string }) {
  return (
    <div className="table-wrap">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Aliases</th>
            <th scope="col">Key ID</th>
            <th scope="col">Status</th>
            <th scope="col">Key spec</th>
            <th scope="col">Key usage</th>
            <th scope="col">Key type</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.keyId}>
              <td>{r.aliases.length ? r.aliases.join(', ') : NONE}</td>
              <td className="mono">
                <a href={`#/kms/keys/${encodeURIComponent(r.keyId)}`} title={r.arn}>
                  {r.keyId}
                </a>
              </td>
              <td>
                <StatusIndicator type={KEY_STATE_STATUS[r.status] ?? 'info'}>{keyStateLabel(r.status)}</StatusIndicator>
              </td>
              <td className="mono enum">{breakable(r.keySpec)}</td>
              <td className="mono enum">{breakable(r.keyUsage)}</td>
              <td>{r.keyType}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
