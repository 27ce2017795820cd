/**
 * The real runs the visualizer plays. "Encrypt and decrypt" runs GenerateDataKey and Decrypt in
 * the learner's account as the signed-in identity (they land in Event history). The rotation
 * and disabled-key stories need RotateKeyOnDemand and DisableKey: they run on a copy of the
 * account, with the same keys, identity and Region, so the learner's own key is never rotated
 * or disabled by watching.
 */
import { createCloud } from '@/cloud/create-cloud';
import { decryptMessage, encryptMessage, type KmsCall } from '@/envelope/kms-envelope';
import { bytesSource, CountingSink, MemorySink } from '@/envelope/memory';
import { mapMessage, type MessageMap } from '@/envelope/message-map';
import { disabledStoryboard, rotationStoryboard, runDisabled, runRotation, type AdminCall } from '@/envelope/story-variants';
import { messageName, story, type EnvelopeRun, type StoryStep } from '@/envelope/storyboard';
import { counterfactual, type Counterfactual, type EncryptCall } from '@/envelope/tally';
import { isAwsError } from '@/core';
import { consoleCall, useConsole } from '@/state/console-store';

export type StoryChoice = 'round-trip' | 'rotation' | 'disabled';

export interface Playable {
  steps: StoryStep[];
  fileBytes: number;
  cf?: Counterfactual;
  message?: { map: MessageMap; name: string };
}

const CONTEXT = { purpose: 'visualizer demo' };

export function demoData(size: number) {
  const data = new Uint8Array(size);
  for (let o = 0; o < size; o += 65536) crypto.getRandomValues(data.subarray(o, Math.min(size, o + 65536)));
  return data;
}

/** The annotated message of an encryption run (a run recorded without its header has none). */
export function messageOf(run: EnvelopeRun): Playable['message'] {
  if (!run.header || !run.samples) return undefined;
  return { map: mapMessage(run.header, run.samples, run.frames ?? run.samples.at(-1)?.seq ?? 0, run.messageBytes), name: messageName(run) };
}

/**
 * What KMS Encrypt on the whole file would take, measured on a copy of the account as its root
 * (the sizes depend on the key and the context, not on who asks); none when the key cannot
 * encrypt now (disabled, pending deletion).
 */
export async function measuredCounterfactual(run: EnvelopeRun, encrypt: EncryptCall = copyOfAccount('root', run.keyArn.split(':')[3]).encrypt) {
  try {
    return await counterfactual(run.plaintextBytes, run, encrypt);
  } catch (e) {
    if (isAwsError(e)) return undefined;
    throw e;
  }
}

/** What a list of runs plays: the story, the file's size, the measured counterfactual, the stored message. */
export async function playableOf(runs: EnvelopeRun[], o: { steps?: StoryStep[]; encrypt?: EncryptCall } = {}): Promise<Playable> {
  const first = runs[0]!;
  return {
    steps: o.steps ?? story(runs),
    fileBytes: first.plaintextBytes,
    cf: await measuredCounterfactual(first, o.encrypt),
    message: messageOf(runs.find((r) => r.header) ?? first),
  };
}

const learnerKms: KmsCall = (operation, input) => consoleCall({ service: 'kms', operation, input });

export async function roundTrip(keyId: string, data: Uint8Array): Promise<Playable> {
  const fileName = 'demo.bin.encrypted';
  const sealed = new MemorySink();
  const e = await encryptMessage({ kms: learnerKms, keyId, context: CONTEXT }, bytesSource(data), sealed);
  const d = await decryptMessage({ kms: learnerKms }, bytesSource(sealed.bytes()), new CountingSink());
  return playableOf([
    { direction: 'encrypt', fileName, ...e },
    { direction: 'decrypt', fileName, ...d },
  ]);
}

/** KMS on a copy of the learner's account: as the signed-in identity in the selected Region, or as the account's root in `inRegion`. */
function copyOfAccount(who: 'learner' | 'root' = 'learner', inRegion?: string) {
  const { cloud, identity, region } = useConsole.getState();
  if (!cloud) throw new Error('The account is not loaded yet');
  const copy = createCloud({ state: cloud.snapshot() });
  const caller = who === 'learner' ? identity : undefined;
  const call = (operation: string, input: Record<string, unknown>) =>
    copy.call({ service: 'kms', operation, input, caller, region: inRegion ?? region, source: 'console' });
  return { kms: call as KmsCall, admin: call as AdminCall, encrypt: call as EncryptCall };
}

export async function variant(choice: Exclude<StoryChoice, 'round-trip'>, keyId: string, data: Uint8Array): Promise<Playable> {
  const o = { ...copyOfAccount(), keyId, context: CONTEXT, data };
  if (choice === 'rotation') {
    const r = await runRotation(o);
    return { ...(await playableOf([r.after], { steps: rotationStoryboard(r) })), fileBytes: data.length };
  }
  const r = await runDisabled(o);
  return { ...(await playableOf([r.before], { steps: disabledStoryboard(r) })), fileBytes: data.length };
}
