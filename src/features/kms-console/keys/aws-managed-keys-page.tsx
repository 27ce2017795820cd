/**
 * "AWS managed keys": keys an AWS service created in the account the first time it used its
 * predefined alias alias/aws/<service>. AWS manages them: learners can view them, not change them.
 */
import { useMemo, useState } from 'react';
import { filterRows } from '@/features/kms-console/lib/keys';
import { loadKeyRows } from '@/state/key-rows';
import { paths } from '@/features/kms-console/lib/navigate';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { KmsLayout } from '@/features/kms-console/ui/layout';
import { QueryStatus } from '@/components/ui/query-status';
import { KeyListCli, KeyListToolbar } from './key-list-parts';
import { FirstUse } from './first-use';
import { KeyTable } from './key-table';

const call = callerFor('kms');

export function AwsManagedKeysPage() {
  const data = useConsoleQuery(() => loadKeyRows(call));
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => (data.data ?? []).filter((r) => r.keyManager === 'AWS'), [data.data]);
  const shown = filterRows(rows, filter);

  return (
    <KmsLayout current={paths.awsKeys} title="AWS managed keys">
      <div className="kms-explain">
        <p>
          AWS managed keys are KMS keys in your account that an AWS service (S3, EBS, RDS, Secrets Manager…) creates, manages and uses on your behalf. A service
          creates its key the first time it is used with encryption in this Region, under the alias <code>alias/aws/&lt;service&gt;</code>, for example{' '}
          <code>alias/aws/s3</code>; until then the list is empty.
        </p>
        <p>
          You can view these keys and their key policies, but not change them: AWS rotates them every year, and they cannot be disabled or deleted. Calling{' '}
          <code>aws kms describe-key --key-id alias/aws/s3</code> creates the key too (in AWS as here), and so does the form below.
        </p>
      </div>
      <KeyListToolbar headingId="kms-aws-keys" filterId="kms-filter-aws" count={rows.length} filter={filter} onFilter={setFilter} />
      <QueryStatus query={data} loading="Loading keys…" failed="Failed to list keys" />
      {data.status === 'ready' && rows.length === 0 && (
        <div className="empty-state">
          <p>There are no AWS managed keys in this Region yet.</p>
        </div>
      )}
      {data.status === 'ready' && rows.length > 0 && <KeyTable rows={shown} labelledBy="kms-aws-keys" />}
      {data.status === 'ready' && <FirstUse existing={rows.flatMap((r) => r.aliases)} onCreated={data.reload} />}
      <KeyListCli />
    </KmsLayout>
  );
}
