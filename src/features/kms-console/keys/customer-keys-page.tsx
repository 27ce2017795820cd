/** "Customer managed keys": the keys you create, own and manage, with filtering, selection and Key actions. */
import { useMemo, useState } from 'react';
import { filterRows } from '@/features/kms-console/lib/keys';
import { loadKeyRows } from '@/state/key-rows';
import { href, paths } from '@/features/kms-console/lib/navigate';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { KmsLayout } from '@/features/kms-console/ui/layout';
import { KeyActions } from './key-actions';
import { QueryStatus } from '@/components/ui/query-status';
import { KeyListCli, KeyListToolbar } from './key-list-parts';
import { KeyTable, keyName } from './key-table';

const call = callerFor('kms');

export function CustomerKeysPage() {
  const data = useConsoleQuery(() => loadKeyRows(call));
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const action = useAction('kms');
  const rows = useMemo(() => (data.data ?? []).filter((r) => r.keyManager === 'CUSTOMER'), [data.data]);
  const shown = filterRows(rows, filter);
  const chosen = rows.filter((r) => selected.includes(r.keyId)).map((r) => ({ keyId: r.keyId, name: keyName(r), state: r.state }));

  return (
    <KmsLayout
      current={paths.customerKeys}
      title="Customer managed keys"
      actions={
        <>
          <KeyActions keys={chosen} action={action} />
          <a className="button button--primary" href={href(paths.create)}>
            Create key
          </a>
        </>
      }
      description="KMS keys that you create, own and manage. You control their key policies, aliases, tags, rotation and deletion."
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <KeyListToolbar headingId="kms-customer-keys" filterId="kms-filter-customer" count={rows.length} filter={filter} onFilter={setFilter} />
      <QueryStatus query={data} loading="Loading keys…" failed="Failed to list keys" />
      {data.status === 'ready' && rows.length === 0 && (
        <div className="empty-state">
          <p>You don't have any customer managed keys in this Region.</p>
          <a className="button button--primary" href={href(paths.create)}>
            Create key
          </a>
        </div>
      )}
      {data.status === 'ready' && rows.length > 0 && (
        <>
          <p className="visually-hidden" role="status">
            {shown.length} of {rows.length} keys shown, {chosen.length} selected.
          </p>
          <KeyTable rows={shown} labelledBy="kms-customer-keys" selected={selected} onSelect={setSelected} />
          {shown.length === 0 && <p>No keys match the filter.</p>}
        </>
      )}
      <KeyListCli />
    </KmsLayout>
  );
}
