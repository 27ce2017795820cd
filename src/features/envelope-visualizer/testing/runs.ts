/** Real runs for the visualizer's component tests: a fresh account's KMS, a random file, 4 KB frames. */
import { decryptMessage, encryptMessage } from '@/envelope/kms-envelope';
import { bytesSource, MemorySink } from '@/envelope/memory';
import { disabledStoryboard, rotationStoryboard, runDisabled, runRotation, type VariantOptions } from '@/envelope/story-variants';
import type { EnvelopeRun } from '@/envelope/storyboard';
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
  return { e, d, runs, stored: sink.bytes(), playable: playableOf(runs) };
}

async function variantOptions(): Promise<VariantOptions> {
  const lab = await envelopeLab();
  return {
    kms: lab.kms,
    admin: (op, input) => lab.call('kms', op, input),
    keyId: 'alias/files',
    context: { purpose: 'test' },
    data: randomBytes(5000),
    frameLength: 4096,
  };
}

export async function realRotation() {
  const r = await runRotation(await variantOptions());
  return { r, playable: { ...playableOf([r.after], rotationStoryboard(r)), fileBytes: 5000 } };
}

export async function realDisabled() {
  const r = await runDisabled(await variantOptions());
  return { r, playable: { ...playableOf([r.before], disabledStoryboard(r)), fileBytes: 5000 } };
}
