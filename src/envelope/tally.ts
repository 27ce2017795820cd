/**
 * The visualizer's figures: byte sizes as a reader says them, and the counterfactual of sending
 * the whole file to KMS Encrypt instead. The counterfactual is measured, not estimated: one real
 * Encrypt of a full 4 KB chunk and one of the last chunk, with the run's key ARN and encryption
 * context, give the exact request and response sizes of every call it would take.
 * Sizes are request and response bodies as the AWS JSON 1.1 protocol sends them.
 * Simplified: HTTP headers, SigV4 signatures and TLS framing are not counted, here or in the tally.
 */
import { wireSize } from './kms-envelope';
import type { EncryptionContext } from './format';

/** KMS Encrypt takes at most 4096 bytes of plaintext per request. */
export const KMS_ENCRYPT_LIMIT = 4096;
/** The data key of suite 0x0478 (AES_256). */
export const DATA_KEY_BYTES = 32;

export type EncryptCall = (operation: 'Encrypt', input: Record<string, unknown>) => Promise<any>;

export interface Counterfactual {
  possibleInOneCall: boolean;
  requests: number;
  sentBytes: number;
  receivedBytes: number;
}

/** What encrypting `size` bytes with KMS Encrypt directly would take (impossible in one call above 4 KB), measured with `kms`. */
export async function counterfactual(size: number, run: { keyArn: string; context: EncryptionContext }, kms: EncryptCall): Promise<Counterfactual> {
  const requests = Math.max(1, Math.ceil(size / KMS_ENCRYPT_LIMIT));
  const measure = async (n: number) => {
    // The sizes do not depend on the bytes: zeros do.
    const input = { KeyId: run.keyArn, Plaintext: new Uint8Array(Math.max(1, n)), EncryptionContext: run.context };
    const out = await kms('Encrypt', input);
    return { sent: wireSize(input), received: wireSize(out) };
  };
  const last = await measure(size - (requests - 1) * KMS_ENCRYPT_LIMIT);
  const full = requests > 1 ? await measure(KMS_ENCRYPT_LIMIT) : last;
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
