/**
 * What changes over time, played from real runs: after RotateKeyOnDemand a new file's encrypted
 * data key names the new key material while an old file still decrypts (KMS keeps every
 * material); with the key disabled, decrypting stops at the KMS step with KMS's own error.
 * The runners make the real calls through the KmsCall and AdminCall they are given (the
 * visualizer gives them a copy of the learner's account, so their keys are not rotated or disabled).
 */
import { isEnvelopeError } from './errors';
import { decryptDataKey, decryptMessage, encryptMessage, type KmsCall, type KmsTraffic } from './kms-envelope';
import { bytesSource, CountingSink, MemorySink } from './memory';
import { readHeader } from './stream';
import {
  addTally,
  keyIdOf,
  messageName,
  shortId,
  shortMaterial,
  storyObjects as o,
  ZERO_TALLY,
  type EnvelopeRun,
  type StoryObject,
  type StoryStep,
  type Tally,
} from './storyboard';
import { formatBytes } from './tally';
import type { EncryptionContext } from './format';

export type AdminCall = (operation: 'RotateKeyOnDemand' | 'DisableKey', input: Record<string, unknown>) => Promise<unknown>;

export interface VariantOptions {
  kms: KmsCall;
  admin: AdminCall;
  keyId: string;
  context: EncryptionContext;
  /** The plaintext of the demo files. */
  data: Uint8Array;
  frameLength?: number;
}

async function encryptRun(v: VariantOptions, fileName: string) {
  const sink = new MemorySink();
  const e = await encryptMessage({ kms: v.kms, keyId: v.keyId, context: v.context, frameLength: v.frameLength }, bytesSource(v.data), sink);
  return { run: { direction: 'encrypt', fileName, ...e } as EnvelopeRun, bytes: sink.bytes() };
}

export interface RotationRuns {
  before: EnvelopeRun;
  after: EnvelopeRun;
  oldAgain: EnvelopeRun;
}

/** Encrypts a file, rotates the key on demand, encrypts another, then decrypts the first one. */
export async function runRotation(v: VariantOptions): Promise<RotationRuns> {
  const old = await encryptRun(v, 'old.bin.encrypted');
  await v.admin('RotateKeyOnDemand', { KeyId: old.run.keyArn });
  const after = (await encryptRun(v, 'new.bin.encrypted')).run;
  const d = await decryptMessage({ kms: v.kms }, bytesSource(old.bytes), new CountingSink());
  return { before: old.run, after, oldAgain: { direction: 'decrypt', fileName: 'old.bin.encrypted', ...d } };
}

export interface DisabledRuns {
  before: EnvelopeRun;
  /** The refused Decrypt: its request and KMS's error body. */
  refused: KmsTraffic & { error: NonNullable<KmsTraffic['error']> };
}

/** Encrypts a file, disables the key, then tries to decrypt the file: KMS refuses. */
export async function runDisabled(v: VariantOptions): Promise<DisabledRuns> {
  const file = await encryptRun(v, 'report.bin.encrypted');
  await v.admin('DisableKey', { KeyId: file.run.keyArn });
  const traffic: KmsTraffic[] = [];
  try {
    await decryptDataKey(v.kms, await readHeader(bytesSource(file.bytes)), traffic);
  } catch (e) {
    const refused = traffic.at(-1);
    if (isEnvelopeError(e) && refused?.error) return { before: file.run, refused: { ...refused, error: refused.error } };
    throw e;
  }
  throw new Error('KMS decrypted the data key of a disabled key');
}

const trafficTally = (t: KmsTraffic[], local: number): Tally => ({
  sentToKms: t.reduce((n, x) => n + x.requestBytes, 0),
  receivedFromKms: t.reduce((n, x) => n + x.responseBytes, 0),
  local,
});

type Draft = Omit<StoryStep, 'story' | 'tally'> & { adds: Tally };

function finish(story: StoryStep['story'], drafts: Draft[]): StoryStep[] {
  let tally = ZERO_TALLY;
  return drafts.map(({ adds, ...d }) => {
    tally = addTally(tally, adds);
    return { ...d, id: `${story}-${d.id}`, story, tally };
  });
}

