import { describe, expect, it } from 'vitest';
import { aliasArn, keyArn, toBase64, utf8 } from '@/core';
import { importMaterial, keyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('Encrypt', () => {
  it('encrypts under the current material and names the key by its ARN', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const out = await t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('hello') });
    expect(Object.keys(out)).toEqual(['CiphertextBlob', 'KeyId', 'EncryptionAlgorithm']);
    expect(out.KeyId).toBe(arn(keyId));
    expect(out.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
    // Real KMS blobs start with AQICAH... in base64.
    expect(toBase64(out.CiphertextBlob)).toMatch(/^AQICAH/);
    expect(await t.decryptText(out.CiphertextBlob)).toBe('hello');
    // A fresh IV each time: the same plaintext never gives the same blob.
    const again = await t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('hello') });
    expect(toBase64(again.CiphertextBlob)).not.toBe(toBase64(out.CiphertextBlob));
  });

  it('accepts a key ID, key ARN, alias name and alias ARN; answers with the key ARN every time', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    for (const id of [keyId, arn(keyId), 'alias/app', aliasArn('us-east-1', 'alias/app')]) {
      const out = await t.kms('Encrypt', { KeyId: id, Plaintext: utf8('x') });
      expect(out.KeyId).toBe(arn(keyId));
    }
    await t.expectError(
      t.kms('Encrypt', { KeyId: 'alias/nope', Plaintext: utf8('x') }),
      'NotFoundException',
      `Alias ${aliasArn('us-east-1', 'alias/nope')} is not found.`,
    );
    await t.expectError(t.kms('Encrypt', { KeyId: 'nope', Plaintext: utf8('x') }), 'NotFoundException', "Invalid keyId 'nope'");
  });

  it('takes 1 to 4096 bytes; the validation message never shows the plaintext', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array(0) }),
      'ValidationException',
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array(4097) }),
      'ValidationException',
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
    const big = new Uint8Array(4096).fill(7);
    const out = await t.kms('Encrypt', { KeyId: keyId, Plaintext: big });
    expect(out.CiphertextBlob.length).toBeLessThanOrEqual(6144);
    expect((await t.kms('Decrypt', { CiphertextBlob: out.CiphertextBlob })).Plaintext).toEqual(big);
  });

  it('refuses disabled, pending deletion and pending import keys with AWS texts', async () => {
    const t = kmsLab();
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    await t.expectError(t.encrypt(disabled, 'x'), 'DisabledException', `${arn(disabled)} is disabled.`);
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed, PendingWindowInDays: 7 });
    await t.expectError(t.encrypt(doomed, 'x'), 'KMSInvalidStateException', `${arn(doomed)} is pending deletion.`);
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.expectError(t.encrypt(external, 'x'), 'KMSInvalidStateException', `${arn(external)} is pending import.`);
    await importMaterial(t, external, keyMaterial(1));
    expect(await t.decryptText(await t.encrypt(external, 'now it works'))).toBe('now it works');
  });

  it('binds the encryption context: Decrypt needs exactly the same pairs', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'payroll', { dept: 'hr', year: '2026' });
    expect(await t.decryptText(blob, { year: '2026', dept: 'hr' })).toBe('payroll');
    await t.expectError(t.decryptText(blob), 'InvalidCiphertextException', '');
  });

  it('only knows SYMMETRIC_DEFAULT for a symmetric key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }),
      'InvalidKeyUsageException',
      'Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.',
    );
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), EncryptionAlgorithm: 'AES' }),
      'ValidationException',
      "1 validation error detected: Value 'AES' at 'encryptionAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE]",
    );
  });

  it('DryRun checks permission and key state, and encrypts nothing', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), DryRun: true }), 'DisabledException', `${arn(keyId)} is disabled.`);
  });

  it('denies a caller that no policy allows, even with DryRun; an administrator may encrypt', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const nobody = await t.user('nobody');
    const denied = `User: ${nobody.arn} is not authorized to perform: kms:Encrypt on resource: ${arn(keyId)} because no identity-based policy allows the kms:Encrypt action`;
    await t.expectError(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }, { as: nobody }), 'AccessDeniedException', denied);
    await t.expectError(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), DryRun: true }, { as: nobody }), 'AccessDeniedException', denied);
    const admin = await t.user('admin', ['AdministratorAccess']);
    const out = await t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }, { as: admin });
    expect(out.KeyId).toBe(arn(keyId));
  });

  it('records the call in the trail without the plaintext or the blob', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('secret'), EncryptionContext: { app: 'web' } });
    const event = t.cloud.state.trail.at(-1)!;
    expect(event.eventName).toBe('Encrypt');
    expect(event.requestParameters).toEqual({ keyId, encryptionContext: { app: 'web' } });
    expect(event.responseElements).toBeNull();
    expect(JSON.stringify(event)).not.toContain('secret');
  });

  it('RSA encryption keys: RSAES_OAEP_SHA_1 and _256 under the public key, within AWS size limits', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata.KeyId;
    for (const [algorithm, limit] of [
      ['RSAES_OAEP_SHA_1', 214],
      ['RSAES_OAEP_SHA_256', 190],
    ] as const) {
      const out = await t.kms('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array(limit).fill(7), EncryptionAlgorithm: algorithm });
      expect([out.KeyId, out.EncryptionAlgorithm, out.CiphertextBlob.length]).toEqual([arn(keyId), algorithm, 256]);
      const back = await t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: out.CiphertextBlob, EncryptionAlgorithm: algorithm });
      expect(back.Plaintext).toEqual(new Uint8Array(limit).fill(7));
      await t.expectError(
        t.kms('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array(limit + 1), EncryptionAlgorithm: algorithm }),
        'ValidationException',
        `Algorithm ${algorithm} and key spec RSA_2048 cannot encrypt data larger than ${limit} bytes.`,
      );
    }
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }),
      'InvalidKeyUsageException',
      'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    );
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256', EncryptionContext: { a: 'b' } }),
      'ValidationException',
      /EncryptionContext is not supported with key spec RSA_2048/,
    );
    const sym = await t.createKey();
    await t.expectError(
      t.kms('Encrypt', { KeyId: sym, Plaintext: utf8('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }),
      'InvalidKeyUsageException',
      'Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.',
    );
  });

  it('refuses keys of other usages with AWS text', async () => {
    const t = kmsLab();
    for (const [KeySpec, KeyUsage] of [
      ['ECC_NIST_P256', 'SIGN_VERIFY'],
      ['HMAC_256', 'GENERATE_VERIFY_MAC'],
      ['ECC_NIST_P256', 'KEY_AGREEMENT'],
    ]) {
      const keyId = (await t.kms('CreateKey', { KeySpec, KeyUsage })).KeyMetadata.KeyId;
      await t.expectError(
        t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }),
        'InvalidKeyUsageException',
        `${arn(keyId)} key usage is ${KeyUsage} which is not valid for Encrypt.`,
      );
    }
  });
});
