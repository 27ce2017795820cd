import { describe, expect, it } from 'vitest';
import { toBase64, toHex } from '@/core';
import { decryptMessage, encryptMessage, wireSize, type KmsCall } from './kms-envelope';
import { bytesSource, MemorySink } from './memory';
import { story, type EnvelopeRun, type StoryStep } from './storyboard';
import { counterfactual, formatBytes, type EncryptCall } from './tally';
import { envelopeLab, randomBytes } from './testing';

/** KMS as the lab answers, keeping a copy of every plaintext data key it hands out. */
function spying(kms: KmsCall) {
  const seen: Uint8Array[] = [];
  const call: KmsCall = async (operation, input) => {
    const out = await kms(operation, input);
    seen.push(new Uint8Array(out.Plaintext));
    return out;
  };
  return { call, seen };
}

async function roundTrip(size = 10000) {
  const lab = await envelopeLab();
  const spy = spying(lab.kms);
  const sink = new MemorySink();
  const e = await encryptMessage({ kms: spy.call, keyId: 'alias/files', context: { a: 'b' }, frameLength: 4096 }, bytesSource(randomBytes(size)), sink);
  const d = await decryptMessage({ kms: spy.call }, bytesSource(sink.bytes()), new MemorySink());
  const runs: EnvelopeRun[] = [
    { direction: 'encrypt', fileName: 'x.encrypted', ...e },
    { direction: 'decrypt', fileName: 'x.encrypted', ...d },
  ];
  return { lab, e, d, runs, steps: story(runs), dataKeys: spy.seen, stored: sink.bytes() };
}

const where = (s: StoryStep, id: string) => s.objects.find((o) => o.id === id);