export function rotationStoryboard(r: RotationRuns): StoryStep[] {
  const [m1, m2] = [shortMaterial(r.before.keyMaterialId), shortMaterial(r.after.keyMaterialId)];
  const keyBefore = o.kmsKey(r.before);
  const keyAfter: StoryObject = { ...o.kmsKey(r.after), detail: `key ${shortId(r.after.keyArn)} · material ${m2}, keeps ${m1}` };
  const oldFile = [o.message(r.before, 'storage', undefined, 'message-old'), o.edk(r.before, 'storage', undefined, 'edk-old')];
  const newFile = [o.message(r.after, 'storage', undefined, 'message-new'), o.edk(r.after, 'storage', undefined, 'edk-new')];
  const gdk = r.after.traffic[0]!;
  const dec = r.oldAgain.traffic.at(-1)!;
  return finish('rotation', [
    {
      id: 'old-file',
      title: 'An old file, encrypted before rotation',
      caption: `${messageName(r.before)} was encrypted with a data key from GenerateDataKey. KMS used key material ${m1}, and the encrypted data key in its header names it.`,
      objects: [keyBefore, ...oldFile.map((x) => ({ ...x, from: 'browser' as const }))],
      fields: ['edk-ciphertext'],
      adds: trafficTally(r.before.traffic, r.before.plaintextBytes),
    },
    {
      id: 'rotate',
      title: 'Rotate the key material',
      caption: `RotateKeyOnDemand: new key material ${m2} becomes current. KMS keeps ${m1} inside the key to decrypt what it encrypted; the key ID, ARN, aliases and policy stay the same, and no stored file is re-encrypted.`,
      objects: [keyAfter, ...oldFile],
      fields: [],
      adds: ZERO_TALLY,
    },
    {
      id: 'new-file',
      title: 'A new file gets the new key material',
      caption: `GenerateDataKey now answers with key material ${m2} (${gdk.requestBytes} bytes sent, ${gdk.responseBytes} received): ${messageName(r.after)}'s encrypted data key names ${m2}, while ${messageName(r.before)}'s still names ${m1}.`,
      objects: [keyAfter, ...oldFile, ...newFile.map((x) => ({ ...x, from: 'browser' as const }))],
      crossing: { direction: 'from-kms', operation: 'GenerateDataKey response', bytes: gdk.responseBytes },
      fields: ['edk-ciphertext'],
      adds: trafficTally(r.after.traffic, r.after.plaintextBytes),
    },
    {
      id: 'old-decrypts',
      title: 'The old file still decrypts',
      caption: `Decrypt of ${messageName(r.before)}'s encrypted data key (${dec.requestBytes} bytes sent): KMS finds key material ${shortMaterial(r.oldAgain.keyMaterialId)} from the reference inside it and returns the data key (${dec.responseBytes} bytes). ${formatBytes(r.oldAgain.plaintextBytes)} decrypted in your browser: rotation never breaks old files.`,
      objects: [keyAfter, ...oldFile, ...newFile, o.dataKey('browser', 'kms')],
      crossing: { direction: 'from-kms', operation: 'Decrypt response', bytes: dec.responseBytes },
      fields: [],
      adds: trafficTally(r.oldAgain.traffic, r.oldAgain.plaintextBytes),
    },
  ]);
}

export function disabledStoryboard(r: DisabledRuns): StoryStep[] {
  const file = r.before;
  const stored = o.message(file, 'storage');
  const disabledKey = { ...o.kmsKey(file, 'disabled'), label: 'KMS key (disabled)' };
  return finish('disabled', [
    {
      id: 'file',
      title: 'A file encrypted while the key was enabled',
      caption: `${messageName(file)} holds ${formatBytes(file.plaintextBytes)} encrypted under a data key from KMS key ${keyIdOf(file.keyArn)}; its header carries the ${file.encryptedDataKey.length}-byte encrypted data key.`,
      objects: [o.kmsKey(file), { ...stored, from: 'browser' }, o.edk(file, 'storage', 'browser')],
      fields: ['edk-provider-info', 'edk-ciphertext'],
      adds: trafficTally(file.traffic, file.plaintextBytes),
    },
    {
      id: 'disable',
      title: 'Disable the KMS key',
      caption:
        'DisableKey: the key state becomes Disabled. Nothing is deleted, the key material stays in KMS, but KMS refuses every cryptographic operation with the key until EnableKey.',
      objects: [disabledKey, stored, o.edk(file, 'storage')],
      fields: [],
      adds: ZERO_TALLY,
    },
    {
      id: 'ask',
      title: 'Ask KMS to decrypt the data key',
      caption: `Your browser reads the header and sends Decrypt with the encrypted data key and the context: a ${r.refused.requestBytes}-byte request, as before.`,
      objects: [disabledKey, stored, o.edk(file, 'kms', 'storage'), o.context(file, 'kms', 'storage')],
      crossing: { direction: 'to-kms', operation: 'Decrypt request', bytes: r.refused.requestBytes },
      fields: ['edk-ciphertext'],
      adds: { sentToKms: r.refused.requestBytes, receivedFromKms: 0, local: 0 },
    },
    {
      id: 'refused',
      title: 'KMS refuses: decryption stops here',
      caption: `KMS answers ${r.refused.error.code}: "${r.refused.error.message}" (${r.refused.responseBytes} bytes). No data key comes back, so not one frame can be opened.`,
      objects: [
        disabledKey,
        stored,
        { id: 'refusal', kind: 'refusal', place: 'browser', from: 'kms', label: r.refused.error.code, detail: r.refused.error.message, state: 'refused' },
      ],
      crossing: { direction: 'from-kms', operation: 'Decrypt error', bytes: r.refused.responseBytes, error: r.refused.error.code },
      fields: [],
      adds: { sentToKms: 0, receivedFromKms: r.refused.responseBytes, local: 0 },
    },
  ]);
}
