import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasArn, fromUtf8, keyArn, utf8 } from '@/core';
import { importMaterial, keyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string, region = 'us-east-1') => keyArn(region, keyId);
const GONE = 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

describe('Decrypt', () => {
  it('needs no KeyId: the blob names its key and material', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'hello');
    const out = await t.kms('Decrypt', { CiphertextBlob: blob });
    expect(Object.keys(out)).toEqual(['KeyId', 'Plaintext', 'EncryptionAlgorithm', 'KeyMaterialId']);
    expect(out.KeyId).toBe(arn(keyId));
    expect(out.Plaintext).toEqual(utf8('hello'));
    expect(out.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
    const described = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect(out.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    expect(out.KeyMaterialId).toBe(described.CurrentKeyMaterialId);
  });

  it('accepts the right key as key ID, key ARN, alias name or alias ARN', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const blob = await t.encrypt(keyId, 'x');
    for (const id of [keyId, arn(keyId), 'alias/app', aliasArn('us-east-1', 'alias/app')]) {
      expect((await t.kms('Decrypt', { CiphertextBlob: blob, KeyId: id })).KeyId).toBe(arn(keyId));
    }
  });

  it('IncorrectKeyException when KeyId names another key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const other = await t.createKey({ alias: 'alias/other' });
    const blob = await t.encrypt(keyId, 'x');
    for (const id of [other, 'alias/other']) {
      await t.expectError(
        t.kms('Decrypt', { CiphertextBlob: blob, KeyId: id }),
        'IncorrectKeyException',
        'The key ID in the request does not identify a CMK that can perform this operation.',
      );
    }
  });

  it('InvalidCiphertextException, with no message, for any context that is not exactly the one used', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x', { Dept: 'HR', app: 'web' });
    for (const context of [undefined, { Dept: 'HR' }, { Dept: 'hr', app: 'web' }, { Dept: 'HR', app: 'web', extra: '1' }, { dept: 'HR', app: 'web' }]) {
      const e = await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob, EncryptionContext: context }), 'InvalidCiphertextException', '');
      expect(e.hasMessage).toBe(false);
    }
    expect(await t.decryptText(blob, { app: 'web', Dept: 'HR' })).toBe('x');
    const plain = await t.encrypt(keyId, 'y');
    await t.expectError(t.decryptText(plain, { app: 'web' }), 'InvalidCiphertextException', '');
  });

  it('rejects tampered, truncated, extended and foreign blobs', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'attack at dawn');
    const flipped = blob.slice();
    flipped[blob.length - 20] = flipped[blob.length - 20]! ^ 0x01;
    const header = blob.slice();
    header[30] = header[30]! ^ 0x80; // inside the key material id
    for (const bad of [
      flipped,
      header,
      blob.slice(0, blob.length - 1),
      blob.slice(0, 40),
      new Uint8Array([...blob, 0]),
      utf8('not a kms blob at all, not at all'),
    ]) {
      await t.expectError(t.kms('Decrypt', { CiphertextBlob: bad }), 'InvalidCiphertextException', '');
    }
    await t.expectError(
      t.kms('Decrypt', { CiphertextBlob: new Uint8Array(0) }),
      'ValidationException',
      "1 validation error detected: Value at 'ciphertextBlob' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('a blob whose key was deleted, or lives in another Region, refers to a key that does not exist', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x');
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(t.decryptText(blob), 'KMSInvalidStateException', `${arn(keyId)} is pending deletion.`);
    await t.days(7);
    await t.expectError(t.decryptText(blob), 'AccessDeniedException', GONE);
    const west = await t.createKey({ region: 'us-west-2' });
    const westBlob = (await t.kms('Encrypt', { KeyId: west, Plaintext: utf8('x') }, { region: 'us-west-2' })).CiphertextBlob;
    await t.expectError(t.decryptText(westBlob), 'AccessDeniedException', GONE);
    expect((await t.kms('Decrypt', { CiphertextBlob: westBlob }, { region: 'us-west-2' })).KeyId).toBe(arn(west, 'us-west-2'));
  });

  it('refuses disabled and pending import keys with AWS texts', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x');
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.decryptText(blob), 'DisabledException', `${arn(keyId)} is disabled.`);
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, external, keyMaterial(3));
    const imported = await t.encrypt(external, 'byok');
    await t.kms('DeleteImportedKeyMaterial', { KeyId: external });
    await t.expectError(t.decryptText(imported), 'KMSInvalidStateException', `${arn(external)} is pending import.`);
  });

  it('still decrypts blobs made before a rotation, with the material they were made under', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const before = await t.encrypt(keyId, 'old');
    const oldMaterial = (await t.kms('Decrypt', { CiphertextBlob: before })).KeyMaterialId;
    await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    const after = await t.encrypt(keyId, 'new');
    const a = await t.kms('Decrypt', { CiphertextBlob: before });
    const b = await t.kms('Decrypt', { CiphertextBlob: after });
    expect(a.Plaintext).toEqual(utf8('old'));
    expect(a.KeyMaterialId).toBe(oldMaterial);
    expect(b.KeyMaterialId).not.toBe(oldMaterial);
  });

  it('DryRun checks the blob, permission and state, and decrypts nothing; IGNORE_CIPHERTEXT needs only KeyId', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x');
    const dry = 'The request would have succeeded, but the DryRun option is set.';
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob, DryRun: true }), 'DryRunOperationException', dry);
    await t.expectError(
      t.kms('Decrypt', { CiphertextBlob: utf8('garbage, garbage, garbage, garbage, garbage, garbage, garbage, garbage'), DryRun: true }),
      'InvalidCiphertextException',
      '',
    );
    await t.expectError(t.kms('Decrypt', { KeyId: keyId, DryRun: true, DryRunModifiers: ['IGNORE_CIPHERTEXT'] }), 'DryRunOperationException', dry);
    await t.expectError(
      t.kms('Decrypt', { KeyId: keyId }),
      'ValidationException',
      "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null",
    );
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob, DryRun: true }), 'DisabledException', `${arn(keyId)} is disabled.`);
  });

  it('denies a caller that no policy allows; the trail never holds the plaintext', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'top secret');
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('Decrypt', { CiphertextBlob: blob }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:Decrypt on resource: ${arn(keyId)} because no identity-based policy allows the kms:Decrypt action`,
    );
    const reader = await t.user('reader', ['AdministratorAccess']);
    expect((await t.kms('Decrypt', { CiphertextBlob: blob }, { as: reader })).Plaintext).toEqual(utf8('top secret'));
    const event = t.cloud.state.trail.at(-1)!;
    expect([event.eventName, event.responseElements]).toEqual(['Decrypt', null]);
  });

  it('RSA keys: OpenSSL encrypts with the public key from GetPublicKey, Decrypt needs KeyId and the algorithm', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'RSA_3072', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata.KeyId;
    const dir = mkdtempSync(join(tmpdir(), 'kms-decrypt-'));
    writeFileSync(join(dir, 'pub.der'), (await t.kms('GetPublicKey', { KeyId: keyId })).PublicKey);
    writeFileSync(join(dir, 'secret.txt'), 'offline secret');
    // The KMS developer guide's offline encryption: openssl pkeyutl with the downloaded public key.
    execFileSync(
      'openssl',
      [
        'pkeyutl',
        '-encrypt',
        '-pubin',
        '-keyform',
        'DER',
        '-inkey',
        'pub.der',
        '-in',
        'secret.txt',
        '-out',
        'secret.bin',
        '-pkeyopt',
        'rsa_padding_mode:oaep',
        '-pkeyopt',
        'rsa_oaep_md:sha256',
        '-pkeyopt',
        'rsa_mgf1_md:sha256',
      ],
      { cwd: dir },
    );
    const blob = new Uint8Array(readFileSync(join(dir, 'secret.bin')));
    expect(blob).toHaveLength(384);
    const out = await t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: blob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(Object.keys(out)).toEqual(['KeyId', 'Plaintext', 'EncryptionAlgorithm']);
    expect([out.KeyId, fromUtf8(out.Plaintext), out.EncryptionAlgorithm]).toEqual([arn(keyId), 'offline secret', 'RSAES_OAEP_SHA_256']);
    // Without KeyId the ciphertext names no key; with the other hash, or one flipped byte, it does not decrypt.
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob }), 'InvalidCiphertextException', '');
    await t.expectError(t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: blob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' }), 'InvalidCiphertextException', '');
    for (const i of [0, 100, 383]) {
      const bad = blob.slice();
      bad[i]! ^= 1;
      await t.expectError(t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: bad, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }), 'InvalidCiphertextException', '');
    }
    await t.expectError(
      t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: blob }),
      'InvalidKeyUsageException',
      'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_3072.',
    );
    // A symmetric blob named with a signing key is another key's blob, as AWS answers.
    const signer = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('Decrypt', { KeyId: signer, CiphertextBlob: await t.encrypt(await t.createKey(), 'x') }),
      'IncorrectKeyException',
      'The key ID in the request does not identify a CMK that can perform this operation.',
    );
    // A symmetric blob with an RSA key's id is another key's blob.
    const symBlob = await t.encrypt(await t.createKey(), 'x');
    await t.expectError(
      t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: symBlob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }),
      'InvalidCiphertextException',
      '',
    );
  });
});
