import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvelopeError } from './errors';
import { headOf, webCryptoFrames, type FrameCipher } from './frame-cipher';
import { KMS_PROVIDER_ID, SDK_FRAME_LENGTH, frameAad, frameIv } from './format';
import { decryptMessage, encryptMessage } from './kms-envelope';
import { bytesSource, MemorySink } from './memory';
import { nodeFrameCipher } from './node-frame-cipher';
import { decryptWithDataKey, encryptWithDataKey, readHeader, type ByteSource } from './stream';
import { envelopeLab, randomBytes } from './testing';

const F = SDK_FRAME_LENGTH;
const ciphers: [string, () => FrameCipher][] = [
  ['WebCrypto', () => webCryptoFrames],
  ['node:crypto', nodeFrameCipher],
];

/** Seals `data` with a fixed data key and message id (so two ciphers must write the same bytes). */
async function sealFixed(data: Uint8Array, cipher: FrameCipher, frameLength = F) {
  const sink = new MemorySink();
  const r = await encryptWithDataKey(
    {
      dataKey: new Uint8Array(32).fill(7),
      messageId: new Uint8Array(32).fill(9),
      context: { a: 'b' },
      frameLength,
      dataKeys: [{ providerId: KMS_PROVIDER_ID, providerInfo: 'k', ciphertext: new Uint8Array([1]) }],
    },
    bytesSource(data),
    sink,
    { cipher },
  );
  return { message: sink.bytes(), r };
}

