import { describe, expect, it } from 'vitest';
import { HOUR_MS, keyArn } from '@/core';
import { kmsLab, kmsRegionOf } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const START = Date.UTC(2026, 0, 1);

describe('GetParametersForImport', () => {
  it('returns a DER RSA public key, an import token, and a 24-hour validity', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const out = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    expect(Object.keys(out)).toEqual(['KeyId', 'ImportToken', 'PublicKey', 'ParametersValidTo']);
    expect(out.KeyId).toBe(arn(keyId));
    expect(out.ParametersValidTo).toEqual(new Date(START + 24 * HOUR_MS));
    // SubjectPublicKeyInfo of a 2048-bit RSA key: 294 bytes, a DER SEQUENCE.
    expect([out.PublicKey.length, out.PublicKey[0]]).toEqual([294, 0x30]);
    const key = await crypto.subtle.importKey('spki', out.PublicKey, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']);
    expect((key.algorithm as RsaHashedKeyAlgorithm).modulusLength).toBe(2048);
    expect(out.ImportToken.length).toBeGreaterThan(0);
    const again = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_1', WrappingKeySpec: 'RSA_2048' });
    expect(Buffer.from(again.PublicKey).equals(Buffer.from(out.PublicKey))).toBe(false);
    expect(Buffer.from(again.ImportToken).equals(Buffer.from(out.ImportToken))).toBe(false);
  });

  it('RSA_3072 wrapping keys (RSA_4096 works alike; its key generation is too slow for the suite)', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const out = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_3072' });
    expect(out.PublicKey.length).toBe(422);
  });

  it('RSA_AES_KEY_WRAP_SHA_1 and _SHA_256 for every key type: the token remembers the algorithm, the public key is an RSA-OAEP key of its hash', async () => {
    const t = kmsLab();
    for (const [spec, usage] of [
      ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'],
      ['RSA_2048', 'SIGN_VERIFY'],
      ['ECC_NIST_P521', 'KEY_AGREEMENT'],
      ['HMAC_256', 'GENERATE_VERIFY_MAC'],
    ]) {
      const keyId = (await t.kms('CreateKey', { KeySpec: spec, KeyUsage: usage, Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
      for (const algorithm of ['RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256']) {
        const out = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: 'RSA_2048' });
        expect(out.PublicKey).toHaveLength(294);
        const record = kmsRegionOf(t.cloud, 'us-east-1').keys[keyId]!.importTokens.at(-1)!;
        expect([record.wrappingAlgorithm, (record.privateKey.algorithm as RsaHashedKeyAlgorithm).hash.name]).toEqual([
          algorithm,
          algorithm.endsWith('SHA_1') ? 'SHA-1' : 'SHA-256',
        ]);
      }
    }
  });

  it('keeps the private key non-extractable, in the key record', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const [record] = kmsRegionOf(t.cloud, 'us-east-1').keys[keyId]!.importTokens;
    expect(record!.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', record!.privateKey)).rejects.toThrow();
  });

  it('only for keys with Origin EXTERNAL, not pending deletion', async () => {
    const t = kmsLab();
    const regular = await t.createKey();
    const input = { WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' };
    await t.expectError(
      t.kms('GetParametersForImport', { KeyId: regular, ...input }),
      'UnsupportedOperationException',
      `${arn(regular)} origin is AWS_KMS which is not valid for this operation.`,
    );
    const external = await t.createKey({ origin: 'EXTERNAL', alias: 'alias/byok' });
    await t.expectError(t.kms('GetParametersForImport', { KeyId: 'alias/byok', ...input }), 'NotFoundException', "Invalid keyId 'alias/byok'");
    await t.kms('ScheduleKeyDeletion', { KeyId: external, PendingWindowInDays: 7 });
    await t.expectError(t.kms('GetParametersForImport', { KeyId: external, ...input }), 'KMSInvalidStateException', `${arn(external)} is pending deletion.`);
  });

  it('names the wrapping algorithms and specs the lab supports', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    for (const algorithm of ['RSAES_PKCS1_V1_5', 'SM2PKE']) {
      await t.expectError(
        t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: 'RSA_2048' }),
        'UnsupportedOperationException',
        `KMS Lab supports the wrapping algorithms RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1 and RSA_AES_KEY_WRAP_SHA_256; ${algorithm} is not simulated.`,
      );
    }
    await t.expectError(
      t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_1', WrappingKeySpec: 'SM2' }),
      'UnsupportedOperationException',
      'KMS Lab supports the wrapping key specs RSA_2048, RSA_3072 and RSA_4096; SM2 is not simulated.',
    );
    await t.expectError(
      t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSA_OAEP', WrappingKeySpec: 'RSA_2048' }),
      'ValidationException',
      "1 validation error detected: Value 'RSA_OAEP' at 'wrappingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RSAES_PKCS1_V1_5, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1, RSA_AES_KEY_WRAP_SHA_256, SM2PKE]",
    );
    await t.expectError(
      t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_1' }),
      'ValidationException',
      "1 validation error detected: Value null at 'wrappingKeySpec' failed to satisfy constraint: Member must not be null",
    );
  });

  it('needs kms:GetParametersForImport', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:GetParametersForImport on resource: ${arn(keyId)} because no identity-based policy allows the kms:GetParametersForImport action`,
    );
  });
});
