/**
 * "Who can do what": every principal of the account (the root, each IAM user, each role) against
 * the key's actions as the console groups them (use, administer), allowed or not and why, as the
 * one authorization step decides them now from the key policy, the IAM policies and the key's
 * grants (src/cloud/who-can.ts). A KMS Lab view: the AWS console has no such tab. Loaded on first use.
 */
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { groupSummary, keyInAccount, whoCanWithKey, type AccessOfPrincipal } from '@/cloud/who-can';
import type { Origin } from '@/kms/model/key';
import type { KeySpec, KeyUsage } from '@/kms/model/key-specs';
import { useConsole } from '@/state/console-store';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import '@/components/ui/access-explain.css';

const call = callerFor('kms');

interface Props {
  keyId: string;
  keyArn: string;
  origin: Origin;
  keySpec?: KeySpec;
  keyUsage?: KeyUsage;
}

export default function WhoCanTab({ keyId, keyArn, origin, keySpec, keyUsage }: Props) {
  const cloud = useConsole((s) => s.cloud);
  const data = useConsoleQuery(async () => {
    const policy = (await call('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' })).Policy as string;
    return cloud ? whoCanWithKey(cloud, { arn: keyArn, policy, keySpec, keyUsage, origin }, await keyInAccount(cloud, keyArn)) : [];
  }, [keyId]);
  if (data.status !== 'ready') return <QueryStatus query={data} loading="Reading the key policy and the IAM policies…" failed="Failed to get the key policy" />;
  const groups = data.data[0]?.groups ?? [];
  return (
    <div>
      <h2 id="kms-who-can-h">Who can do what</h2>
      <p>
        What each principal of the account may do with this key now, decided as every call is: the key policy and the principal&apos;s IAM policies together. A
        statement of the key policy that names a principal allows it on its own; the statement that names the account (&quot;Enable IAM User Permissions&quot;)
        lets IAM policies decide, so an IAM policy such as AdministratorAccess then allows too. A grant on the key allows its grantee the operations it lists
        when no policy does. A KMS Lab view: the AWS console has no such tab.
      </p>
      <p className="muted">
        Conditions on the key itself (its tags, aliases, key spec) are evaluated with the key&apos;s values. Conditions on the request (encryption context, the
        calling service, the alias named) and grant constraints are evaluated without them here; a call that carries them may be decided otherwise.
      </p>
      <Table<AccessOfPrincipal>
        labelledBy="kms-who-can-h"
        rows={data.data}
        rowKey={(r) => r.label}
        columns={[
          { header: 'Principal', cell: (r) => <Principal row={r} /> },
          ...groups.map((g, i) => ({ header: g.label, cell: (r: AccessOfPrincipal) => <GroupCell row={r} index={i} /> })),
        ]}
      />
    </div>
  );
}

function Principal({ row }: { row: AccessOfPrincipal }) {
  return (
    <>
      <strong>{row.label}</strong>
      <br />
      <span className="mono kms-break kms-small">{row.principal.type === 'role' ? row.principal.arn.replace(/\/[^/]+$/, '') : row.principal.arn}</span>
    </>
  );
}

function GroupCell({ row, index }: { row: AccessOfPrincipal; index: number }) {
  const group = row.groups[index]!;
  const { allowed, total, bases } = groupSummary(group.checks);
  const verdict = allowed === total ? `Allowed: all ${total} actions` : allowed === 0 ? 'Denied: no action' : `Allowed: ${allowed} of ${total} actions`;
  return (
    <div className="who-can__cell">
      <p className={allowed ? 'effect--allow' : 'effect--deny'}>{verdict}</p>
      {bases.map((b) => (
        <p key={b} className="kms-small">
          by {b}
        </p>
      ))}
      <details className="access-explain__json">
        <summary>
          Each action
          <span className="visually-hidden">
            {' '}
            of {row.label}: {group.label}
          </span>
        </summary>
        <ul className="access-explain__list">
          {group.checks.map((c) => (
            <li key={c.action}>
              <strong className={c.allowed ? 'effect--allow' : 'effect--deny'}>{c.allowed ? 'Allowed' : 'Denied'}</strong>{' '}
              <span className="mono">{c.action}</span>: {c.summary}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