async function openFixed(message: Uint8Array, cipher: FrameCipher, o: { window?: number; source?: ByteSource } = {}) {
  const sink = new MemorySink();
  const source = o.source ?? bytesSource(message);
  const err = await decryptWithDataKey(await readHeader(source), new Uint8Array(32).fill(7), source, sink, { cipher, window: o.window }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { err: err as EnvelopeError | undefined, sink };
}

/** Counts the frames a cipher opens and whether it was ever bound. */
function spy(inner: FrameCipher) {
  const seen = { bound: 0, opened: 0 };
  const cipher: FrameCipher = {
    bind(key) {
      seen.bound++;
      const k = inner.bind(key);
      return {
        seal: k.seal,
        open: (iv, aad, sealed) => {
          seen.opened++;
          return k.open(iv, aad, sealed);
        },
      };
    },
  };
  return { cipher, seen };
}

describe('frame ciphers write the same message and read each other', () => {
  for (const size of [0, 1, F - 1, F, F + 1, 9 * F + 17]) {
    it(`${size} bytes with ${F}-byte frames`, async () => {
      const data = randomBytes(size);
      const web = await sealFixed(data, webCryptoFrames);
      const node = await sealFixed(data, nodeFrameCipher());
      expect(Buffer.compare(node.message, web.message), 'the two ciphers wrote different bytes').toBe(0);
      expect(node.r.ciphertextHead).toEqual(web.r.ciphertextHead);
      expect(node.r.ciphertextHead.length).toBe(Math.min(16, size));
      for (const [, make] of ciphers) {
        const { err, sink } = await openFixed(web.message, make());
        expect(err).toBeUndefined();
        expect(Buffer.compare(sink.bytes(), data), 'plaintext differs').toBe(0);
      }
    });
  }

  it('a 1 MiB-frame message through KMS, encrypted with one cipher and decrypted with the other', async () => {
    const { kms } = await envelopeLab();
    const data = randomBytes(2 * 1024 * 1024 + 5);
    const enc = new MemorySink();
    await encryptMessage({ kms, keyId: 'alias/files', frameLength: 1024 * 1024, cipher: nodeFrameCipher() }, bytesSource(data), enc);
    const dec = new MemorySink();
    await decryptMessage({ kms }, bytesSource(enc.bytes()), dec);
    expect(Buffer.compare(dec.bytes(), data)).toBe(0);
    const back = new MemorySink();
    await decryptMessage({ kms, cipher: nodeFrameCipher() }, bytesSource(enc.bytes()), back);
    expect(Buffer.compare(back.bytes(), data)).toBe(0);
  });
});

describe.each(ciphers)('with the %s cipher', (_name, make) => {
  it('names a flipped byte in any frame (each of 10), with 2 and 4 frames in flight, and keeps nothing', async () => {
    const data = randomBytes(9 * F + 17);
    const { message, r } = await sealFixed(data, make());
    const R = F + 32; // a regular frame: sequence number, IV, body, tag
    for (let k = 0; k < 10; k++) {
      const bad = message.slice();
      const frameStart = r.header.length + k * R;
      const at = k === 9 ? message.length - 1 - (k % 3) : frameStart + 16 + ((k * 397) % (F + 16)); // in the body or tag
      bad[at]! ^= 0x10;
      for (const window of [2, 4]) {
        const { err, sink } = await openFixed(bad, make(), { window });
        expect(err).toBeInstanceOf(EnvelopeError);
        expect(err!.code).toBe('FrameAuthFailed');
        expect(err!.message).toMatch(
          k === 9 ? /^The final frame \(bytes/ : new RegExp(`^Frame ${k + 1} \\(bytes ${frameStart}-${frameStart + R - 1} of the file\\)`),
        );
        expect(sink.aborted).toBe(true);
        expect(sink.size).toBe(0);
      }
    }
  });

  it('checks the commitment and the header tag before the frame cipher sees anything', async () => {
    const { message, r } = await sealFixed(randomBytes(3 * F), make());
    for (const at of [r.header.length - 17, r.header.length - 1]) {
      // the commitment, the header tag
      const bad = message.slice();
      bad[at]! ^= 1;
      const s = spy(make());
      const { err, sink } = await openFixed(bad, s.cipher);
      expect(['CommitmentMismatch', 'HeaderAuthFailed']).toContain(err?.code);
      expect(s.seen).toEqual({ bound: 0, opened: 0 });
      expect(sink.aborted && sink.size === 0).toBe(true);
    }
  });

  it('cancels encrypt and decrypt, leaving nothing', async () => {
    const { kms } = await envelopeLab();
    const ac = new AbortController();
    const sink = new MemorySink();
    const err = await encryptMessage(
      { kms, keyId: 'alias/files', frameLength: F, cipher: make(), signal: ac.signal, onProgress: () => ac.abort() },
      bytesSource(randomBytes(10 * F)),
      sink,
    ).catch((e) => e);
    expect(err.code).toBe('Cancelled');
    expect(sink.aborted && sink.size === 0).toBe(true);
    const whole = new MemorySink();
    await encryptMessage({ kms, keyId: 'alias/files', frameLength: F, cipher: make() }, bytesSource(randomBytes(10 * F)), whole);
    const ac2 = new AbortController();
    const out = new MemorySink();
    const err2 = await decryptMessage({ kms, cipher: make(), signal: ac2.signal, onProgress: () => ac2.abort() }, bytesSource(whole.bytes()), out).catch(
      (e) => e,
    );
    expect(err2.code).toBe('Cancelled');
    expect(out.aborted && out.size === 0).toBe(true);
  });

  it('refuses a bad tag, a wrong IV or AAD, and a frame shorter than its tag', async () => {
    const key = await crypto.subtle.importKey('raw', randomBytes(32), 'AES-GCM', false, ['encrypt', 'decrypt']);
    const k = make().bind(key);
    const aad = frameAad(new Uint8Array(32), false, 1, 5);
    const parts = await k.seal(frameIv(1), aad, new Uint8Array([1, 2, 3, 4, 5]));
    const sealed = new Uint8Array(Buffer.concat(parts));
    expect(sealed.length).toBe(5 + 16);
    expect([...(await k.open(frameIv(1), aad, sealed))]).toEqual([1, 2, 3, 4, 5]);
    const badTag = sealed.slice();
    badTag[20]! ^= 1;
    await expect(k.open(frameIv(1), aad, badTag)).rejects.toThrow();
    await expect(k.open(frameIv(2), aad, sealed)).rejects.toThrow();
    await expect(k.open(frameIv(1), frameAad(new Uint8Array(32), true, 1, 5), sealed)).rejects.toThrow();
    await expect(k.open(frameIv(1), aad, sealed.subarray(0, 15))).rejects.toThrow();
  });
});

describe('headOf', () => {
  it('takes the first bytes across parts', () => {
    const parts = [new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3, 4, 5])];
    expect([...headOf(parts, 4)]).toEqual([1, 2, 3, 4]);
    expect([...headOf(parts, 9)]).toEqual([1, 2, 3, 4, 5]);
    expect([...headOf(parts, 0)]).toEqual([]);
  });
});

describe('the Node-only cipher stays out of the browser bundle', () => {
  it('no engine file but node-frame-cipher.ts imports node:*, and none imports it', () => {
    const dir = new URL('.', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'node-frame-cipher.ts');
    expect(files).toContain('index.ts');
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(text, f).not.toMatch(/(from|import)\s*\(?\s*'(node:[^']*|\.\/node-frame-cipher)'/);
    }
  });
});
