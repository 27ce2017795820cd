import { describe, expect, it } from 'vitest';
import { keyArn, rootArn, utf8 } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

/** A key policy that lets `userArn` do only `actions` (plus the account statement). */
const policyFor = (userArn: string, actions: string[]) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
      { Sid: 'User', Effect: 'Allow', Principal: { AWS: userArn }, Action: actions, Resource: '*' },
    ],
  });

describe('ReEncrypt', () => {
  it('moves a ciphertext to another key without exposing the plaintext', async () => {
    const t = kmsLab();
    const source = await t.createKey();
    const destination = await t.createKey({ alias: 'alias/archive' });
    const blob = await t.encrypt(source, 'ledger', { app: 'books' });
    const out = await t.kms('ReEncrypt', {
      CiphertextBlob: blob,
      SourceEncryptionContext: { app: 'books' },
      DestinationKeyId: 'alias/archive',
      DestinationEncryptionContext: { app: 'archive' },
    });
    expect(Object.keys(out)).toEqual([
      'CiphertextBlob',
      'SourceKeyId',
      'KeyId',
      'SourceEncryptionAlgorithm',
      'DestinationEncryptionAlgorithm',
      'SourceKeyMaterialId',
      'DestinationKeyMaterialId',
    ]);
    expect(out.SourceKeyId).toBe(arn(source));
    expect(out.KeyId).toBe(arn(destination));
    expect([out.SourceEncryptionAlgorithm, out.DestinationEncryptionAlgorithm]).toEqual(['SYMMETRIC_DEFAULT', 'SYMMETRIC_DEFAULT']);
    const meta = async (k: string) => (await t.kms('DescribeKey', { KeyId: k })).KeyMetadata.CurrentKeyMaterialId;
    expect(out.SourceKeyMaterialId).toBe(await meta(source));
    expect(out.DestinationKeyMaterialId).toBe(await meta(destination));
    const back = await t.kms('Decrypt', { CiphertextBlob: out.CiphertextBlob, EncryptionContext: { app: 'archive' } });
    expect([back.KeyId, back.Plaintext]).toEqual([arn(destination), utf8('ledger')]);
    await t.expectError(t.decryptText(out.CiphertextBlob, { app: 'books' }), 'InvalidCiphertextException', '');
    const event = t.cloud.state.trail.find((e) => e.eventName === 'ReEncrypt')!;
    expect(event.responseElements).toBeNull();
    expect(event.resources!.map((r) => r.ARN)).toEqual([arn(source), arn(destination)]);
  });

  it('re-encrypts under the same key to reach the current material after a rotation', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x');
    const old = (await t.kms('Decrypt', { CiphertextBlob: blob })).KeyMaterialId;
    await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    const out = await t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: keyId });
    expect(out.SourceKeyMaterialId).toBe(old);
    expect(out.DestinationKeyMaterialId).not.toBe(old);
    expect((await t.kms('Decrypt', { CiphertextBlob: out.CiphertextBlob })).KeyMaterialId).toBe(out.DestinationKeyMaterialId);
  });

  it('checks the source: context, SourceKeyId, blob integrity', async () => {
    const t = kmsLab();
    const source = await t.createKey();
    const other = await t.createKey();
    const blob = await t.encrypt(source, 'x', { a: '1' });
    await t.expectError(t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: other }), 'InvalidCiphertextException', '');
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: blob, SourceEncryptionContext: { a: '1' }, SourceKeyId: other, DestinationKeyId: other }),
      'IncorrectKeyException',
      'The key ID in the request does not identify a CMK that can perform this operation.',
    );
    const cut = blob.slice(0, blob.length - 3);
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: cut, SourceEncryptionContext: { a: '1' }, DestinationKeyId: other }),
      'InvalidCiphertextException',
      '',
    );
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: 'alias/missing' }),
      'NotFoundException',
      'Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.',
    );
  });

  it('both keys must be usable', async () => {
    const t = kmsLab();
    const source = await t.createKey();
    const destination = await t.createKey();
    const blob = await t.encrypt(source, 'x');
    await t.kms('DisableKey', { KeyId: destination });
    await t.expectError(t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: destination }), 'DisabledException', `${arn(destination)} is disabled.`);
    await t.kms('EnableKey', { KeyId: destination });
    await t.kms('ScheduleKeyDeletion', { KeyId: source, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: destination }),
      'KMSInvalidStateException',
      `${arn(source)} is pending deletion.`,
    );
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.kms('CancelKeyDeletion', { KeyId: source });
    await t.kms('EnableKey', { KeyId: source });
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: external }),
      'KMSInvalidStateException',
      `${arn(external)} is pending import.`,
    );
  });

  it('needs kms:ReEncryptFrom on the source and kms:ReEncryptTo on the destination', async () => {
    const t = kmsLab();
    const mover = await t.user('mover');
    const source = await t.createKey();
    const destination = await t.createKey();
    const blob = await t.encrypt(source, 'x');
    const call = () => t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: destination }, { as: mover });
    const denied = (action: string, keyId: string) =>
      `User: ${mover.arn} is not authorized to perform: ${action} on resource: ${arn(keyId)} because no identity-based policy allows the ${action} action`;
    await t.expectError(call(), 'AccessDeniedException', denied('kms:ReEncryptFrom', source));
    await t.kms('PutKeyPolicy', { KeyId: source, Policy: policyFor(mover.arn, ['kms:ReEncryptFrom']) });
    await t.expectError(call(), 'AccessDeniedException', denied('kms:ReEncryptTo', destination));
    await t.kms('PutKeyPolicy', { KeyId: destination, Policy: policyFor(mover.arn, ['kms:ReEncryptTo']) });
    expect((await call()).KeyId).toBe(arn(destination));
    // ReEncryptFrom does not allow Decrypt: the plaintext stays inside KMS.
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob }, { as: mover }), 'AccessDeniedException', denied('kms:Decrypt', source));
  });

  it('DryRun runs every check and re-encrypts nothing', async () => {
    const t = kmsLab();
    const source = await t.createKey();
    const destination = await t.createKey();
    const blob = await t.encrypt(source, 'x');
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: destination, DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    await t.kms('DisableKey', { KeyId: destination });
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: destination, DryRun: true }),
      'DisabledException',
      `${arn(destination)} is disabled.`,
    );
  });

  it('moves a ciphertext between an RSA key and a symmetric key, both ways', async () => {
    const t = kmsLab();
    const rsa = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata.KeyId;
    const sym = await t.createKey();
    const toRsa = await t.kms('ReEncrypt', {
      CiphertextBlob: await t.encrypt(sym, 'move me'),
      DestinationKeyId: rsa,
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
    });
    expect([toRsa.SourceEncryptionAlgorithm, toRsa.DestinationEncryptionAlgorithm, toRsa.DestinationKeyMaterialId]).toEqual([
      'SYMMETRIC_DEFAULT',
      'RSAES_OAEP_SHA_1',
      undefined,
    ]);
    expect(toRsa.SourceKeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const back = await t.kms('ReEncrypt', {
      CiphertextBlob: toRsa.CiphertextBlob,
      SourceKeyId: rsa,
      SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
      DestinationKeyId: sym,
    });
    expect(back.SourceKeyMaterialId).toBeUndefined();
    expect(await t.decryptText(back.CiphertextBlob)).toBe('move me');
    const signer = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('ReEncrypt', { CiphertextBlob: back.CiphertextBlob, DestinationKeyId: signer }),
      'InvalidKeyUsageException',
      `arn:aws:kms:us-east-1:111122223333:key/${signer} key usage is SIGN_VERIFY which is not valid for ReEncrypt.`,
    );
  });
});
