import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwsError } from './errors';
import { blob, fromWire, int, list, map, str, struct, timestamp, toWire, toWireJson, validate } from './shapes';
import { fromBase64, toBase64 } from './bytes';

const shape = struct(
  {
    KeyId: str({ min: 1, max: 8 }),
    KeySpec: str({ enum: ['AES_256', 'AES_128'] }),
    Plaintext: blob({ min: 1, max: 4, sensitive: true }),
    NumberOfBytes: int({ min: 1, max: 1024 }),
    Name: str({ pattern: '[\\w]+' }),
    Tags: list(struct({ TagKey: str({ min: 1, max: 3 }) }, ['TagKey']), { max: 2 }),
    Context: map(str(), str()),
  },
  ['KeyId'],
);

const message = (input: Record<string, unknown>) => {
  try {
    validate(shape, input);
    return undefined;
  } catch (e) {
    return (e as AwsError).message;
  }
};

describe('validate', () => {
  it('words violations as AWS (Coral) does', () => {
    expect(message({ KeyId: 'k', KeySpec: 'AES_257' })).toBe(
      "1 validation error detected: Value 'AES_257' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]",
    );
    expect(message({ KeyId: 'k', NumberOfBytes: 2048 })).toBe(
      "1 validation error detected: Value '2048' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    );
    expect(message({})).toBe("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
  });

  it('never shows a sensitive value', () => {
    expect(message({ KeyId: 'k', Plaintext: new Uint8Array(5) })).toBe(
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4",
    );
  });

  it('matches patterns against the whole value', () => {
    expect(message({ KeyId: 'k', Name: 'invalid-name' })).toMatch(/Value 'invalid-name' at 'name' .*pattern: \[\\w\]\+/);
    expect(message({ KeyId: 'k', Name: 'default' })).toBeUndefined();
  });

  it('counts several violations and paths into lists', () => {
    expect(message({ KeyId: '123456789', Tags: [{ TagKey: 'ok' }, { TagKey: 'long' }] })).toBe(
      "2 validation errors detected: Value '123456789' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 8; " +
        "Value 'long' at 'tags.2.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 3",
    );
  });

  it('uses the service-specific error code', () => {
    expect(() => validate(shape, {}, 'ValidationError')).toThrow(expect.objectContaining({ code: 'ValidationError' }));
  });
});

describe('wire conversion', () => {
  it('decodes blobs and drops unknown members', () => {
    const input = fromWire(shape, { KeyId: 'k', Plaintext: 'aGk=', Unknown: 1 }, fromBase64);
    expect(input).toEqual({ KeyId: 'k', Plaintext: new Uint8Array([104, 105]) });
  });

  it.each([
    [{ KeyId: 5 }],
    [{ KeyId: 'k', Plaintext: 'not base64!' }],
    [{ KeyId: 'k', NumberOfBytes: '12' }],
    [{ KeyId: 'k', NumberOfBytes: 1.5 }],
    [{ KeyId: 'k', Tags: {} }],
    [{ KeyId: 'k', Context: [] }],
    [[]],
    ['text'],
  ])('refuses wrong JSON types with SerializationException: %j', (json) => {
    expect(() => fromWire(shape, json, fromBase64)).toThrow(expect.objectContaining({ code: 'SerializationException' }));
  });

  it('reads a timestamp as epoch seconds, and refuses one no date can hold with SerializationException', () => {
    const dated = struct({ ValidTo: timestamp() });
    expect(fromWire(dated, { ValidTo: 1767225600.5 }, fromBase64)).toEqual({ ValidTo: new Date(1767225600500) });
    // A JavaScript date holds 8.64e15 ms either side of 1970: one second more is no date (found by bad-input.property.test.ts).
    for (const ValidTo of [-8640000000000.001, 8640000000001, Number.MAX_VALUE])
      expect(() => fromWire(dated, { ValidTo }, fromBase64)).toThrow(expect.objectContaining({ code: 'SerializationException' }));
  });

  it('writes the answer text in one pass exactly as JSON.stringify of the wire value', () => {
    const wireValue = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }),
        fc.uint8Array({ maxLength: 70 }),
        fc.date(),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(wireValue, (v) => {
        expect(toWireJson(v, toBase64)).toBe(JSON.stringify(toWire(v, toBase64)));
      }),
      { numRuns: 300 },
    );
    expect(toWireJson({ CiphertextBlob: new Uint8Array(4096).fill(7), KeyId: 'a"b\\c\u2028', N: undefined }, toBase64)).toBe(
      JSON.stringify({ CiphertextBlob: toBase64(new Uint8Array(4096).fill(7)), KeyId: 'a"b\\c\u2028' }),
    );
  });

  it('encodes bytes as base64 and dates as epoch seconds', () => {
    expect(toWire({ B: new Uint8Array([1, 2]), D: new Date(1500), U: undefined, L: [new Uint8Array([3])] }, toBase64)).toEqual({
      B: 'AQI=',
      D: 1.5,
      L: ['Aw=='],
    });
  });
});
