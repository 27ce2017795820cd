/**
 * Sign and Verify request rules: what Sign and Verify check before any cryptography, in AWS's
 * words (MessageType and SigningAlgorithm in https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
 * and API_Verify): the algorithm must be one the key spec offers; a DIGEST must be as long as the
 * algorithm's hash and an EXTERNAL_MU 64 bytes; ED25519_SHA_512 takes only RAW messages and
 * ED25519_PH_SHA_512 only DIGEST; EXTERNAL_MU is for ML-DSA only and ML-DSA takes no DIGEST.
 * How each signing algorithm hashes is here too (SIGNING), not in key-specs.ts: Sign and Verify
 * load this file on their first call, so the first screen does not carry it.
 *
 * Simplified: AWS's text is recorded for a wrong algorithm, a wrong digest length and the two
 * Ed25519 cases; the other message-type refusals (EXTERNAL_MU outside ML-DSA, DIGEST with ML-DSA)
 * reuse the Ed25519 wording.
 */
import { AwsError } from '@/core';
import { signingAlgorithmsOf, type Hash, type KeySpec, type MessageType, type SigningAlgorithm } from './key-specs';

/** How each signing algorithm hashes, and for which key specs it is valid. */
export const SIGNING: Record<Exclude<SigningAlgorithm, 'SM2DSA'>, { hash: Hash | 'SHAKE-256'; digestLength: number; scheme: string }> = {
  RSASSA_PSS_SHA_256: { hash: 'SHA-256', digestLength: 32, scheme: 'RSA-PSS' },
  RSASSA_PSS_SHA_384: { hash: 'SHA-384', digestLength: 48, scheme: 'RSA-PSS' },
  RSASSA_PSS_SHA_512: { hash: 'SHA-512', digestLength: 64, scheme: 'RSA-PSS' },
  RSASSA_PKCS1_V1_5_SHA_256: { hash: 'SHA-256', digestLength: 32, scheme: 'RSASSA-PKCS1-v1_5' },
  RSASSA_PKCS1_V1_5_SHA_384: { hash: 'SHA-384', digestLength: 48, scheme: 'RSASSA-PKCS1-v1_5' },
  RSASSA_PKCS1_V1_5_SHA_512: { hash: 'SHA-512', digestLength: 64, scheme: 'RSASSA-PKCS1-v1_5' },
  ECDSA_SHA_256: { hash: 'SHA-256', digestLength: 32, scheme: 'ECDSA' },
  ECDSA_SHA_384: { hash: 'SHA-384', digestLength: 48, scheme: 'ECDSA' },
  ECDSA_SHA_512: { hash: 'SHA-512', digestLength: 64, scheme: 'ECDSA' },
  ED25519_SHA_512: { hash: 'SHA-512', digestLength: 64, scheme: 'Ed25519' },
  ED25519_PH_SHA_512: { hash: 'SHA-512', digestLength: 64, scheme: 'Ed25519ph' },
  // EXTERNAL_MU: the 64-byte representative mu of FIPS 204 section 6.2.
  ML_DSA_SHAKE_256: { hash: 'SHAKE-256', digestLength: 64, scheme: 'ML-DSA' },
};

export type SupportedSigningAlgorithm = Exclude<SigningAlgorithm, 'SM2DSA'>;

export function checkSigningRequest(spec: KeySpec, algorithm: SigningAlgorithm, messageType: MessageType, message: Uint8Array): SupportedSigningAlgorithm {
  if (!signingAlgorithmsOf(spec).includes(algorithm) || algorithm === 'SM2DSA') {
    throw new AwsError('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${spec}.`);
  }
  const typeRefused = () => new AwsError('ValidationException', `Message type ${messageType} is incompatible with algorithm ${algorithm}.`);
  if (algorithm === 'ED25519_SHA_512' && messageType !== 'RAW') throw typeRefused();
  if (algorithm === 'ED25519_PH_SHA_512' && messageType !== 'DIGEST') throw typeRefused();
  if ((messageType === 'EXTERNAL_MU') !== (algorithm === 'ML_DSA_SHAKE_256') && messageType !== 'RAW') throw typeRefused();
  if (messageType !== 'RAW' && message.length !== SIGNING[algorithm].digestLength) {
    throw new AwsError('ValidationException', `Digest is invalid length for algorithm ${algorithm}.`);
  }
  return algorithm;
}
