import { constants, createHmac, generateKeyPairSync, publicEncrypt, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, keyArn, ownBytes, utf8 } from '@/core';
import { importMaterial, keyMaterial, wrapKeyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const START = Date.UTC(2026, 0, 1);
const INCORRECT =
  'The key material in the request is, expired, invalid, or is not the same key material that was previously imported into this customer master key (CMK).';

// RSA key pairs are made in most tests here (the wrapping key, RSA material): seconds each on a busy machine.
describe('ImportKeyMaterial', { timeout: 60_000 }, () => {
  it('bring your own key: import, use, delete, re-import the same material, old ciphertext decrypts', async () => {
    const t = kmsLab();
    const { KeyMetadata } = await t.kms('CreateKey', { Origin: 'EXTERNAL', Description: 'BYOK' });
    const keyId = KeyMetadata.KeyId;
    expect([KeyMetadata.KeyState, KeyMetadata.Origin, KeyMetadata.CurrentKeyMaterialId]).toEqual(['PendingImport', 'EXTERNAL', undefined]);

    // openssl rand -out PlaintextKeyMaterial.bin 32
    const material = crypto.getRandomValues(new Uint8Array(32));
    // aws kms get-parameters-for-import --wrapping-algorithm RSAES_OAEP_SHA_256 --wrapping-key-spec RSA_2048
    const params = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    // openssl pkeyutl -encrypt -pubin -keyform DER -inkey WrappingPublicKey.bin -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256
    const publicKey = await crypto.subtle.importKey('spki', params.PublicKey, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
    const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, material));
    expect(wrapped).toHaveLength(256);
    // aws kms import-key-material --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE
    const imported = await t.kms('ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: wrapped,
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    });
    expect(imported.KeyId).toBe(arn(keyId));
    expect(imported.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const meta = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect([meta.KeyState, meta.Enabled, meta.ExpirationModel, meta.ValidTo, meta.CurrentKeyMaterialId]).toEqual([
      'Enabled',
      true,
      'KEY_MATERIAL_DOES_NOT_EXPIRE',
      undefined,
      imported.KeyMaterialId,
    ]);

    const blob = await t.encrypt(keyId, 'my own key');
    expect(await t.kms('DeleteImportedKeyMaterial', { KeyId: keyId })).toEqual({ KeyId: arn(keyId), KeyMaterialId: imported.KeyMaterialId });
    await t.expectError(t.encrypt(keyId, 'x'), 'KMSInvalidStateException', `${arn(keyId)} is pending import.`);
    await t.expectError(t.decryptText(blob), 'KMSInvalidStateException', `${arn(keyId)} is pending import.`);

    // Same material again (new parameters, as the old token may have expired).
    const again = await importMaterial(t, keyId, material);
    expect(again.KeyMaterialId).toBe(imported.KeyMaterialId);
    expect(await t.decryptText(blob)).toBe('my own key');
  });

  it('RSAES_OAEP_SHA_1 wrapping works too', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, keyId, keyMaterial(2), { algorithm: 'RSAES_OAEP_SHA_1' });
    expect(await t.decryptText(await t.encrypt(keyId, 'sha1'))).toBe('sha1');
  });

  it('other material into the same key: IncorrectKeyMaterialException, even after deletion', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, keyId, keyMaterial(1));
    await t.expectError(importMaterial(t, keyId, keyMaterial(2)), 'IncorrectKeyMaterialException', INCORRECT);
    await t.kms('DeleteImportedKeyMaterial', { KeyId: keyId });
    await t.expectError(importMaterial(t, keyId, keyMaterial(2)), 'IncorrectKeyMaterialException', INCORRECT);
    await importMaterial(t, keyId, keyMaterial(1));
  });

  it('re-importing the same material changes its expiration', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, keyId, keyMaterial(1), { validTo: new Date(START + 10 * DAY_MS) });
    await importMaterial(t, keyId, keyMaterial(1), { validTo: new Date(START + 100 * DAY_MS) });
    const meta = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect([meta.KeyState, meta.ValidTo]).toEqual(['Enabled', new Date(START + 100 * DAY_MS)]);
    await t.days(50);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
  });

  it('ExpirationModel and ValidTo rules', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const params = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const base = { KeyId: keyId, ImportToken: params.ImportToken, EncryptedKeyMaterial: await wrapKeyMaterial(params.PublicKey, keyMaterial(1)) };
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES'],
      [{ ExpirationModel: 'KEY_MATERIAL_EXPIRES' }, 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES'],
      [
        { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE', ValidTo: new Date(START + DAY_MS) },
        'The parameter ValidTo cannot be specified for a key with an expiration model of KEY_MATERIAL_DOES_NOT_EXPIRE',
      ],
      [{ ValidTo: new Date(START - DAY_MS) }, 'ValidTo must be in the future'],
      [{ ValidTo: new Date(START + 366 * DAY_MS) }, 'ValidTo must be at most 365 days in the future'],
    ];
    for (const [extra, message] of cases) await t.expectError(t.kms('ImportKeyMaterial', { ...base, ...extra }), 'ValidationException', message);
    const out = await t.kms('ImportKeyMaterial', { ...base, ValidTo: new Date(START + 365 * DAY_MS) });
    expect(out.KeyId).toBe(arn(keyId));
  });

  it('import token errors: expired, unknown, from another key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const other = await t.createKey({ origin: 'EXTERNAL' });
    const params = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const wrapped = await wrapKeyMaterial(params.PublicKey, keyMaterial(1));
    const input = { EncryptedKeyMaterial: wrapped, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' };
    const invalid = 'The import token is invalid or is associated with a different KMS key.';
    await t.expectError(t.kms('ImportKeyMaterial', { KeyId: other, ImportToken: params.ImportToken, ...input }), 'InvalidImportTokenException', invalid);
    await t.expectError(t.kms('ImportKeyMaterial', { KeyId: keyId, ImportToken: utf8('made up'), ...input }), 'InvalidImportTokenException', invalid);
    await t.cloud.clock.advance(24 * HOUR_MS + 1);
    await t.expectError(
      t.kms('ImportKeyMaterial', { KeyId: keyId, ImportToken: params.ImportToken, ...input }),
      'ExpiredImportTokenException',
      'The import token has expired. Use GetParametersForImport to get a new import token and public key.',
    );
  });

  it('InvalidCiphertextException when the material cannot be unwrapped with the token', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const first = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const second = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const input = { KeyId: keyId, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' };
    // Wrapped for the second public key, sent with the first token.
    const mismatched = await wrapKeyMaterial(second.PublicKey, keyMaterial(1));
    await t.expectError(
      t.kms('ImportKeyMaterial', { ...input, ImportToken: first.ImportToken, EncryptedKeyMaterial: mismatched }),
      'InvalidCiphertextException',
      '',
    );
    // Wrapped with SHA-1 while the token announced SHA-256.
    const wrongHash = await wrapKeyMaterial(first.PublicKey, keyMaterial(1), 'RSAES_OAEP_SHA_1');
    await t.expectError(
      t.kms('ImportKeyMaterial', { ...input, ImportToken: first.ImportToken, EncryptedKeyMaterial: wrongHash }),
      'InvalidCiphertextException',
      '',
    );
    // Material that is not 256 bits.
    const short = await wrapKeyMaterial(first.PublicKey, new Uint8Array(16));
    await t.expectError(
      t.kms('ImportKeyMaterial', { ...input, ImportToken: first.ImportToken, EncryptedKeyMaterial: short }),
      'IncorrectKeyMaterialException',
      INCORRECT,
    );
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingImport');
  });

  it('only EXTERNAL keys; not while pending deletion; needs kms:ImportKeyMaterial', async () => {
    const t = kmsLab();
    const regular = await t.createKey();
    const external = await t.createKey({ origin: 'EXTERNAL' });
    const params = await t.kms('GetParametersForImport', { KeyId: external, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const input = {
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: await wrapKeyMaterial(params.PublicKey, keyMaterial(1)),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    };
    await t.expectError(
      t.kms('ImportKeyMaterial', { KeyId: regular, ...input }),
      'UnsupportedOperationException',
      `${arn(regular)} origin is AWS_KMS which is not valid for this operation.`,
    );
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('ImportKeyMaterial', { KeyId: external, ...input }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:ImportKeyMaterial on resource: ${arn(external)} because no identity-based policy allows the kms:ImportKeyMaterial action`,
    );
    await t.kms('ScheduleKeyDeletion', { KeyId: external, PendingWindowInDays: 7 });
    await t.expectError(t.kms('ImportKeyMaterial', { KeyId: external, ...input }), 'KMSInvalidStateException', `${arn(external)} is pending deletion.`);
  });

  it('asymmetric keys take a PKCS#8 private key of their spec; KMS serves its public key', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pkcs8 = new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
    await t.expectError(importMaterial(t, keyId, keyMaterial(1)), 'IncorrectKeyMaterialException', INCORRECT);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ format: 'der', type: 'pkcs8' });
    await t.expectError(importMaterial(t, keyId, new Uint8Array(p384)), 'IncorrectKeyMaterialException', INCORRECT);
    await importMaterial(t, keyId, pkcs8);
    const { PublicKey } = await t.kms('GetPublicKey', { KeyId: keyId });
    expect(Buffer.from(PublicKey).equals(pair.publicKey.export({ format: 'der', type: 'spki' }))).toBe(true);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
  });

  it('HMAC keys take key bytes as long as their spec', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    await t.expectError(importMaterial(t, keyId, keyMaterial(1)), 'IncorrectKeyMaterialException', INCORRECT);
    const bytes = new Uint8Array(48).fill(9);
    await importMaterial(t, keyId, bytes);
    const material = t.cloud.state.kms['us-east-1']!.keys[keyId]!.materials[0]!;
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', material.handles!.HMAC!, ownBytes(utf8('m'))));
    expect(Buffer.from(mac).equals(createHmac('sha384', bytes).update('m').digest())).toBe(true);
    expect(material.handles!.HMAC!.extractable).toBe(false);
  });

  it('RSA private keys come in with RSA_AES_KEY_WRAP (an AES key under RSA-OAEP, the key under AES-KWP); RSAES_OAEP cannot carry them', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs8 = new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
    // openssl pkeyutl -encrypt would say "data too large for key size": 1,2xx bytes do not fit one RSA-OAEP block.
    const direct = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_3072' });
    await expect(wrapKeyMaterial(direct.PublicKey, pkcs8, 'RSAES_OAEP_SHA_256')).rejects.toThrow();
    await importMaterial(t, keyId, pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_256' });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
    const { PublicKey } = await t.kms('GetPublicKey', { KeyId: keyId });
    expect(Buffer.from(PublicKey).equals(pair.publicKey.export({ format: 'der', type: 'spki' }))).toBe(true);
    const { Signature } = await t.kms('Sign', { KeyId: keyId, Message: utf8('imported'), SigningAlgorithm: 'RSASSA_PSS_SHA_256' });
    const options = { key: pair.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
    expect(verify('sha256', utf8('imported'), options, Signature)).toBe(true);
  });

  it('an RSA encryption key through RSA_AES_KEY_WRAP_SHA_1 and an RSA_3072 wrapping key: what node:crypto encrypts with its public key, KMS decrypts', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs8 = new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
    await importMaterial(t, keyId, pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_1', wrappingKeySpec: 'RSA_3072' });
    const blob = publicEncrypt({ key: pair.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, utf8('to KMS'));
    const out = await t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: blob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(Buffer.from(out.Plaintext).toString()).toBe('to KMS');
  });

  it('the wrapping does not change the material: symmetric material imported with RSAES_OAEP comes back with RSA_AES_KEY_WRAP under the same id', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const first = await importMaterial(t, keyId, keyMaterial(4));
    const blob = await t.encrypt(keyId, 'either way');
    await t.kms('DeleteImportedKeyMaterial', { KeyId: keyId });
    const again = await importMaterial(t, keyId, keyMaterial(4), { algorithm: 'RSA_AES_KEY_WRAP_SHA_256' });
    expect(again.KeyMaterialId).toBe(first.KeyMaterialId);
    expect(await t.decryptText(blob)).toBe('either way');
  });

  it('ECC_NIST_P521 with an RSA_2048 wrapping key: too long for RSAES_OAEP, fine with RSA_AES_KEY_WRAP', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P521', KeyUsage: 'SIGN_VERIFY', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    const pkcs8 = new Uint8Array(generateKeyPairSync('ec', { namedCurve: 'P-521' }).privateKey.export({ format: 'der', type: 'pkcs8' }));
    const params = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    await expect(wrapKeyMaterial(params.PublicKey, pkcs8, 'RSAES_OAEP_SHA_256')).rejects.toThrow();
    await importMaterial(t, keyId, pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_1' });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
  });

  it('RSA_AES_KEY_WRAP material that does not unwrap: InvalidCiphertextException, and the key stays pending import', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const params = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const input = { KeyId: keyId, ImportToken: params.ImportToken, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' };
    const good = await wrapKeyMaterial(params.PublicKey, keyMaterial(1), 'RSA_AES_KEY_WRAP_SHA_256');
    const tampered = good.slice();
    tampered[280]! ^= 1; // inside the AES-KWP part (bytes 256-295)
    for (const bad of [
      tampered,
      good.subarray(0, 256), // the wrapped AES key alone
      await wrapKeyMaterial(params.PublicKey, keyMaterial(1), 'RSAES_OAEP_SHA_256'), // one-step form for a two-step token
      await wrapKeyMaterial(params.PublicKey, keyMaterial(1), 'RSA_AES_KEY_WRAP_SHA_1'), // the other hash
    ]) {
      await t.expectError(t.kms('ImportKeyMaterial', { ...input, EncryptedKeyMaterial: bad }), 'InvalidCiphertextException', '');
    }
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingImport');
    await t.kms('ImportKeyMaterial', { ...input, EncryptedKeyMaterial: good });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
  });
});
