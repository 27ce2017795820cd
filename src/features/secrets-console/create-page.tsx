/**
 * "Store a new secret", as in Secrets Manager's console: the value as key/value pairs or plaintext,
 * the encryption key (aws/secretsmanager, or a symmetric customer managed key of the Region), the
 * name and description, then CreateSecret as the signed-in identity. Secrets Manager then asks KMS
 * for a data key as that identity: Event history shows the GenerateDataKey it made.
 * Simplified: one page instead of the console's four steps; no rotation, replication, tags or
 * resource policy; "Other type of secret" only (no database credential types).
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextArea, TextField } from '@/components/ui/form-field';
import { ActionResult } from '@/components/ui/action-result';
import { callerFor } from '@/state/console-client';
import { loadKeyRows } from '@/state/key-rows';
import { useAction } from '@/state/use-action';
import { useConsoleQuery } from '@/state/use-console-query';
import { paths, SecretsLayout } from './layout';

const kms = callerFor('kms');
const DEFAULT_KEY = 'aws/secretsmanager';

type Pair = { key: string; value: string };

/** The secret's text: key/value pairs as the console writes them (a JSON object), or the plaintext as typed. */
export const secretText = (mode: 'pairs' | 'plain', pairs: Pair[], plain: string) =>
  mode === 'plain' ? plain : JSON.stringify(Object.fromEntries(pairs.filter((p) => p.key).map((p) => [p.key, p.value])));

export function CreateSecretPage() {
  const [mode, setMode] = useState<'pairs' | 'plain'>('pairs');
  const [pairs, setPairs] = useState<Pair[]>([{ key: '', value: '' }]);
  const [plain, setPlain] = useState('');
  const [key, setKey] = useState(DEFAULT_KEY);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const action = useAction('secretsmanager');
  const keys = useConsoleQuery(async () =>
    (await loadKeyRows(kms)).filter(
      (k) => k.keyManager === 'CUSTOMER' && k.keySpec === 'SYMMETRIC_DEFAULT' && k.keyUsage === 'ENCRYPT_DECRYPT' && k.state === 'Enabled',
    ),
  );
  const options = [
    { value: DEFAULT_KEY, label: 'aws/secretsmanager (AWS managed key)' },
    ...(keys.status === 'ready'
      ? keys.data.map((k) => ({ value: k.arn, label: `${k.aliases[0]?.replace(/^alias\//, '') ?? k.keyId} (customer managed)` }))
      : []),
  ];
  const text = secretText(mode, pairs, plain);
  const empty = mode === 'plain' ? !plain : !pairs.some((p) => p.key);

  async function store() {
    const input = { Name: name.trim(), Description: description || undefined, SecretString: text, KmsKeyId: key === DEFAULT_KEY ? undefined : key };
    const out = await action.run((call) => call<{ Name: string }>('CreateSecret', input), {
      success: (o) => `Your secret ${o.Name} has been successfully stored.`,
      failure: 'Failed to store the secret',
    });
    if (out.ok) location.hash = paths.secret(out.value.Name);
  }

  const setPair = (i: number, p: Partial<Pair>) => setPairs(pairs.map((x, j) => (j === i ? { ...x, ...p } : x)));
  return (
    <SecretsLayout title="Store a new secret" crumbs={[{ label: 'Secrets', href: paths.list }]}>
      <ActionResult className="secrets-result" result={action.result} onDismiss={action.clear} />
      <section className="panel">
        <h2>Secret value</h2>
        <div role="group" aria-label="How to enter the value" className="segmented">
          <Button variant={mode === 'pairs' ? 'primary' : 'secondary'} aria-pressed={mode === 'pairs'} onClick={() => setMode('pairs')}>
            Key/value
          </Button>
          <Button variant={mode === 'plain' ? 'primary' : 'secondary'} aria-pressed={mode === 'plain'} onClick={() => setMode('plain')}>
            Plaintext
          </Button>
        </div>
        {mode === 'pairs' ? (
          pairs.map((p, i) => (
            <div className="secrets-pair" key={i}>
              <TextField label={`Key ${i + 1}`} value={p.key} onChange={(v) => setPair(i, { key: v })} autoComplete="off" />
              <TextField label={`Value ${i + 1}`} value={p.value} onChange={(v) => setPair(i, { value: v })} autoComplete="off" />
              {pairs.length > 1 && <Button onClick={() => setPairs(pairs.filter((_, j) => j !== i))}>Remove row {i + 1}</Button>}
            </div>
          ))
        ) : (
          <TextArea label="Secret value (plaintext)" value={plain} onChange={setPlain} rows={4} />
        )}
        {mode === 'pairs' && <Button onClick={() => setPairs([...pairs, { key: '', value: '' }])}>+ Add row</Button>}
        <SelectField
          label="Encryption key"
          hint="Secrets Manager encrypts the value with a data key from this KMS key. aws/secretsmanager is created on first use."
          value={key}
          onChange={setKey}
          options={options}
        />
      </section>
      <section className="panel">
        <h2>Secret name and description</h2>
        <TextField
          label="Secret name"
          hint="Letters, digits and /_+=.@- (at most 512 characters)"
          value={name}
          onChange={setName}
          maxLength={512}
          autoComplete="off"
        />
        <TextArea label="Description - optional" value={description} onChange={setDescription} rows={2} maxLength={2048} />
      </section>
      <div className="form-actions">
        <Button onClick={() => void (location.hash = paths.list)}>Cancel</Button>
        <Button variant="primary" disabled={action.busy || !name.trim() || empty} onClick={() => void store()}>
          Store
        </Button>
      </div>
    </SecretsLayout>
  );
}
