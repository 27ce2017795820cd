/**
 * The storyboard the visualizer plays: data produced by a real run (key ARN, byte counts, first
 * bytes of the encrypted data key and of the ciphertext, KMS request/response sizes). It never
 * holds a plaintext key. Each step carries a caption and the running tally of bytes that went
 * to KMS versus bytes that stayed local.
 */
import { toHex } from '@/core';
import type { EncryptionContext } from './format';
import type { KmsTraffic } from './kms-envelope';

export interface EnvelopeRun {
  direction: 'encrypt' | 'decrypt';
  fileName: string;
  keyArn: string;
  plaintextBytes: number;
  messageBytes: number;
  headerBytes: number;
  frameLength: number;
  encryptedDataKey: Uint8Array;
  ciphertextHead?: Uint8Array;
  context: EncryptionContext;
  traffic: KmsTraffic[];
}

export type Actor = 'app' | 'kms' | 'local' | 'storage';

export interface StoryStep {
  id: string;
  title: string;
  caption: string;
  /** Where the action happens (the picture highlights it). */
  from: Actor;
  to: Actor;
  /** Running tally after this step. */
  toKmsBytes: number;
  localBytes: number;
}

/** KMS Encrypt takes at most 4096 bytes of plaintext per request. */
export const KMS_ENCRYPT_LIMIT = 4096;

/** What sending the whole file to KMS Encrypt would take (impossible in one call above 4 KB). */
export function counterfactual(size: number) {
  const requests = Math.max(1, Math.ceil(size / KMS_ENCRYPT_LIMIT));
  // Each request carries its chunk in base64 (4/3) plus ~150 bytes of JSON; each answer a ~150-byte blob header on top.
  const requestBytes = Math.ceil((size * 4) / 3) + requests * 150;
  const responseBytes = Math.ceil(((size + requests * 150) * 4) / 3);
  return { possibleInOneCall: size <= KMS_ENCRYPT_LIMIT, requests, bytes: requestBytes + responseBytes };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

const head = (b: Uint8Array | undefined) => (b && b.length ? `${toHex(b.subarray(0, 8))}…` : '(empty)');

export function storyboard(run: EnvelopeRun): StoryStep[] {
  const call = run.traffic[0];
  const kmsBytes = call ? call.requestBytes + call.responseBytes : 0;
  const edk = `${run.encryptedDataKey.length}-byte encrypted data key starting ${head(run.encryptedDataKey)}`;
  const frames = Math.floor(run.plaintextBytes / run.frameLength) + 1;
  const steps: Omit<StoryStep, 'toKmsBytes' | 'localBytes'>[] = [];
  const tally: [number, number][] = [];
  if (run.direction === 'encrypt') {
    steps.push({
      id: 'ask',
      from: 'app',
      to: 'kms',
      title: 'Ask KMS for a data key',
      caption: `GenerateDataKey under ${run.keyArn}: a ${call?.requestBytes ?? 0}-byte request. The file itself does not go to KMS.`,
    });
    tally.push([call?.requestBytes ?? 0, 0]);
    steps.push({
      id: 'receive',
      from: 'kms',
      to: 'app',
      title: 'KMS returns the data key twice',
      caption: `A ${call?.responseBytes ?? 0}-byte answer: the plaintext data key (32 bytes) and the ${edk}.`,
    });
    tally.push([kmsBytes, 0]);
    steps.push({
      id: 'seal',
      from: 'app',
      to: 'local',
      title: 'Encrypt the data locally',
      caption: `AES-256-GCM in ${frames} frame${frames === 1 ? '' : 's'} of up to ${formatBytes(run.frameLength)}: ${formatBytes(run.plaintextBytes)} encrypted in this browser. Ciphertext starts ${head(run.ciphertextHead)}.`,
    });
    tally.push([kmsBytes, run.plaintextBytes]);
    steps.push({
      id: 'erase',
      from: 'local',
      to: 'local',
      title: 'Erase the plaintext data key',
      caption: 'The last frame is sealed: the plaintext data key is overwritten with zeros and dropped. Only KMS can give it back.',
    });
    tally.push([kmsBytes, run.plaintextBytes]);
    steps.push({
      id: 'store',
      from: 'local',
      to: 'storage',
      title: 'Store the encrypted data key beside the ciphertext',
      caption: `${run.fileName}: a ${run.headerBytes}-byte header (encryption context and the encrypted data key) and the frames, ${formatBytes(run.messageBytes)} in all.`,
    });
    tally.push([kmsBytes, run.messageBytes]);
  } else {
    steps.push({
      id: 'read',
      from: 'storage',
      to: 'app',
      title: 'Read the encrypted data key from the header',
      caption: `${run.fileName}: the header holds the ${edk} and the encryption context.`,
    });
    tally.push([0, run.headerBytes]);
    steps.push({
      id: 'ask',
      from: 'app',
      to: 'kms',
      title: 'Ask KMS to decrypt the data key',
      caption: `Decrypt under ${run.keyArn}: a ${call?.requestBytes ?? 0}-byte request carrying only the encrypted data key.`,
    });
    tally.push([call?.requestBytes ?? 0, run.headerBytes]);
    steps.push({
      id: 'receive',
      from: 'kms',
      to: 'app',
      title: 'KMS returns the plaintext data key',
      caption: `A ${call?.responseBytes ?? 0}-byte answer with the 32-byte data key, only if the caller may use the KMS key.`,
    });
    tally.push([kmsBytes, run.headerBytes]);
    steps.push({
      id: 'open',
      from: 'app',
      to: 'local',
      title: 'Decrypt the data locally',
      caption: `Each frame's tag is checked before it is written: ${formatBytes(run.plaintextBytes)} decrypted in this browser.`,
    });
    tally.push([kmsBytes, run.messageBytes]);
    steps.push({
      id: 'erase',
      from: 'local',
      to: 'local',
      title: 'Erase the plaintext data key',
      caption: 'The last frame is open: the plaintext data key is overwritten with zeros and dropped.',
    });
    tally.push([kmsBytes, run.messageBytes]);
  }
  return steps.map((s, i) => ({ ...s, toKmsBytes: tally[i]![0], localBytes: tally[i]![1] }));
}
