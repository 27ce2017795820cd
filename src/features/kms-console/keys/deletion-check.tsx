/**
 * "Can I delete this key?", in the Schedule key deletion dialog, for each key: its last
 * cryptographic use (GetKeyLastUsage), the grants that let principals use it (ListGrants) and the
 * aliases that point to it (ListAliases), read as the console's identity, with AWS's advice on
 * what these answers do not prove. Loaded with the dialog's first key, off the first screen.
 * https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-determining-usage.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-creating-cloudwatch-alarm.html
 */
import { QueryStatus } from '@/components/ui/query-status';
import { callerFor, listAll } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { formatDateTime } from '@/features/kms-console/lib/format';
import './deletion-check.css';

const call = callerFor('kms');

interface Usage {
  KeyLastUsage: { Operation?: string; Timestamp?: Date; CloudTrailEventId?: string };
  TrackingStartDate: Date;
}

async function readUse(keyId: string) {
  const [usage, grants, aliases] = await Promise.all([
    call('GetKeyLastUsage', { KeyId: keyId }) as Promise<Usage>,
    listAll<{ GranteePrincipal: string; Name?: string }>((Marker) => call('ListGrants', { KeyId: keyId, ...(Marker ? { Marker } : {}) }), 'Grants'),
    listAll<{ AliasName: string }>((Marker) => call('ListAliases', { KeyId: keyId, ...(Marker ? { Marker } : {}) }), 'Aliases'),
  ]);
  return { usage, grants, aliases };
}

export default function DeletionCheck({ keyId, name }: { keyId: string; name: string }) {
  const q = useConsoleQuery(() => readUse(keyId), [keyId]);
  if (q.status !== 'ready')
    return <QueryStatus query={q} loading="Reading the key's last use, grants and aliases…" failed={`Failed to read the use of ${name}`} />;
  const { usage, grants, aliases } = q.data;
  const last = usage.KeyLastUsage;
  return (
    <ul className="kms-deletion-check" aria-label={`Use of ${name}`}>
      <li>
        Last used:{' '}
        {last.Operation && last.Timestamp ? (
          <>
            {last.Operation} on {formatDateTime(last.Timestamp)} (CloudTrail event <span className="mono">{last.CloudTrailEventId}</span>)
          </>
        ) : (
          <>no cryptographic operation since tracking began on {formatDateTime(usage.TrackingStartDate)}</>
        )}
      </li>
      <li>
        Grants: {grants.length ? `${grants.length}, for ${[...new Set(grants.map((g) => g.GranteePrincipal))].join(', ')}` : 'none'}
        {grants.length > 0 && ' (they go with the key; their grantees lose its use)'}
      </li>
      <li>Aliases: {aliases.length ? aliases.map((a) => a.AliasName).join(', ') : 'none'}</li>
    </ul>
  );
}
