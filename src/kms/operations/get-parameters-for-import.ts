/**
 * GetParametersForImport: https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html
 * For a key with Origin EXTERNAL: a fresh RSA wrapping key pair and an import token, valid 24
 * hours. The learner wraps the key material with PublicKey (DER SubjectPublicKeyInfo) as the
 * wrapping algorithm says (crypto/key-wrap.ts) and sends the result with the token to
 * ImportKeyMaterial:
 * - RSAES_OAEP_SHA_1 / RSAES_OAEP_SHA_256: the material itself under RSA-OAEP, e.g. `openssl pkeyutl
 *   -encrypt -pubin -keyform DER -inkey WrappingPublicKey.bin -pkeyopt rsa_padding_mode:oaep
 *   -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256`; fits 32-byte AES keys, HMAC keys and
 *   elliptic-curve, Ed25519 and ML-DSA private keys, not RSA private keys.
 * - RSA_AES_KEY_WRAP_SHA_1 / RSA_AES_KEY_WRAP_SHA_256: a 32-byte AES key of the learner's under
 *   RSA-OAEP, then the material under that AES key with `openssl enc -id-aes256-wrap-pad -iv
 *   A65959A6` (RFC 5649), the two files concatenated; any material, and the only way for an RSA
 *   private key.
 * The private key is a non-extractable WebCrypto key kept with the token; the token itself is
 * random bytes that only name that pair.
 * Simplified: RSAES_PKCS1_V1_5 (retired by AWS), SM2PKE and the SM2 wrapping key spec (China
 * Regions) get UnsupportedOperationException with the lab's own text. The RSA key pair comes from
 * WebCrypto's own randomness (not the lab's seeded one).
 */
import { AwsError, HOUR_MS, str, struct, toHex } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import type { KmsKey } from '@/kms/model/key';
import { keyIdOrArnShape } from './common-shapes';

interface Input {
  KeyId: string;
  WrappingAlgorithm: string;
  WrappingKeySpec: string;
}

interface Output {
  KeyId: string;
  ImportToken: Uint8Array;
  PublicKey: Uint8Array;
  ParametersValidTo: Date;
}

export const MODULUS_BITS: Record<string, number> = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 };
export const IMPORT_TOKEN_LENGTH = 256;
const TOKENS_KEPT = 10;

/** Only EXTERNAL keys take imported material; AWS's text names the key's actual origin. */
export function checkExternalOrigin(key: KmsKey): void {
  if (key.origin !== 'EXTERNAL') {
    throw new AwsError('UnsupportedOperationException', `${key.arn} origin is ${key.origin} which is not valid for this operation.`);
  }
}

export const getParametersForImport = defineKmsOperation<Input, Output, OneKey>({
  name: 'GetParametersForImport',
  action: 'kms:GetParametersForImport',
  readOnly: true,
  summary: 'Returns a public wrapping key and an import token for importing key material (Origin EXTERNAL).',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.import }) },
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      WrappingAlgorithm: str({
        enum: ['RSAES_PKCS1_V1_5', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256', 'SM2PKE'],
        doc: 'How the key material will be wrapped: RSAES_OAEP_* (the material under RSA-OAEP) or RSA_AES_KEY_WRAP_* (an AES key under RSA-OAEP, the material under the AES key)',
      }),
      WrappingKeySpec: str({ enum: ['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2'], doc: 'Type of the public wrapping key' }),
    },
    ['KeyId', 'WrappingAlgorithm', 'WrappingKeySpec'],
  ),
  async run(ctx, input, { key }) {
    checkExternalOrigin(key);
    const algorithm = input.WrappingAlgorithm;
    const { isWrappingAlgorithm, wrappingHash } = await import('@/kms/crypto/key-wrap');
    if (!isWrappingAlgorithm(algorithm)) {
      throw new AwsError(
        'UnsupportedOperationException',
        `KMS Lab supports the wrapping algorithms RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1 and RSA_AES_KEY_WRAP_SHA_256; ${algorithm} is not simulated.`,
      );
    }
    const hash = wrappingHash(algorithm);
    const bits = MODULUS_BITS[input.WrappingKeySpec];
    if (!bits) {
      throw new AwsError(
        'UnsupportedOperationException',
        `KMS Lab supports the wrapping key specs RSA_2048, RSA_3072 and RSA_4096; ${input.WrappingKeySpec} is not simulated.`,
      );
    }
    // extractable=false applies to the private key; the public key can always be exported.
    const pair = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash }, false, [
      'encrypt',
      'decrypt',
    ]);
    const publicKey = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    const token = ctx.env.random.bytes(IMPORT_TOKEN_LENGTH);
    const validToMs = ctx.env.clock.nowMs() + 24 * HOUR_MS;
    key.importTokens.push({
      token: toHex(token),
      wrappingAlgorithm: input.WrappingAlgorithm,
      wrappingKeySpec: input.WrappingKeySpec,
      privateKey: pair.privateKey,
      validToMs,
    });
    // Older tokens are kept (an expired one must still be recognised as expired), but not forever.
    if (key.importTokens.length > TOKENS_KEPT) key.importTokens.splice(0, key.importTokens.length - TOKENS_KEPT);
    return { KeyId: key.arn, ImportToken: token, PublicKey: publicKey, ParametersValidTo: new Date(validToMs) };
  },
});
