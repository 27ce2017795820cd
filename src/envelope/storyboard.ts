/**
 * The storyboard the visualizer plays, made from real runs (key ARN, key material, byte counts
 * both ways, the first bytes of the encrypted data key, the frames' IVs and tags, the header as
 * stored). It never holds a plaintext key. Each step says where every object is after it (your
 * browser, AWS KMS or storage; `from` when it crossed during the step), what crossed the network,
 * which fields of the stored message it is about, and the running tally: bytes sent to KMS,
 * bytes received from KMS, bytes that stayed local. story-variants.ts adds rotation and a
 * disabled key.
 *
 * Over 300 lines: the steps are one story, read in the order they play.
 */
import { toHex } from '@/core';
import type { EncryptionContext } from './format';
import type { FrameSample } from './frame-samples';
import type { KmsTraffic } from './kms-envelope';
import { DATA_KEY_BYTES, formatBytes } from './tally';

export interface EnvelopeRun {
  direction: 'encrypt' | 'decrypt';
  fileName: string;
  keyArn: string;
  /** The key material KMS used (GenerateDataKey's or Decrypt's KeyMaterialId). */
  keyMaterialId?: string;
  plaintextBytes: number;
  messageBytes: number;
  headerBytes: number;
  frameLength: number;
  encryptedDataKey: Uint8Array;
  ciphertextHead?: Uint8Array;
  context: EncryptionContext;
  traffic: KmsTraffic[];
  /** The header as stored (body and tag), for the annotated message. */
  header?: Uint8Array;
  /** The first frames and the final frame as stored. */
  samples?: FrameSample[];
  /** Frames in the message. */
  frames?: number;
}

export type Place = 'browser' | 'kms' | 'storage';
export type ObjectKind = 'kms-key' | 'data-key' | 'edk' | 'context' | 'file' | 'frames' | 'message' | 'refusal';
export type StoryKind = 'encrypt' | 'decrypt' | 'rotation' | 'disabled';

export interface StoryObject {
  /** Stable from step to step, so the picture moves the same object. */
  id: string;
  kind: ObjectKind;
  place: Place;
  /** Where it was before this step, when it crossed during it. */
  from?: Place;
  label: string;
  detail: string;
  state?: 'wiped' | 'disabled' | 'refused';
}

export interface Crossing {
  direction: 'to-kms' | 'from-kms';
  operation: string;
  bytes: number;
  error?: string;
}

export interface Tally {
  sentToKms: number;
  receivedFromKms: number;
  /** Bytes encrypted or decrypted in the browser. */
  local: number;
}

export interface StoryStep {
  id: string;
  story: StoryKind;
  title: string;
  /** What happens, with the run's figures; it does not repeat the title. */
  caption: string;
  objects: StoryObject[];
  crossing?: Crossing;
  /** Kinds of message fields (message-explain.ts) this step is about. */
  fields: string[];
  tally: Tally;
}

export const headHex = (b: Uint8Array | undefined, n = 5) => (b && b.length ? `${toHex(b.subarray(0, n))}…` : '(empty)');
export const keyIdOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
export const shortId = (arn: string) => `${keyIdOf(arn).slice(0, 8)}…`;
export const shortMaterial = (id: string | undefined) => (id ? `${id.slice(0, 8)}…` : 'unknown');
const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;
const contextText = (c: EncryptionContext) => {
  const pairs = Object.entries(c);
  return pairs.length ? pairs.map(([k, v]) => `${k}=${v}`).join(', ') : 'none';
};
/** The file's name without `.encrypted`, and the stored message's name. */
export const plainName = (run: { fileName: string }) => run.fileName.replace(/\.encrypted$/, '');
export const messageName = (run: { fileName: string }) => `${plainName(run)}.encrypted`;
export const frameCount = (run: EnvelopeRun) => run.frames ?? Math.floor(run.plaintextBytes / run.frameLength) + 1;

