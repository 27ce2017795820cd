import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decryptMessage, encryptMessage } from './kms-envelope';
import { bytesSource, MemorySink } from './memory';
import { readHeader } from './stream';
import { envelopeLab, randomBytes } from './testing';
import { EnvelopeError } from './errors';
import { SDK_FRAME_LENGTH, DEFAULT_FRAME_LENGTH, messageSize } from './format';

async function roundTrip(size: number, frameLength: number, context: Record<string, string> = { purpose: 'test' }) {
  const { kms, keyId } = await envelopeLab();
  const data = randomBytes(size);
  const enc = new MemorySink();
  const e = await encryptMessage({ kms, keyId: 'alias/files', context, frameLength }, bytesSource(data), enc);
  expect(enc.closed).toBe(true);
  expect(enc.size).toBe(messageSize(e.headerBytes, size, frameLength));
  expect(e.keyArn).toMatch(new RegExp(`:key/${keyId}$`));
  const dec = new MemorySink();
  const d = await decryptMessage({ kms }, bytesSource(enc.bytes()), dec);
  expect(Buffer.compare(dec.bytes(), data), 'plaintext differs').toBe(0);
  expect(d.context).toEqual(context);
  return { message: enc.bytes(), e, d };
}

describe('round trip', () => {
  for (const F of [SDK_FRAME_LENGTH, DEFAULT_FRAME_LENGTH]) {
    for (const size of [0, 1, F - 1, F, F + 1, 3 * F + 17]) {
      it(`${size} bytes with ${F}-byte frames`, async () => {
        await roundTrip(size, F);
      });
    }
  }

  it('random sizes and frame lengths (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40000 }), fc.constantFrom(16, 700, 4096, 10000), async (size, F) => {
        await roundTrip(size, F, {});
      }),
      { numRuns: 25 },
    );
  });

  it('writes the header fields the AWS Encryption SDK expects', async () => {
    const { message, e } = await roundTrip(10, SDK_FRAME_LENGTH);
    const h = await readHeader(bytesSource(message));
    expect(message.subarray(0, 3)).toEqual(new Uint8Array([2, 0x04, 0x78]));
    expect(h.dataKeys).toEqual([{ providerId: 'aws-kms', providerInfo: e.keyArn, ciphertext: e.encryptedDataKey }]);
    expect(h.frameLength).toBe(4096);
    expect(h.context).toEqual({ purpose: 'test' });
    expect(e.traffic.map((x) => x.operation)).toEqual(['GenerateDataKey']);
  });

  it('zeroes the plaintext data key once the message keys are derived', async () => {
    const { kms } = await envelopeLab();
    let plain: Uint8Array | undefined;
    const spy = async (op: 'GenerateDataKey' | 'Decrypt', input: Record<string, unknown>) => {
      const out = await kms(op, input);
      plain = out.Plaintext;
      return out;
    };
    await encryptMessage({ kms: spy, keyId: 'alias/files' }, bytesSource(randomBytes(100)), new MemorySink());
    expect(plain!.every((b) => b === 0)).toBe(true);
  });
});

async function expectRejected(kms: any, message: Uint8Array, code?: string) {
  const sink = new MemorySink();
  const err = await decryptMessage({ kms }, bytesSource(message), sink).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'decrypt must fail').toBeInstanceOf(EnvelopeError);
  if (code) expect((err as EnvelopeError).code).toBe(code);
  expect(sink.size).toBe(0);
  return err as EnvelopeError;
}

