/**
 * A user's Security credentials tab: access keys. Creating one shows its secret once, with the
 * .csv download AWS offers; after "Done" the secret is gone for good (ListAccessKeys never
 * returns it), which is the lesson.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CliEquivalent } from '@/components/ui/cli-equivalent';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDateTime } from '@/components/ui/format';
import { Table } from '@/components/ui/table';
import { showFlash } from '@/state/flash';
import { downloadText } from '@/components/ui/download';
import { accessKeyCsv, accessKeyCsvName } from './access-key-csv';
import { iam, iamAction, iamCall } from './iam-api';
import type { UserData } from './user-data';
import { StatusIndicator } from '@/components/ui/status-indicator';

interface NewKey {
  AccessKeyId: string;
  SecretAccessKey: string;
}

export function UserCredentialsTab({ data }: { data: UserData }) {
  const userName = data.user.UserName;
  const [selected, setSelected] = useState<string[]>([]);
  const [created, setCreated] = useState<NewKey>();
  const [showSecret, setShowSecret] = useState(false);
  const [error, setError] = useState<unknown>();
  const [deleting, setDeleting] = useState(false);
  const chosen = selected.find((s) => data.accessKeys.some((k) => k.AccessKeyId === s));

  async function create() {
    setError(undefined);
    try {
      const { AccessKey } = await iam<{ AccessKey: NewKey }>('CreateAccessKey', { UserName: userName });
      setShowSecret(false);
      setCreated({ AccessKeyId: AccessKey.AccessKeyId, SecretAccessKey: AccessKey.SecretAccessKey });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <div className="toolbar">
        <h3 id="access-keys-heading">Access keys ({data.accessKeys.length})</h3>
        <div className="toolbar__actions">
          <Button aria-disabled={!chosen || undefined} onClick={() => chosen && setDeleting(true)}>
            Delete
          </Button>
          <Button variant="primary" onClick={() => void create()}>
            Create access key
          </Button>
        </div>
      </div>
      <p className="muted">
        Use access keys to send programmatic calls to AWS from the AWS CLI, AWS SDKs or direct API calls. You can have a maximum of two access keys at a time.
      </p>
      {error !== undefined && <ErrorAlert error={error} title="Failed to create access key" onDismiss={() => setError(undefined)} />}
      {created && (
        <section className="panel panel--highlight" aria-labelledby="retrieve-keys-heading">
          <h3 id="retrieve-keys-heading">Retrieve access keys</h3>
          <div className="alert alert--warning">
            <div className="alert__body">
              <p className="alert__title">This is the only time that the secret access key can be viewed or downloaded.</p>
              <p>You cannot recover it later. However, you can create a new access key any time.</p>
            </div>
          </div>
          <dl className="summary">
            <dt>Access key</dt>
            <dd className="mono">
              {created.AccessKeyId} <CopyButton text={created.AccessKeyId} label="Copy access key" />
            </dd>
            <dt>Secret access key</dt>
            <dd className="mono">
              {showSecret ? created.SecretAccessKey : '*'.repeat(16)}{' '}
              <Button className="button--small" aria-pressed={showSecret} onClick={() => setShowSecret(!showSecret)}>
                Show secret access key
              </Button>{' '}
              <CopyButton text={created.SecretAccessKey} label="Copy secret access key" />
            </dd>
          </dl>
          <CliEquivalent calls={[iamCall('CreateAccessKey', { UserName: userName })]} />
          <div className="form-actions">
            <Button onClick={() => downloadText(accessKeyCsvName(userName), accessKeyCsv(created.AccessKeyId, created.SecretAccessKey), 'text/csv')}>
              Download .csv file
            </Button>
            <Button variant="primary" onClick={() => setCreated(undefined)}>
              Done
            </Button>
          </div>
        </section>
      )}
      <Table
        labelledBy="access-keys-heading"
        rows={data.accessKeys}
        rowKey={(k) => k.AccessKeyId}
        selection={{ selected: chosen ? [chosen] : [], onChange: setSelected, label: (k) => `Select ${k.AccessKeyId}`, single: true }}
        empty={<p>No access keys. As a best practice, avoid using long-term credentials like access keys.</p>}
        columns={[
          { header: 'Access key ID', cell: (k) => k.AccessKeyId, className: 'mono' },
          { header: 'Status', cell: (k) => <StatusIndicator type={k.Status === 'Active' ? 'success' : 'stopped'}>{k.Status}</StatusIndicator> },
          { header: 'Created', cell: (k) => formatDateTime(k.CreateDate) },
        ]}
      />
      {deleting && chosen && (
        <ConfirmDialog
          title={`Delete ${chosen}?`}
          confirmText={chosen}
          confirmLabel={<>To confirm deletion, enter the access key ID in the text input field.</>}
          errorTitle={`Failed to delete access key ${chosen}`}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const call = iamCall('DeleteAccessKey', { UserName: userName, AccessKeyId: chosen });
            await iamAction(call);
            setSelected([]);
            showFlash({
              tone: 'success',
              text: `Access key ${chosen} deleted.`,
              calls: [call],
            });
          }}
        >
          <p>Applications that use this access key stop working. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
