/**
 * The keys of one Region, with the columns of the AWS console's key list; each key id links to
 * its page, each status is the console's status indicator (icon, colour, words). The rows are every
 * key table's (src/state/key-rows.ts); loaded with home-keys.tsx after the home page.
 */
import { breakable } from '@/components/ui/breakable';
import { KEY_STATE_STATUS, keyStateLabel, StatusIndicator } from '@/components/ui/status-indicator';
import { keyTypeOf, type KeyRow } from '@/state/key-rows';

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
                <StatusIndicator type={KEY_STATE_STATUS[r.state] ?? 'info'}>{keyStateLabel(r.state)}</StatusIndicator>
              </td>
              <td className="mono enum">{breakable(r.keySpec)}</td>
              <td className="mono enum">{breakable(r.keyUsage)}</td>
              <td>{keyTypeOf(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