/** The objects every story draws the same way. */
export const storyObjects = {
  kmsKey: (run: { keyArn: string; keyMaterialId?: string }, state?: StoryObject['state'], id = 'kms-key'): StoryObject => ({
    id,
    kind: 'kms-key',
    place: 'kms',
    label: 'KMS key',
    detail: `key ${shortId(run.keyArn)} · material ${shortMaterial(run.keyMaterialId)}`,
    state,
  }),
  dataKey: (place: Place, from?: Place, state?: StoryObject['state']): StoryObject => ({
    id: 'data-key',
    kind: 'data-key',
    place,
    from,
    label: state === 'wiped' ? 'Data key, wiped' : 'Data key (plaintext)',
    detail: state === 'wiped' ? '00 00 00 00 … 32 bytes of zeros' : `${DATA_KEY_BYTES} bytes, in memory only`,
    state,
  }),
  edk: (run: EnvelopeRun, place: Place, from?: Place, id = 'edk'): StoryObject => ({
    id,
    kind: 'edk',
    place,
    from,
    label: 'Encrypted data key',
    detail: `${place === 'storage' ? 'in the header · ' : ''}${run.keyMaterialId ? `material ${shortMaterial(run.keyMaterialId)} · ` : ''}${run.encryptedDataKey.length} bytes · ${headHex(run.encryptedDataKey)}`,
  }),
  context: (run: EnvelopeRun, place: Place, from?: Place): StoryObject => ({
    id: 'context',
    kind: 'context',
    place,
    from,
    label: 'Encryption context',
    detail: `${place === 'storage' ? 'in the header · ' : ''}${contextText(run.context)}`,
  }),
  file: (run: EnvelopeRun, place: Place, from?: Place): StoryObject => ({
    id: 'file',
    kind: 'file',
    place,
    from,
    label: `${plainName(run)} (plaintext)`,
    detail: formatBytes(run.plaintextBytes),
  }),
  frames: (run: EnvelopeRun, place: Place, from?: Place): StoryObject => ({
    id: 'frames',
    kind: 'frames',
    place,
    from,
    label: `${plural(frameCount(run), 'frame')}, AES-256-GCM`,
    detail: `up to ${formatBytes(run.frameLength)} each · IV and 16-byte tag per frame`,
  }),
  message: (run: EnvelopeRun, place: Place, from?: Place, id = 'message'): StoryObject => ({
    id,
    kind: 'message',
    place,
    from,
    label: messageName(run),
    detail: `${formatBytes(run.messageBytes)} · ${run.headerBytes}-byte header + ${plural(frameCount(run), 'frame')}`,
  }),
};

type Draft = Omit<StoryStep, 'tally' | 'story'>;

function encryptSteps(run: EnvelopeRun): { steps: Draft[]; tallies: Tally[] } {
  const call = run.traffic[0];
  const sent = call?.requestBytes ?? 0;
  const received = call?.responseBytes ?? 0;
  const key = storyObjects.kmsKey(run);
  const frames = frameCount(run);
  const first = run.samples?.[0];
  const steps: Draft[] = [
    {
      id: 'ask',
      caption: `GenerateDataKey for KMS key ${keyIdOf(run.keyArn)}, with the encryption context (${contextText(run.context)}): a ${sent}-byte request. The file does not leave your browser.`,
      title: 'Ask KMS for a data key',
      objects: [key, storyObjects.file(run, 'browser'), storyObjects.context(run, 'kms', 'browser')],
      crossing: { direction: 'to-kms', operation: 'GenerateDataKey request', bytes: sent },
      fields: ['context-pair'],
    },
    {
      id: 'receive',
      title: 'KMS returns the data key twice',
      caption: `A ${received}-byte answer over TLS: the ${DATA_KEY_BYTES}-byte data key in plaintext, and the same key encrypted under the KMS key with key material ${shortMaterial(run.keyMaterialId)} (${run.encryptedDataKey.length} bytes, bound to the context). The KMS key itself stays in KMS.`,
      objects: [
        key,
        storyObjects.file(run, 'browser'),
        storyObjects.dataKey('browser', 'kms'),
        storyObjects.edk(run, 'browser', 'kms'),
        storyObjects.context(run, 'browser', 'kms'),
      ],
      crossing: { direction: 'from-kms', operation: 'GenerateDataKey response', bytes: received },
      fields: ['edk-ciphertext'],
    },
    {
      id: 'seal',
      title: 'Encrypt the file in your browser',
      caption: `The data key and a random message ID derive this file's AES-256 key; ${plural(frames, 'frame')} of up to ${formatBytes(run.frameLength)} are encrypted with AES-GCM, each with its own IV${first ? ` (frame 1: ${toHex(first.iv)})` : ''} and a 16-byte tag. ${formatBytes(run.plaintextBytes)} encrypted here, 0 bytes sent.`,
      objects: [
        key,
        storyObjects.file(run, 'browser'),
        storyObjects.dataKey('browser'),
        storyObjects.edk(run, 'browser'),
        storyObjects.context(run, 'browser'),
        storyObjects.frames(run, 'browser'),
      ],
      fields: ['frame-iv', 'frame-content', 'frame-tag'],
    },
    {
      id: 'wipe',
      title: 'Wipe the plaintext data key',
      caption:
        'The last frame is sealed: the data key is overwritten with zeros and dropped. From now on only KMS can recover it, from the encrypted data key.',
      objects: [
        key,
        storyObjects.file(run, 'browser'),
        storyObjects.dataKey('browser', undefined, 'wiped'),
        storyObjects.edk(run, 'browser'),
        storyObjects.context(run, 'browser'),
        storyObjects.frames(run, 'browser'),
      ],
      fields: [],
    },
    {
      id: 'store',
      title: 'Store the message',
      caption: `${messageName(run)} is written: a ${run.headerBytes}-byte header (context, the encrypted data key with provider aws-kms and the key ARN, commitment, header tag) then the frames, ${formatBytes(run.messageBytes)} in all. The encrypted data key travels with the data.`,
      objects: [
        key,
        storyObjects.message(run, 'storage', 'browser'),
        storyObjects.edk(run, 'storage', 'browser'),
        storyObjects.context(run, 'storage', 'browser'),
      ],
      fields: ['edk-provider-id', 'edk-provider-info', 'edk-ciphertext', 'context-pair', 'header-tag'],
    },
  ];
  const tallies = [
    { sentToKms: sent, receivedFromKms: 0, local: 0 },
    { sentToKms: sent, receivedFromKms: received, local: 0 },
    { sentToKms: sent, receivedFromKms: received, local: run.plaintextBytes },
    { sentToKms: sent, receivedFromKms: received, local: run.plaintextBytes },
    { sentToKms: sent, receivedFromKms: received, local: run.plaintextBytes },
  ];
  return { steps, tallies };
}

