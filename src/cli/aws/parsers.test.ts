/** The Python pieces the CLI depends on, checked against what Python/awscli produce. */
import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { ArgParseError, parseKnownArgs, type Action } from './argparse';
import { closeMatches, ratio } from './difflib';
import { pyB64decode, pyInt, pyRepr, pyStr, pyType } from './py';
import { pyJsonLoads } from './pyjson';
import { backCompat, parseShorthand } from './shorthand';

const err = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('shorthand syntax (awscli/shorthand.py)', () => {
  it('parses what the CLI parses', () => {
    expect(parseShorthand('a=b')).toEqual({ a: 'b' });
    expect(parseShorthand('a=b,c')).toEqual({ a: ['b', 'c'] });
    expect(parseShorthand('a=b,c=d')).toEqual({ a: 'b', c: 'd' });
    expect(parseShorthand('a=[b,c],d={e=f,g=h}')).toEqual({ a: ['b', 'c'], d: { e: 'f', g: 'h' } });
    expect(parseShorthand(`a='x,y',b="q\\"r"`)).toEqual({ a: 'x,y', b: 'q"r' });
    expect(parseShorthand('a=b,,c=d')).toEqual({ a: 'b', c: 'd' });
    expect(parseShorthand('a=b c')).toEqual({ a: 'b c' });
    expect(parseShorthand('k=v\\,w')).toEqual({ k: 'v,w' });
    expect(parseShorthand('a= b ,c=d ')).toEqual({ a: 'b', c: 'd' });
    expect(parseShorthand('a=b,c,d=e,f')).toEqual({ a: ['b', 'c'], d: ['e', 'f'] });
  });

  it('fails with its messages', () => {
    expect(err(() => parseShorthand('a=b,a=c'))).toBe(
      'Second instance of key "a" encountered for input:\na=b,a=c\n    ^\nThis is often because there is a preceding "," instead of a space.',
    );
    expect(err(() => parseShorthand('a'))).toBe("Expected: '=', received: 'EOF' for input:\na\n ^");
    expect(err(() => parseShorthand('a=[b'))).toBe("Expected: ',', received: 'EOF' for input:\na=[b\n    ^");
  });

  it('adapts values to the model like BackCompatVisitor', () => {
    const shape = {
      type: 'structure' as const,
      members: { N: { type: 'integer' as const }, B: { type: 'boolean' as const }, L: { type: 'list' as const, member: { type: 'integer' as const } } },
    };
    expect(backCompat({ N: '5', B: 'TRUE', L: '7' }, shape)).toEqual({ N: 5, B: true, L: ['7'] });
    expect(backCompat({ B: 'yes' }, shape)).toEqual({ B: 'yes' });
  });
});

describe('Python behaviours', () => {
  it('str(), repr() and type names', () => {
    expect([pyStr(true), pyStr(null), pyStr(2.5), pyStr(3), pyStr('x')]).toEqual(['True', 'None', '2.5', '3', 'x']);
    expect(pyRepr({ a: ['b', 1, false], "it's": 'x' })).toBe(`{'a': ['b', 1, False], "it's": 'x'}`);
    expect(pyRepr(new Uint8Array([104, 0, 39]))).toBe("b'h\\x00\\''");
    expect([pyType(1), pyType(1.5), pyType('s'), pyType([]), pyType({}), pyType(null)]).toEqual([
      "<class 'int'>",
      "<class 'float'>",
      "<class 'str'>",
      "<class 'list'>",
      "<class 'dict'>",
      "<class 'NoneType'>",
    ]);
  });

  it('int() accepts what Python accepts', () => {
    expect([pyInt(' 42 '), pyInt('-1_000'), pyInt('+7')]).toEqual([42, -1000, 7]);
    expect(err(() => pyInt('1.5'))).toBe("invalid literal for int() with base 10: '1.5'");
  });

  it('b64decode skips non-alphabet characters and rejects bad lengths', () => {
    expect(pyB64decode('aGVs bG8=')).toEqual(utf8('hello'));
    expect(pyB64decode('aGk=garbage-after-padding')).toEqual(utf8('hi'));
    expect(pyB64decode('aGVsbG8')).toBeUndefined();
    expect(pyB64decode('hello')).toBeUndefined();
    expect(pyB64decode('hell')).toEqual(new Uint8Array([133, 233, 101]));
    expect(pyB64decode('é')).toBeUndefined();
  });

  it('json.loads errors carry Python positions', () => {
    expect(pyJsonLoads('{"a": [1, 2.5, true, null], "b": {}}')).toEqual({ a: [1, 2.5, true, null], b: {} });
    const cases: [string, string][] = [
      ['', 'Expecting value: line 1 column 1 (char 0)'],
      ['{a:1}', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
      ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
      ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
      ['{"a":1,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
      ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
      ['"a\\qb"', 'Invalid \\escape: line 1 column 3 (char 2)'],
      ['"a\tb"', 'Invalid control character at: line 1 column 3 (char 2)'],
      ['{"a":1}\n x', 'Extra data: line 2 column 2 (char 9)'],
      ['01', 'Extra data: line 1 column 2 (char 1)'],
    ];
    for (const [doc, message] of cases)
      expect(
        err(() => pyJsonLoads(doc)),
        doc,
      ).toBe(message);
  });

  it("difflib's close matches", () => {
    expect(ratio('abcd', 'bcde')).toBe(0.75);
    expect(closeMatches('lst-keys', ['list-keys', 'list-aliases', 'describe-key', 'help'], 3, 0.8)).toEqual(['list-keys']);
    expect(closeMatches('decript', ['encrypt', 'decrypt', 're-encrypt'], 3, 0.8)).toEqual(['decrypt']);
  });
});

describe('argparse', () => {
  const actions: Action[] = [
    { dest: 'key_id', optionStrings: ['--key-id'], nargs: 1, required: true },
    { dest: 'tags', optionStrings: ['--tags'], nargs: '*' },
    { dest: 'flag', optionStrings: ['--flag'], nargs: 0, constValue: true },
    { dest: 'flag', optionStrings: ['--no-flag'], nargs: 0, constValue: false },
    { dest: 'help', optionStrings: [], nargs: '?' },
  ];
  it('consumes options anywhere, lists greedily, flags without values', () => {
    expect(parseKnownArgs(actions, ['--tags', 'a', 'b', '--key-id=k', '--flag', '--no-flag'])).toEqual({
      ns: { key_id: 'k', tags: ['a', 'b'], flag: false, help: undefined },
      extras: [],
    });
    expect(parseKnownArgs(actions, ['--key-id', '-5']).ns.key_id).toBe('-5');
    expect(parseKnownArgs(actions, ['--key-id', 'k', '--other', 'x', 'help'])).toEqual({
      ns: { key_id: 'k', tags: undefined, flag: undefined, help: 'x' },
      extras: ['--other', 'help'],
    });
  });
  it('raises its errors', () => {
    expect(err(() => parseKnownArgs(actions, []))).toBe('the following arguments are required: --key-id');
    expect(err(() => parseKnownArgs(actions, ['--key-id']))).toBe('argument --key-id: expected one argument');
    expect(err(() => parseKnownArgs(actions, ['--key-id', 'k', '--flag=1']))).toBe("argument --flag: ignored explicit argument '1'");
    expect(err(() => parseKnownArgs([...actions, { dest: 'fl', optionStrings: ['--flute'], nargs: 1 }], ['--fl']))).toBe(
      'ambiguous option: --fl could match --flag, --flute',
    );
    expect(() => parseKnownArgs(actions, [])).toThrow(ArgParseError);
  });
});
