/**
 * An encryption context key that is a JavaScript property name (`__proto__`, `toString` ...) is
 * a key like any other in the shell: `aws kms encrypt --encryption-context` (shorthand and JSON)
 * and `aws-encryption-cli -c` bind it to the ciphertext.
 */
import { describe, expect, it } from 'vitest';
import { shellLab } from '@/cli/testing';

async function lab() {
  const t = shellLab();
  const { KeyMetadata } = await t.cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  await t.cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/demo', TargetKeyId: KeyMetadata.KeyId } });
  return { t };
}

describe.each(['__proto__', 'toString', 'constructor'])('encryption context key %s in the shell', (name) => {
  it('aws kms encrypt --encryption-context (shorthand) binds it: decrypt without it is InvalidCiphertextException', async () => {
    const { t } = await lab();
    const enc = await t.exec(
      `aws kms encrypt --key-id alias/demo --plaintext fileb://secret.txt --encryption-context ${name}=bound --query CiphertextBlob --output text`,
    );
    expect(enc.status, enc.stderr).toBe(0);
    await t.exec(`echo ${enc.stdout.trim()} | base64 --decode > blob`);
    const bare = await t.exec('aws kms decrypt --ciphertext-blob fileb://blob');
    expect(bare.stderr).toContain('InvalidCiphertextException');
    const ok = await t.exec(`aws kms decrypt --ciphertext-blob fileb://blob --encryption-context ${name}=bound --query KeyId --output text`);
    expect(ok.status, ok.stderr).toBe(0);
  });

  it('aws kms encrypt --encryption-context (JSON) binds it', async () => {
    const { t } = await lab();
    const enc = await t.exec(
      `aws kms encrypt --key-id alias/demo --plaintext fileb://secret.txt --encryption-context '{"${name}":"bound"}' --query CiphertextBlob --output text`,
    );
    expect(enc.status, enc.stderr).toBe(0);
    await t.exec(`echo ${enc.stdout.trim()} | base64 --decode > blob`);
    expect((await t.exec('aws kms decrypt --ciphertext-blob fileb://blob')).stderr).toContain('InvalidCiphertextException');
    expect((await t.exec(`aws kms decrypt --ciphertext-blob fileb://blob --encryption-context '{"${name}":"bound"}'`)).status).toBe(0);
  });

  it('aws-encryption-cli -c binds it and checks it on decrypt', async () => {
    const { t } = await lab();
    const enc = await t.exec(`aws-encryption-cli -e -i secret.txt -o secret.enc -w key=alias/demo -c ${name}=bound --metadata-output -`);
    expect(enc.status, enc.stderr).toBe(0);
    expect(JSON.parse(enc.stdout).header.encryption_context).toEqual(JSON.parse(`{"${name}":"bound"}`));
    const wrong = await t.exec(`aws-encryption-cli -d -i secret.enc -o out -w key=alias/demo -c ${name}=other -S`);
    expect(wrong.status).toBe(1);
    const right = await t.exec(`aws-encryption-cli -d -i secret.enc -o out -w key=alias/demo -c ${name}=bound -S`);
    expect(right.status, right.stderr).toBe(0);
  });
});
