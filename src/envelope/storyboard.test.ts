import { describe, expect, it } from 'vitest';
import { decryptMessage, encryptMessage } from './kms-envelope';
import { bytesSource, MemorySink } from './memory';
import { counterfactual, formatBytes, storyboard } from './storyboard';
import { envelopeLab, randomBytes } from './testing';

describe('storyboard', () => {
  it('is built from a real run: ARN, sizes, KMS traffic vs local bytes, never a plaintext key', async () => {
    const { kms } = await envelopeLab();
    const sink = new MemorySink();
    const e = await encryptMessage({ kms, keyId: 'alias/files', context: { a: 'b' }, frameLength: 4096 }, bytesSource(randomBytes(10000)), sink);
    const steps = storyboard({ direction: 'encrypt', fileName: 'x.encrypted', ...e });
    expect(steps.map((s) => s.id)).toEqual(['ask', 'receive', 'seal', 'erase', 'store']);
    const [gdk] = e.traffic;
    expect(gdk!.requestBytes).toBe(JSON.stringify({ KeyId: 'alias/files', KeySpec: 'AES_256', EncryptionContext: { a: 'b' } }).length);
    expect(steps[0]!.caption).toContain(e.keyArn);
    expect(steps[4]!.toKmsBytes).toBe(gdk!.requestBytes + gdk!.responseBytes);
    expect(steps[4]!.localBytes).toBe(sink.size);
    expect(steps[2]!.caption).toContain('3 frames');
    const d = await decryptMessage({ kms }, bytesSource(sink.bytes()), new MemorySink());
    const back = storyboard({ direction: 'decrypt', fileName: 'x.encrypted', ...d });
    expect(back.map((s) => s.id)).toEqual(['read', 'ask', 'receive', 'open', 'erase']);
    expect(back.at(-1)!.toKmsBytes).toBe(d.traffic[0]!.requestBytes + d.traffic[0]!.responseBytes);
  });

  it('counts what sending the file to Encrypt would take', () => {
    expect(counterfactual(4096)).toMatchObject({ possibleInOneCall: true, requests: 1 });
    expect(counterfactual(2 ** 30)).toMatchObject({ possibleInOneCall: false, requests: 262144 });
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1.2 * 2 ** 30)).toBe('1.20 GB');
  });
});
