/**
 * The home page's list of the account's KMS keys in the selected Region: the rows every key table
 * of the console reads (src/state/key-rows.ts), through the console's query hook as the signed-in
 * identity, with the console's loading and error view. Loaded just after the home page, so it
 * costs the first screen nothing.
 */
import { QueryStatus } from '@/components/ui/query-status';
import { callerFor } from '@/state/console-client';
import { loadKeyRows } from '@/state/key-rows';
import { useConsoleQuery } from '@/state/use-console-query';
import KeyTable from './key-table';

const kms = callerFor('kms');

export default function HomeKeys({ regionName, labelledBy }: { regionName: string; labelledBy: string }) {
  const keys = useConsoleQuery(() => loadKeyRows(kms));
  return (
    <>
      <QueryStatus query={keys} loading="Loading keys…" failed="Failed to list keys" />
      {keys.status === 'ready' && keys.data.length === 0 && (
        <div className="empty-state">
          <p>There are no keys in {regionName} yet.</p>
          <p className="muted">Keys are regional: each Region of the account has its own. Create key opens the console's wizard.</p>
        </div>
      )}
      {keys.status === 'ready' && keys.data.length > 0 && <KeyTable rows={keys.data} labelledBy={labelledBy} />}
    </>
  );
}