describe('storyboard', () => {
  it('tells encrypt then decrypt from a real run, each title said once and the captions carrying the run', async () => {
    const { e, d, steps } = await roundTrip();
    expect(steps.map((s) => s.id)).toEqual([
      'encrypt-ask',
      'encrypt-receive',
      'encrypt-seal',
      'encrypt-wipe',
      'encrypt-store',
      'decrypt-read',
      'decrypt-ask',
      'decrypt-receive',
      'decrypt-open',
      'decrypt-wipe',
    ]);
    expect(new Set(steps.map((s) => s.title)).size).toBe(steps.length);
    for (const s of steps) expect(s.caption, s.id).not.toContain(s.title);
    const keyId = e.keyArn.split('/')[1]!;
    expect(steps[0]!.caption).toContain(`KMS key ${keyId}`);
    expect(steps[0]!.caption).toContain(`a ${e.traffic[0]!.requestBytes}-byte request`);
    expect(steps[1]!.caption).toContain(`key material ${e.keyMaterialId!.slice(0, 8)}…`);
    expect(steps[2]!.caption).toContain('3 frames');
    expect(steps[2]!.caption).toContain('frame 1: 000000000000000000000001');
    expect(steps[4]!.caption).toContain(`a ${e.headerBytes}-byte header`);
    expect(steps[7]!.caption).toContain(`key material ${d.keyMaterialId!.slice(0, 8)}…`);
  });

  it('splits the tally into bytes sent to KMS, received from KMS, and processed locally', async () => {
    const { e, d, steps } = await roundTrip();
    const [gdk, dec] = [e.traffic[0]!, d.traffic[0]!];
    expect(gdk.requestBytes).toBe(wireSize({ KeyId: 'alias/files', KeySpec: 'AES_256', EncryptionContext: { a: 'b' } }));
    // The answer carries both copies of the data key in base64, its ARN and its key material id.
    expect(gdk.responseBytes).toBeGreaterThan(Math.ceil((32 + e.encryptedDataKey.length) / 3) * 4 + e.keyArn.length + 64);
    expect(dec.requestBytes).toBe(wireSize({ CiphertextBlob: e.encryptedDataKey, KeyId: e.keyArn, EncryptionContext: { a: 'b' } }));
    expect(steps.map((s) => [s.tally.sentToKms, s.tally.receivedFromKms, s.tally.local])).toEqual([
      [gdk.requestBytes, 0, 0],
      [gdk.requestBytes, gdk.responseBytes, 0],
      [gdk.requestBytes, gdk.responseBytes, 10000],
      [gdk.requestBytes, gdk.responseBytes, 10000],
      [gdk.requestBytes, gdk.responseBytes, 10000],
      [gdk.requestBytes, gdk.responseBytes, 10000],
      [gdk.requestBytes + dec.requestBytes, gdk.responseBytes, 10000],
      [gdk.requestBytes + dec.requestBytes, gdk.responseBytes + dec.responseBytes, 10000],
      [gdk.requestBytes + dec.requestBytes, gdk.responseBytes + dec.responseBytes, 20000],
      [gdk.requestBytes + dec.requestBytes, gdk.responseBytes + dec.responseBytes, 20000],
    ]);
    expect(steps.filter((s) => s.crossing).map((s) => [s.id, s.crossing!.direction, s.crossing!.bytes])).toEqual([
      ['encrypt-ask', 'to-kms', gdk.requestBytes],
      ['encrypt-receive', 'from-kms', gdk.responseBytes],
      ['decrypt-ask', 'to-kms', dec.requestBytes],
      ['decrypt-receive', 'from-kms', dec.responseBytes],
    ]);
  });

  it('keeps the KMS key in KMS, moves the data key from KMS into memory then wipes it, and stores the encrypted data key', async () => {
    const { steps } = await roundTrip();
    for (const s of steps) expect(where(s, 'kms-key'), s.id).toMatchObject({ place: 'kms' });
    expect(where(steps[0]!, 'data-key')).toBeUndefined();
    expect(where(steps[0]!, 'context')).toMatchObject({ place: 'kms', from: 'browser' });
    expect(where(steps[1]!, 'data-key')).toMatchObject({ place: 'browser', from: 'kms', detail: '32 bytes, in memory only' });
    expect(where(steps[1]!, 'edk')).toMatchObject({ place: 'browser', from: 'kms' });
    expect(where(steps[3]!, 'data-key')).toMatchObject({ state: 'wiped' });
    expect(where(steps[4]!, 'data-key')).toBeUndefined();
    expect(where(steps[4]!, 'edk')).toMatchObject({ place: 'storage', from: 'browser' });
    expect(where(steps[6]!, 'edk')).toMatchObject({ place: 'kms', from: 'browser' });
    expect(where(steps[6]!, 'frames')).toBeUndefined();
    expect(where(steps[7]!, 'data-key')).toMatchObject({ place: 'browser', from: 'kms' });
    expect(where(steps[9]!, 'data-key')).toMatchObject({ state: 'wiped' });
  });

  it('never holds a plaintext data key', async () => {
    const { runs, steps, dataKeys } = await roundTrip();
    expect(dataKeys).toHaveLength(2);
    const text = JSON.stringify([steps, runs], (_k, v) => (v instanceof Uint8Array ? `${toHex(v)} ${toBase64(v)}` : v));
    for (const k of dataKeys) {
      expect(k.some((b) => b !== 0)).toBe(true);
      expect(text).not.toContain(toHex(k));
      expect(text).not.toContain(toBase64(k));
    }
  });

  it('measures what the whole file through KMS Encrypt would take, with the same key and context', async () => {
    const { lab, e } = await roundTrip();
    const calls: number[] = [];
    const encrypt: EncryptCall = (operation, input) => {
      calls.push((input.Plaintext as Uint8Array).length);
      return lab.call('kms', operation, input);
    };
    const cf = await counterfactual(10000, e, encrypt);
    expect(cf).toMatchObject({ possibleInOneCall: false, requests: 3 });
    expect(calls).toEqual([1808, 4096]); // the last chunk, then a full one: every other call is the same size
    // The three calls made for real: the figures are what KMS Encrypt sends and answers.
    let sent = 0;
    let received = 0;
    for (const n of [4096, 4096, 1808]) {
      const input = { KeyId: e.keyArn, Plaintext: randomBytes(n), EncryptionContext: { a: 'b' } };
      const out = await lab.call('kms', 'Encrypt', input);
      sent += wireSize(input);
      received += wireSize(out);
    }
    expect([cf.sentBytes, cf.receivedBytes]).toEqual([sent, received]);
    expect(await counterfactual(4096, e, encrypt)).toMatchObject({ possibleInOneCall: true, requests: 1 });
    expect((await counterfactual(2 ** 30, e, encrypt)).requests).toBe(262144);
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1.2 * 2 ** 30)).toBe('1.20 GB');
  });
});