describe('tampering', () => {
  it('rejects every single-byte flip in header, body and final frame (exhaustive, small message)', async () => {
    const { kms } = await envelopeLab();
    const enc = new MemorySink();
    await encryptMessage({ kms, keyId: 'alias/files', context: { a: 'b' }, frameLength: 16 }, bytesSource(randomBytes(40)), enc);
    const msg = enc.bytes();
    for (let i = 0; i < msg.length; i++) {
      const bad = msg.slice();
      bad[i]! ^= 0x01 << (i % 8);
      await expectRejected(kms, bad);
    }
  }, 60000);

  it('names a flipped ciphertext byte, a reordered frame, a truncated file and trailing bytes', async () => {
    const { kms } = await envelopeLab();
    const F = 4096;
    const enc = new MemorySink();
    const e = await encryptMessage({ kms, keyId: 'alias/files', frameLength: F }, bytesSource(randomBytes(3 * F + 5)), enc);
    const msg = enc.bytes();
    const flipped = msg.slice();
    flipped[e.headerBytes + 40]! ^= 0x80;
    expect((await expectRejected(kms, flipped, 'FrameAuthFailed')).message).toMatch(/^Frame 1 \(bytes \d+-\d+ of the file\) failed authentication/);
    const flippedFinal = msg.slice();
    flippedFinal[msg.length - 1]! ^= 1;
    expect((await expectRejected(kms, flippedFinal, 'FrameAuthFailed')).message).toMatch(/^The final frame/);
    const R = F + 32;
    const swapped = msg.slice();
    swapped.set(msg.subarray(e.headerBytes + R, e.headerBytes + 2 * R), e.headerBytes);
    swapped.set(msg.subarray(e.headerBytes, e.headerBytes + R), e.headerBytes + R);
    expect((await expectRejected(kms, swapped, 'OutOfOrder')).message).toBe(
      'Frame 1 carries sequence number 2: the frames were reordered, removed or duplicated. Nothing was kept.',
    );
    for (let k = 0; k <= 3; k++) {
      const err = await expectRejected(kms, msg.subarray(0, e.headerBytes + k * R), 'Truncated');
      expect(err.message).toContain(`ends after ${k} frame`);
    }
    await expectRejected(kms, msg.subarray(0, msg.length - 1), 'Truncated');
    await expectRejected(kms, msg.subarray(0, 50), 'Truncated');
    await expectRejected(kms, new Uint8Array([...msg, 0]), 'TrailingData');
  });

  it('checks the commitment and the header tag before asking for anything else', async () => {
    const { kms } = await envelopeLab();
    const enc = new MemorySink();
    const e = await encryptMessage({ kms, keyId: 'alias/files', frameLength: 4096 }, bytesSource(randomBytes(10)), enc);
    const msg = enc.bytes();
    const commit = msg.slice();
    commit[e.headerBytes - 17]! ^= 1; // last byte of the commitment
    await expectRejected(kms, commit, 'CommitmentMismatch');
    const frameLen = msg.slice();
    frameLen[e.headerBytes - 16 - 32 - 1]! ^= 1; // low byte of the frame length
    await expectRejected(kms, frameLen, 'HeaderAuthFailed');
    const tag = msg.slice();
    tag[e.headerBytes - 1]! ^= 1;
    await expectRejected(kms, tag, 'HeaderAuthFailed');
  });
});

describe('KMS refusals', () => {
  async function sealed() {
    const lab = await envelopeLab();
    const enc = new MemorySink();
    await encryptMessage({ kms: lab.kms, keyId: 'alias/files', context: { dept: 'hr' } }, bytesSource(randomBytes(100)), enc);
    return { ...lab, msg: enc.bytes() };
  }

  it('names AccessDeniedException when the caller may not use the key', async () => {
    const { stranger, msg } = await sealed();
    const err = await expectRejected(await stranger('bob'), msg, 'KmsRefused');
    expect(err.kmsCode).toBe('AccessDeniedException');
    expect(err.message).toMatch(
      /^KMS refused to decrypt the data key: AccessDeniedException: User: arn:aws:iam::\d+:user\/bob is not authorized to perform: kms:Decrypt/,
    );
  });

  it('names the KMS error for a disabled key and for the wrong key', async () => {
    const { call, kms, keyId, msg } = await sealed();
    const other = (await call('kms', 'CreateKey')).KeyMetadata.KeyId;
    const wrong = await decryptMessage({ kms, keyId: other }, bytesSource(msg), new MemorySink()).catch((e) => e);
    expect(wrong.kmsCode).toBe('IncorrectKeyException');
    await call('kms', 'DisableKey', { KeyId: keyId });
    const err = await expectRejected(kms, msg, 'KmsRefused');
    expect(err.message).toMatch(/^KMS refused to decrypt the data key: DisabledException/);
  });

  it('aborts the sink when GenerateDataKey is refused', async () => {
    const { stranger } = await envelopeLab();
    const sink = new MemorySink();
    const err = await encryptMessage({ kms: await stranger('bob'), keyId: 'alias/files' }, bytesSource(randomBytes(5)), sink).catch((e) => e);
    expect(err.message).toMatch(/^KMS refused to generate a data key: AccessDeniedException/);
    expect(sink.aborted).toBe(true);
  });

  it('cancels, leaving nothing', async () => {
    const { kms } = await envelopeLab();
    const ac = new AbortController();
    const sink = new MemorySink();
    const err = await encryptMessage(
      { kms, keyId: 'alias/files', frameLength: 4096, signal: ac.signal, onProgress: () => ac.abort() },
      bytesSource(randomBytes(50000)),
      sink,
    ).catch((e) => e);
    expect(err.code).toBe('Cancelled');
    expect(sink.aborted && sink.size === 0).toBe(true);
  });
});
