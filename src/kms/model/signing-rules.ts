/**
 * Sign and Verify request rules: what Sign and Verify check before any cryptography, in AWS's
 * words (MessageType and SigningAlgorithm in https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
 * and API_Verify): the algorithm must be one the key spec offers; a DIGEST must be as long as the
 * algorithm's hash and an EXTERNAL_MU 64 bytes; ED25519_SHA_512 takes only RAW messages and
 * ED25519_PH_SHA_512 only DIGEST; EXTERNAL_MU is for ML-DSA only and ML-DSA takes no DIGEST.
 *
 * Simplified: AWS's text is recorded for a wrong algorithm, a wrong digest length and the two
 * Ed25519 cases; the other message-type refusals (EXTERNAL_MU outside ML-DSA, DIGEST with ML-DSA)
 * reuse the Ed25519 wording.
 */
import { AwsError } from '@/core';
import { SIGNING, signingAlgorithmsOf, type KeySpec, type MessageType, type SigningAlgorithm } from './key-specs';

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

/** The error for a key whose usage does not allow the operation (Sign on an ENCRYPT_DECRYPT key ...). */
export const wrongUsage = (arn: string, usage: string, operation: string) =>
  new AwsError('InvalidKeyUsageException', `${arn} key usage is ${usage} which is not valid for ${operation}.`);
