import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesEqual, concatBytes, fromBase64, fromHex, fromUtf8Strict, toBase64, toHex, utf8 } from './bytes';

describe('base64', () => {
  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const text = toBase64(b);
        expect(text).toBe(Buffer.from(b).toString('base64'));
        expect(bytesEqual(fromBase64(text)!, b)).toBe(true);
      }),
    );
  });

  it('accepts missing padding and line breaks, as AWS CLI output piped through base64 has', () => {
    expect(fromUtf8Strict(fromBase64('aGVsbG8')!)).toBe('hello');
    expect(fromUtf8Strict(fromBase64('aGVs\nbG8=')!)).toBe('hello');
  });

  it.each(['hello world', 'aGVsbG8===', 'a', '****', 'aGVsbG8=x', 'é'])('rejects %j', (s) => {
    expect(fromBase64(s)).toBeUndefined();
  });

  it("decodes and refuses long texts (a request body's blob) exactly as short ones", () => {
    const bytes = Uint8Array.from({ length: 4099 }, (_, i) => (i * 37) & 0xff);
    const text = toBase64(bytes);
    expect(bytesEqual(fromBase64(text)!, bytes)).toBe(true);
    expect(bytesEqual(fromBase64(text.replace(/=+$/, ''))!, bytes)).toBe(true);
    expect(bytesEqual(fromBase64(text.slice(0, 76) + '\r\n' + text.slice(76))!, bytes)).toBe(true);
    // 'Ł' (U+0141) and 'ŭ' (U+016D): a decoder that keeps a character's low byte would read 'A' and 'm'.
    for (const bad of [' ', '\n', '*', '-', '_', 'é', 'Ł', 'ŭ', '=', '\u0000'])
      expect(fromBase64(text.slice(0, 100) + bad + text.slice(101)), `a ${JSON.stringify(bad)} inside`).toBeUndefined();
    expect(fromBase64(text.slice(0, 101))).toBeUndefined();
  });
});

describe('hex, utf8, concat', () => {
  it('hex round-trips and rejects odd or non-hex input', () => {
    expect(toHex(fromHex('00ff10')!)).toBe('00ff10');
    expect(fromHex('abc')).toBeUndefined();
    expect(fromHex('zz')).toBeUndefined();
  });
  it('strict UTF-8 refuses invalid bytes', () => {
    expect(fromUtf8Strict(new Uint8Array([0xff, 0xfe]))).toBeUndefined();
    expect(fromUtf8Strict(utf8('Grüße'))).toBe('Grüße');
  });
  it('concatenates and compares', () => {
    const c = concatBytes(utf8('ab'), new Uint8Array(0), utf8('c'));
    expect(bytesEqual(c, utf8('abc'))).toBe(true);
    expect(bytesEqual(c, utf8('abd'))).toBe(false);
    expect(bytesEqual(c, utf8('ab'))).toBe(false);
  });
});