function decryptSteps(run: EnvelopeRun): { steps: Draft[]; tallies: Tally[] } {
  const call = run.traffic.at(-1);
  const sent = call?.requestBytes ?? 0;
  const received = call?.responseBytes ?? 0;
  const key = storyObjects.kmsKey(run);
  const msg = storyObjects.message(run, 'storage');
  const steps: Draft[] = [
    {
      id: 'read',
      title: 'Read the header',
      caption: `Your browser reads the ${run.headerBytes}-byte header of ${msg.label}: the encryption context and the encrypted data key, whose provider info names KMS key ${keyIdOf(run.keyArn)}.`,
      objects: [key, msg, storyObjects.edk(run, 'browser', 'storage'), storyObjects.context(run, 'browser', 'storage')],
      fields: ['context-pair', 'edk-provider-id', 'edk-provider-info', 'edk-ciphertext'],
    },
    {
      id: 'ask',
      title: 'Send only the encrypted data key to KMS',
      caption: `Decrypt with the ${run.encryptedDataKey.length}-byte encrypted data key and the same context: a ${sent}-byte request. The ${plural(frameCount(run), 'frame')} stay where they are.`,
      objects: [key, msg, storyObjects.edk(run, 'kms', 'browser'), storyObjects.context(run, 'kms', 'browser')],
      crossing: { direction: 'to-kms', operation: 'Decrypt request', bytes: sent },
      fields: ['edk-ciphertext'],
    },
    {
      id: 'receive',
      title: 'KMS returns the plaintext data key',
      caption: `KMS checks that the caller may use the key and that the context matches, decrypts with key material ${shortMaterial(run.keyMaterialId)} inside KMS, and answers with the ${DATA_KEY_BYTES}-byte data key: ${received} bytes received.`,
      objects: [key, msg, storyObjects.dataKey('browser', 'kms')],
      crossing: { direction: 'from-kms', operation: 'Decrypt response', bytes: received },
      fields: [],
    },
    {
      id: 'open',
      title: 'Decrypt the file in your browser',
      caption: `The commitment key and the header tag are checked first; then each frame's tag is checked before its bytes are written. ${formatBytes(run.plaintextBytes)} decrypted here, 0 bytes sent.`,
      objects: [key, msg, storyObjects.dataKey('browser'), storyObjects.frames(run, 'browser', 'storage'), storyObjects.file(run, 'browser')],
      fields: ['commitment', 'header-tag', 'frame-tag'],
    },
    {
      id: 'wipe',
      title: 'Wipe the data key again',
      caption:
        'The last frame is open: the data key is overwritten with zeros and dropped. The file on storage is still encrypted; the next reader asks KMS again.',
      objects: [key, msg, storyObjects.dataKey('browser', undefined, 'wiped'), storyObjects.file(run, 'browser')],
      fields: [],
    },
  ];
  const tallies = [
    { sentToKms: 0, receivedFromKms: 0, local: 0 },
    { sentToKms: sent, receivedFromKms: 0, local: 0 },
    { sentToKms: sent, receivedFromKms: received, local: 0 },
    { sentToKms: sent, receivedFromKms: received, local: run.plaintextBytes },
    { sentToKms: sent, receivedFromKms: received, local: run.plaintextBytes },
  ];
  return { steps, tallies };
}

export const addTally = (a: Tally, b: Tally): Tally => ({
  sentToKms: a.sentToKms + b.sentToKms,
  receivedFromKms: a.receivedFromKms + b.receivedFromKms,
  local: a.local + b.local,
});
export const ZERO_TALLY: Tally = { sentToKms: 0, receivedFromKms: 0, local: 0 };

/** The steps of one run, its tally starting at `start`. */
export function storyboard(run: EnvelopeRun, start: Tally = ZERO_TALLY): StoryStep[] {
  const { steps, tallies } = run.direction === 'encrypt' ? encryptSteps(run) : decryptSteps(run);
  return steps.map((s, i) => ({ ...s, id: `${run.direction}-${s.id}`, story: run.direction, tally: addTally(start, tallies[i]!) }));
}

/** Runs played one after the other (encrypt, then decrypt), the tally running across them. */
export function story(runs: EnvelopeRun[]): StoryStep[] {
  const out: StoryStep[] = [];
  for (const run of runs) out.push(...storyboard(run, out.at(-1)?.tally));
  return out;
}
