/**
 * ImportKeyMaterial: https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
 * Unwraps EncryptedKeyMaterial with the private key behind ImportToken (RSA-OAEP, as
 * GetParametersForImport announced) and makes those 32 bytes the key's material: PendingImport
 * -> Enabled. A key only ever accepts the same material again (after deletion or expiry, or to
 * change its expiration): other material is IncorrectKeyMaterialException. The KeyMaterialId is
 * derived from the key and the material, so a re-import restores the same id and ciphertexts made
 * before the deletion decrypt again.
 * ExpirationModel KEY_MATERIAL_EXPIRES (the default) needs ValidTo, at most 365 days ahead;
 * KEY_MATERIAL_DOES_NOT_EXPIRE forbids it.
 * The material's form follows the key's spec: 32 bytes for SYMMETRIC_DEFAULT, the HMAC key for
 * HMAC_* keys, a DER PKCS#8 private key of the key's spec for asymmetric keys (KMS derives and
 * serves the public key).
 * EncryptedKeyMaterial is unwrapped as the token's wrapping algorithm says (crypto/key-wrap.ts):
 * RSAES_OAEP_* is the material under RSA-OAEP; RSA_AES_KEY_WRAP_* is an AES key under RSA-OAEP
 * (as many bytes as the wrapping key's modulus) followed by the material under AES key wrap with
 * padding (RFC 5649). Anything that does not unwrap is InvalidCiphertextException.
 * Simplified: one imported material per key (no NEW_KEY_MATERIAL staging for on-demand rotation).
 * HMAC material must be exactly as long as the spec (AWS also accepts longer keys, up to 64 or 128
 * bytes). The AES key of RSA_AES_KEY_WRAP_* must be 256 bits, as AWS's instructions make it
 * (`openssl rand -out aes-key.bin 32`); whether AWS takes 128- or 192-bit AES keys is not on record.
 * Messages of the token, material and ValidTo-range errors are the lab's own (AWS's are not on record).
 */
import { AwsError, DAY_MS, blob, concatBytes, fromHex, ownBytes, str, struct, timestamp, toHex, utf8 } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { importAesKey } from '@/kms/crypto/symmetric';
import type { WrappingAlgorithm } from '@/kms/crypto/key-wrap';
import { SPECS } from '@/kms/model/key-specs';
import { fromBytes } from '@/kms/model/materials';
import type { ExpirationModel, KeyMaterial } from '@/kms/model/key';
import { keyIdOrArnShape } from './common-shapes';
import { checkExternalOrigin, MODULUS_BITS } from './get-parameters-for-import';

interface Input {
  KeyId: string;
  ImportToken: Uint8Array;
  EncryptedKeyMaterial: Uint8Array;
  ValidTo?: Date;
  ExpirationModel?: ExpirationModel;
  ImportType?: 'NEW_KEY_MATERIAL' | 'EXISTING_KEY_MATERIAL';
  KeyMaterialDescription?: string;
  KeyMaterialId?: string;
}

const MAX_VALID_DAYS = 365;
const INCORRECT_MATERIAL =
  'The key material in the request is, expired, invalid, or is not the same key material that was previously imported into this customer master key (CMK).';

const sha256 = async (...parts: Uint8Array[]) => new Uint8Array(await crypto.subtle.digest('SHA-256', ownBytes(concatBytes(...parts))));

