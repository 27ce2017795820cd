import { describe, expect, it } from 'vitest';
import { lineColumn, locateJsonError } from './json-error';

describe('locateJsonError', () => {
  it('accepts valid JSON', () => {
    for (const t of ['{}', '[1, -2.5e3, true, false, null]', ' {"a": {"b": ["\\u00e9\\n"]}} ']) expect(locateJsonError(t)).toBeUndefined();
  });

  it('points at the first invalid character', () => {
    expect(locateJsonError('{"a": 1,\n "b" 2}')).toMatchObject({ line: 2, column: 6, reason: expect.stringContaining("expected ':'") });
    expect(locateJsonError('{"a": tru}')).toMatchObject({ offset: 6 });
    expect(locateJsonError('[1 2]')).toMatchObject({ column: 4, reason: expect.stringContaining("expected ',' or ']'") });
    expect(locateJsonError('{"a": "x\ny"}')).toMatchObject({ reason: expect.stringContaining('control character') });
    expect(locateJsonError('{"a": "\\x"}')).toMatchObject({ column: 8, reason: expect.stringContaining('invalid escape') });
    expect(locateJsonError('{} x')).toMatchObject({ column: 4, reason: expect.stringContaining('after the end') });
    expect(locateJsonError('{"a": [1,]}')).toMatchObject({ reason: "trailing comma before ']'" });
    expect(locateJsonError('{"a": ')).toMatchObject({ reason: expect.stringContaining('unexpected end') });
    expect(locateJsonError('{"a": 01}')).toMatchObject({ column: 8 });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{"a":1}', '{"a":1,}', '[', '"x"', '-', '1.', '{"a":"b"}}', '\t[ ]\n', 'nul'];
    for (const s of samples) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(locateJsonError(s) === undefined, s).toBe(valid);
    }
  });

  it('computes 1-based lines and columns', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
