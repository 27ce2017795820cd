/** Real runs for the visualizer's component tests: a fresh account's KMS, a random file, 4 KB frames. */
import { decryptMessage, encryptMessage } from '@/envelope/kms-envelope';
import { bytesSource, MemorySink } from '@/envelope/memory';
import { disabledStoryboard, rotationStoryboard, runDisabled, runRotation, type VariantOptions } from '@/envelope/story-variants';
import type { EnvelopeRun } from '@/envelope/storyboard';
import type { EncryptCall } from '@/envelope/tally';
import { envelopeLab, randomBytes } from '@/envelope/testing';
import { playableOf } from '@/features/envelope-visualizer/demo-runs';

export async function realRoundTrip(size = 10000) {
  const lab = await envelopeLab();
  const sink = new MemorySink();
  const e = await encryptMessage({ kms: lab.kms, keyId: 'alias/files', context: { purpose: 'test' }, frameLength: 4096 }, bytesSource(randomBytes(size)), sink);
  const d = await decryptMessage({ kms: lab.kms }, bytesSource(sink.bytes()), new MemorySink());
  const runs: EnvelopeRun[] = [
    { direction: 'encrypt', fileName: 'report.pdf.encrypted', ...e },
    { direction: 'decrypt', fileName: 'report.pdf.encrypted', ...d },
  ];
  return { e, d, runs, stored: sink.bytes(), playable: await playableOf(runs, { encrypt: encryptIn(lab) }) };
}

type Lab = Awaited<ReturnType<typeof envelopeLab>>;
const encryptIn =
  (lab: Lab): EncryptCall =>
  (operation, input) =>
    lab.call('kms', operation, input);

async function variantOptions(): Promise<VariantOptions & { lab: Lab }> {
  const lab = await envelopeLab();
  return {
    lab,
    kms: lab.kms,
    admin: (op, input) => lab.call('kms', op, input),
    keyId: 'alias/files',
    context: { purpose: 'test' },
    data: randomBytes(5000),
    frameLength: 4096,
  };
}

export async function realRotation() {
  const o = await variantOptions();
  const r = await runRotation(o);
  return { r, playable: { ...(await playableOf([r.after], { steps: rotationStoryboard(r), encrypt: encryptIn(o.lab) })), fileBytes: 5000 } };
}

export async function realDisabled() {
  const o = await variantOptions();
  const r = await runDisabled(o);
  // Measured before the key is disabled would be the same sizes; disabled, it has none to show.
  return { r, playable: { ...(await playableOf([r.before], { steps: disabledStoryboard(r), encrypt: encryptIn(o.lab) })), fileBytes: 5000 } };
}
