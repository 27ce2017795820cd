/**
 * A secret's page, as in Secrets Manager's console: its details (encryption key, ARN, dates), the
 * "Retrieve secret value" button (GetSecretValue as the signed-in identity: Secrets Manager then
 * asks KMS to Decrypt as that identity, so a disabled key or a key policy without kms:Decrypt shows
 * Secrets Manager's own error, with Why? from KMS's decision), its versions, and the actions to
 * schedule its deletion (a waiting period of 7-30 days) or cancel it.
 * Simplified: no editing of the value or the key from the page (use CloudShell: put-secret-value,
 * update-secret); no rotation, replication, tags or resource policy tabs.
 */
import { useId, useState } from 'react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/form-field';
import { ActionResult } from '@/components/ui/action-result';
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { callerFor } from '@/state/console-client';
import { useAction } from '@/state/use-action';
import { useConsoleQuery } from '@/state/use-console-query';
import { paths, SecretsLayout } from './layout';

const call = callerFor('secretsmanager');

interface Described {
  ARN: string;
  Name: string;
  Description?: string;
  KmsKeyId?: string;
  CreatedDate: Date;
  LastChangedDate?: Date;
  LastAccessedDate?: Date;
  DeletedDate?: Date;
  VersionIdsToStages?: Record<string, string[]>;
}

const when = (d?: Date) =>
  d
    ? new Date(d)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')
    : '-';

/** A secret's value as the console shows it: a JSON object as key/value rows, anything else as plaintext. */
export function valueRows(text: string): [string, string][] | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)]);
  } catch {
    // Not JSON: shown as plaintext.
  }
  return undefined;
}

export function SecretPage({ name }: { name: string }) {
  const versionsHeading = useId();
  const q = useConsoleQuery(() => call<Described>('DescribeSecret', { SecretId: name }), [name]);
  const action = useAction('secretsmanager');
  const [value, setValue] = useState<{ text?: string; binary?: boolean }>();
  const [deleting, setDeleting] = useState(false);
  const [days, setDays] = useState('30');
  const s = q.status === 'ready' ? q.data : undefined;

  async function retrieve() {
    const out = await action.run((c) => c<{ SecretString?: string; SecretBinary?: Uint8Array }>('GetSecretValue', { SecretId: name }), {
      failure: 'Failed to retrieve the secret value',
    });
    if (out.ok) {
      action.clear();
      setValue(out.value.SecretString !== undefined ? { text: out.value.SecretString } : { binary: true });
    }
  }

  const window = Number(days);
  const windowOk = Number.isInteger(window) && window >= 7 && window <= 30;
  const rows = value?.text !== undefined ? valueRows(value.text) : undefined;
  return (
    <SecretsLayout
      title={name}
      crumbs={[{ label: 'Secrets', href: paths.list }]}
      actions={
        s &&
        (s.DeletedDate ? (
          <Button
            onClick={() =>
              void action.run((c) => c('RestoreSecret', { SecretId: name }), {
                success: `Deletion of ${name} cancelled.`,
                failure: 'Failed to cancel the deletion',
              })
            }
          >
            Cancel deletion
          </Button>
        ) : (
          <Button onClick={() => setDeleting(true)}>Delete secret</Button>
        ))
      }
    >
      <ActionResult className="secrets-result" result={action.result} onDismiss={action.clear} />
      <QueryStatus query={q} failed="Failed to describe the secret" />
      {s && (
        <>
          {s.DeletedDate && (
            <Banner title="Scheduled for deletion">
              <p>This secret is scheduled for deletion on {when(s.DeletedDate)}. It cannot be retrieved until you cancel the deletion.</p>
            </Banner>
          )}
          <section className="panel">
            <h2>Secret details</h2>
            <dl className="summary">
              <dt>Encryption key</dt>
              <dd className="mono">{s.KmsKeyId ?? 'aws/secretsmanager'}</dd>
              <dt>Secret name</dt>
              <dd>{s.Name}</dd>
              <dt>Secret ARN</dt>
              <dd className="mono">{s.ARN}</dd>
              <dt>Secret description</dt>
              <dd>{s.Description || '-'}</dd>
              <dt>Created</dt>
              <dd>{when(s.CreatedDate)}</dd>
              <dt>Last retrieved</dt>
              <dd>{s.LastAccessedDate ? new Date(s.LastAccessedDate).toISOString().slice(0, 10) : '-'}</dd>
            </dl>
          </section>
          <section className="panel">
            <div className="secrets-value-header">
              <h2>Secret value</h2>
              <div>
                {value ? (
                  <Button onClick={() => setValue(undefined)}>Hide secret value</Button>
                ) : (
                  <Button disabled={action.busy} onClick={() => void retrieve()}>
                    Retrieve secret value
                  </Button>
                )}
              </div>
            </div>
            {!value && <p className="muted">Retrieving asks KMS, as you, to decrypt the secret&apos;s data key (kms:Decrypt on its key).</p>}
            {value?.binary && <p>This secret holds binary data: retrieve it with the AWS CLI (get-secret-value).</p>}
            {rows && (
              <table className="table">
                <caption>Secret value, key/value</caption>
                <thead>
                  <tr>
                    <th scope="col">Secret key</th>
                    <th scope="col">Secret value</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([k, v]) => (
                    <tr key={k}>
                      <td>{k}</td>
                      <td className="mono">{v}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {value?.text !== undefined && !rows && <pre className="code-block">{value.text}</pre>}
          </section>
          <h2 id={versionsHeading}>Versions</h2>
          <Table<[string, string[]]>
            labelledBy={versionsHeading}
            rows={Object.entries(s.VersionIdsToStages ?? {})}
            rowKey={([id]) => id}
            empty="No value stored yet."
            columns={[
              { header: 'Version ID', className: 'mono', cell: ([id]) => id },
              { header: 'Staging labels', cell: ([, stages]) => stages.join(', ') },
            ]}
          />
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title="Schedule secret deletion"
          actionLabel="Schedule deletion"
          errorTitle="Failed to schedule the deletion"
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            if (!windowOk) throw new Error('The waiting period must be between 7 and 30 days.');
            const out = await action.run((c) => c('DeleteSecret', { SecretId: name, RecoveryWindowInDays: window }), {
              success: `The secret ${name} is scheduled for deletion.`,
              failure: 'Failed to schedule the deletion',
            });
            setDeleting(false);
            if (out.ok) setValue(undefined);
          }}
        >
          <p>After the waiting period, Secrets Manager deletes the secret and every version of it. Until then you can cancel the deletion.</p>
          <TextField
            label="Waiting period (days)"
            hint="7 to 30 days"
            value={days}
            onChange={setDays}
            inputMode="numeric"
            error={windowOk ? undefined : 'Enter 7 to 30 days.'}
          />
        </ConfirmDialog>
      )}
    </SecretsLayout>
  );
}
