import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from '@/core';
import { decryptMessage, encryptMessage } from './kms-envelope';
import { bytesSource, MemorySink } from './memory';
import { EXPLAIN, type FieldKind } from './message-explain';
import { mapHeader, mapMessage, type MessageField } from './message-map';
import { envelopeLab, randomBytes } from './testing';

const F = 4096;

async function sealed(size: number, context: Record<string, string>) {
  const lab = await envelopeLab();
  const sink = new MemorySink();
  const e = await encryptMessage({ kms: lab.kms, keyId: 'alias/files', context, frameLength: F }, bytesSource(randomBytes(size)), sink);
  return { lab, e, bytes: sink.bytes() };
}

/** Each field's bytes are the message's bytes at its offset (a frame's content: its first bytes). */
function expectBytesAt(message: Uint8Array, f: MessageField) {
  expect(toHex(f.bytes), f.id).toBe(toHex(message.subarray(f.offset, f.offset + f.bytes.length)));
  if (f.kind !== 'frame-content') expect(f.bytes.length, f.id).toBe(f.length);
}

function expectContiguous(fields: MessageField[], start: number, end: number) {
  let at = start;
  for (const f of fields) {
    expect(f.offset, f.id).toBe(at);
    at += f.length;
  }
  expect(at).toBe(end);
}

describe('the stored message, annotated byte by byte', () => {
  it('annotates every header field of a real message with its offset, bytes and decoded value', async () => {
    const { e, bytes } = await sealed(2.5 * F, { team: 'blue', purpose: 'demo' });
    const map = mapMessage(e.header, e.samples, e.frames, bytes.length);
    expect(map.headerLength).toBe(e.headerBytes);
    expectContiguous(map.header, 0, e.headerBytes);
    for (const f of map.header) expectBytesAt(bytes, f);
    const byId = Object.fromEntries(map.header.map((f) => [f.id, f]));
    expect(map.header.map((f) => f.id)).toEqual([
      'version',
      'suite',
      'message-id',
      'context-length',
      'context-count',
      'context-pair.1',
      'context-pair.2',
      'edk-count',
      'edk-provider-id',
      'edk-provider-info',
      'edk-ciphertext',
      'content-type',
      'frame-length',
      'commitment',
      'header-tag',
    ]);
    expect(toHex(byId.version!.bytes)).toBe('02');
    expect(toHex(byId.suite!.bytes)).toBe('0478');
    expect(byId.suite!.value).toMatch(/^0x0478: AES-256-GCM, HKDF-SHA512, key commitment/);
    // Pairs are stored sorted by key, as the format requires.
    expect([byId['context-pair.1']!.value, byId['context-pair.2']!.value]).toEqual(['purpose = demo', 'team = blue']);
    expect(byId['context-count']!.value).toBe('2 pairs');
    expect(byId['edk-provider-id']!.value).toBe('aws-kms');
    expect(toHex(byId['edk-provider-id']!.bytes)).toBe('0007' + toHex(utf8('aws-kms')));
    expect(byId['edk-provider-info']!.value).toBe(e.keyArn);
    expect(byId['edk-ciphertext']!.prefixLength).toBe(2);
    expect(toHex(byId['edk-ciphertext']!.bytes.subarray(2))).toBe(toHex(e.encryptedDataKey));
    expect(byId['frame-length']!.value).toBe('4,096 bytes');
    expect(byId['content-type']!.value).toBe('2 (framed)');
    expect(toHex(byId['header-tag']!.bytes)).toBe(toHex(bytes.subarray(e.headerBytes - 16, e.headerBytes)));
    for (const f of map.header) {
      expect(f.explain, f.id).toBe(EXPLAIN[f.kind].text);
      expect(f.name, f.id).toBe(EXPLAIN[f.kind].name);
    }
  });

  it('lays out the first frames and the final frame where they are in the file, with their IVs and tags', async () => {
    const { e, bytes } = await sealed(2.5 * F, { purpose: 'demo' });
    const map = mapMessage(e.header, e.samples, e.frames, bytes.length);
    expect(map.frameCount).toBe(3);
    expect(map.frames.map((f) => [f.seq, f.final, f.offset, f.length])).toEqual([
      [1, false, e.headerBytes, F + 32],
      [2, false, e.headerBytes + F + 32, F + 32],
      [3, true, e.headerBytes + 2 * (F + 32), F / 2 + 40],
    ]);
    expect(map.frames.at(-1)!.offset + map.frames.at(-1)!.length).toBe(bytes.length);
    for (const frame of map.frames) {
      expectContiguous(frame.fields, frame.offset, frame.offset + frame.length);
      for (const f of frame.fields) expectBytesAt(bytes, f);
    }
    const final = Object.fromEntries(map.frames[2]!.fields.map((f) => [f.kind, f]));
    expect(toHex(final['final-marker']!.bytes)).toBe('ffffffff');
    expect(final['frame-iv']!.value).toBe('000000000000000000000003');
    expect(final['frame-content-length']!.value).toBe('2,048 bytes');
    expect(final['frame-content']!.bytes.length).toBe(16);
    const kinds = new Set([...map.header, ...map.frames.flatMap((f) => f.fields)].map((f) => f.kind));
    expect([...kinds].sort()).toEqual((Object.keys(EXPLAIN) as FieldKind[]).sort());
  });

  it('decrypting samples the same frames the encryption wrote', async () => {
    const { lab, e, bytes } = await sealed(3 * F, {});
    const d = await decryptMessage({ kms: lab.kms }, bytesSource(bytes), new MemorySink());
    const strip = (s: typeof e.samples) => s.map((x) => ({ ...x, iv: toHex(x.iv), tag: toHex(x.tag), contentHead: toHex(x.contentHead) }));
    expect(strip(d.samples)).toEqual(strip(e.samples));
    expect(d.frames).toBe(4);
    expect(toHex(d.header)).toBe(toHex(e.header));
    // A multiple of the frame length ends with an empty final frame; no context means no context bytes.
    const final = mapMessage(d.header, d.samples, d.frames, bytes.length).frames.at(-1)!;
    expect(final.fields.find((f) => f.kind === 'frame-content')).toMatchObject({ length: 0, value: 'empty' });
    const header = mapHeader(d.header).fields;
    expect(header.find((f) => f.id === 'context-length')!.value).toBe('0: no encryption context');
    expect(header.some((f) => f.kind === 'context-pair' || f.kind === 'context-count')).toBe(false);
  });

  it('refuses bytes that are not a whole v2 header', async () => {
    const { e } = await sealed(10, {});
    expect(() => mapHeader(e.header.subarray(0, 40))).toThrow();
    const wrongSuite = e.header.slice();
    wrongSuite[1] = 0x05;
    expect(() => mapHeader(wrongSuite)).toThrow(/Algorithm suite 0x0578 is not supported/);
  });
});
