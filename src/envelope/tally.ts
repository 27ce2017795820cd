/**
 * The visualizer's figures: byte sizes as a reader says them, and the counterfactual of sending
 * the whole file to KMS Encrypt instead. The counterfactual is computed from the run itself: the
 * same key ARN and encryption context in every request, and each answer's ciphertext as much
 * longer than its chunk as the run's encrypted data key is longer than its 32-byte data key.
 * Sizes are request and response bodies as the AWS JSON 1.1 protocol sends them.
 * Simplified: HTTP headers, SigV4 signatures and TLS framing are not counted, here or in the tally.
 */
import { wireSize } from './kms-envelope';
import type { EncryptionContext } from './format';

/** KMS Encrypt takes at most 4096 bytes of plaintext per request. */
export const KMS_ENCRYPT_LIMIT = 4096;
/** The data key of suite 0x0478 (AES_256). */
export const DATA_KEY_BYTES = 32;

export interface Counterfactual {
  possibleInOneCall: boolean;
  requests: number;
  sentBytes: number;
  receivedBytes: number;
}

/** What encrypting `size` bytes with KMS Encrypt directly would take (impossible in one call above 4 KB). */
export function counterfactual(size: number, run: { keyArn: string; context: EncryptionContext; encryptedDataKey: Uint8Array }): Counterfactual {
  const requests = Math.max(1, Math.ceil(size / KMS_ENCRYPT_LIMIT));
  const overhead = Math.max(0, run.encryptedDataKey.length - DATA_KEY_BYTES);
  const call = (n: number) => ({
    sent: wireSize({ KeyId: run.keyArn, Plaintext: new Uint8Array(n), EncryptionContext: run.context }),
    received: wireSize({ CiphertextBlob: new Uint8Array(n + overhead), KeyId: run.keyArn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' }),
  });
  const lastSize = size - (requests - 1) * KMS_ENCRYPT_LIMIT;
  const full = call(KMS_ENCRYPT_LIMIT);
  const last = call(lastSize);
  return {
    possibleInOneCall: size <= KMS_ENCRYPT_LIMIT,
    requests,
    sentBytes: (requests - 1) * full.sent + last.sent,
    receivedBytes: (requests - 1) * full.received + last.received,
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