export const importKeyMaterial = defineKmsOperation<Input, { KeyId: string; KeyMaterialId: string }, OneKey>({
  name: 'ImportKeyMaterial',
  action: 'kms:ImportKeyMaterial',
  summary: 'Imports key material, wrapped with the public key from GetParametersForImport, into an EXTERNAL key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.import }) },
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      ImportToken: blob({ min: 1, max: 6144, doc: 'Import token from GetParametersForImport' }),
      EncryptedKeyMaterial: blob({ min: 1, max: 6144, doc: 'Key material wrapped with the public key from GetParametersForImport' }),
      ValidTo: timestamp('When the imported material expires (at most 365 days ahead)'),
      ExpirationModel: str({
        enum: ['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE'],
        doc: 'Whether the material expires (default KEY_MATERIAL_EXPIRES)',
      }),
      ImportType: str({ enum: ['NEW_KEY_MATERIAL', 'EXISTING_KEY_MATERIAL'], doc: 'New material, or re-import of material the key had' }),
      KeyMaterialDescription: str({ min: 0, max: 256, doc: 'Description of the key material' }),
      KeyMaterialId: str({ min: 64, max: 64, pattern: '^[a-f0-9]+$', doc: 'Key material being re-imported' }),
    },
    ['KeyId', 'ImportToken', 'EncryptedKeyMaterial'],
  ),
  async run(ctx, input, { key }) {
    checkExternalOrigin(key);
    const now = ctx.env.clock.nowMs();
    const model = input.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
    if (model === 'KEY_MATERIAL_EXPIRES' && !input.ValidTo) {
      throw new AwsError('ValidationException', 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES');
    }
    if (model === 'KEY_MATERIAL_DOES_NOT_EXPIRE' && input.ValidTo) {
      throw new AwsError('ValidationException', 'The parameter ValidTo cannot be specified for a key with an expiration model of KEY_MATERIAL_DOES_NOT_EXPIRE');
    }
    if (input.ValidTo && input.ValidTo.getTime() <= now) throw new AwsError('ValidationException', 'ValidTo must be in the future');
    if (input.ValidTo && input.ValidTo.getTime() > now + MAX_VALID_DAYS * DAY_MS) {
      throw new AwsError('ValidationException', `ValidTo must be at most ${MAX_VALID_DAYS} days in the future`);
    }
    const record = key.importTokens.find((t) => t.token === toHex(input.ImportToken));
    if (!record) throw new AwsError('InvalidImportTokenException', 'The import token is invalid or is associated with a different KMS key.');
    if (record.validToMs < now) {
      throw new AwsError('ExpiredImportTokenException', 'The import token has expired. Use GetParametersForImport to get a new import token and public key.');
    }
    let raw: Uint8Array;
    try {
      const modulusBytes = MODULUS_BITS[record.wrappingKeySpec]! / 8;
      const { unwrapForImport } = await import('@/kms/crypto/key-wrap');
      raw = await unwrapForImport(record.privateKey, modulusBytes, record.wrappingAlgorithm as WrappingAlgorithm, input.EncryptedKeyMaterial);
    } catch {
      throw new AwsError('InvalidCiphertextException');
    }
    let publicKey: Uint8Array | undefined;
    try {
      const info = SPECS[key.keySpec];
      // A SYMMETRIC_DEFAULT key takes exactly 256 bits of material, an HMAC key as many as its spec.
      if (info.family === 'symmetric' && raw.length !== 32) throw new AwsError('IncorrectKeyMaterialException', INCORRECT_MATERIAL);
      if (info.family === 'hmac' && raw.length !== info.bits! / 8) throw new AwsError('IncorrectKeyMaterialException', INCORRECT_MATERIAL);
      if (info.family !== 'symmetric' && info.family !== 'hmac') {
        const { checkPrivateKey } = await import('@/kms/crypto/key-pairs');
        const pair = await checkPrivateKey(key.keySpec, raw).catch(() => {
          throw new AwsError('IncorrectKeyMaterialException', INCORRECT_MATERIAL);
        });
        if (pair.privateKey !== raw) raw.fill(0);
        raw = pair.privateKey;
        publicKey = pair.publicKey;
      }
      const digest = toHex(await sha256(raw));
      if (key.importedMaterialDigest && input.ImportType === 'NEW_KEY_MATERIAL') {
        throw new AwsError(
          'UnsupportedOperationException',
          'KMS Lab keeps one imported key material per key: import the same material again (ImportType EXISTING_KEY_MATERIAL) instead.',
        );
      }
      if (key.importedMaterialDigest && key.importedMaterialDigest !== digest) throw new AwsError('IncorrectKeyMaterialException', INCORRECT_MATERIAL);
      const id = toHex(await sha256(utf8('kms-lab key material id\n'), fromHex(key.keyId.replace(/-/g, ''))!, raw));
      if (input.KeyMaterialId !== undefined && input.KeyMaterialId !== id) throw new AwsError('IncorrectKeyMaterialException', INCORRECT_MATERIAL);
      const existing = key.materials.find((m) => m.id === id);
      let material: KeyMaterial;
      if (existing) material = existing;
      else if (key.keySpec === 'SYMMETRIC_DEFAULT') material = { id, key: await importAesKey(raw), createdMs: now, importedDigest: digest };
      else material = { ...(await fromBytes(ctx.env, key.keySpec, key.keyUsage, raw, publicKey, id)), importedDigest: digest };
      if (ctx.env.keepRawMaterial) material.raw = new Uint8Array(raw);
      material.expirationModel = model;
      if (input.ValidTo) material.validToMs = input.ValidTo.getTime();
      else delete material.validToMs;
      if (input.KeyMaterialDescription !== undefined) material.description = input.KeyMaterialDescription;
      if (!existing) key.materials.push(material);
      key.currentMaterialId = id;
      key.importedMaterialDigest = digest;
      if (key.keyState === 'PendingImport') key.keyState = 'Enabled';
      return { KeyId: key.arn, KeyMaterialId: id };
    } finally {
      raw.fill(0);
    }
  },
});
