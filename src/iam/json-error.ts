/**
 * Finds where a JSON text stops being valid JSON (RFC 8259), with a short reason.
 * JSON.parse's messages differ per engine (V8 gives a position, Firefox a line and column,
 * Safari neither), so the console gets its line and column from this small scanner instead.
 */
export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (reason: string): never => {
    throw new Stop(i, i >= text.length ? `unexpected end of the document: ${reason}` : reason);
  };
  const expect = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected character ${show(text[i])}`);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c.charCodeAt(0) < 0x20) fail('control character inside a string (use \\n, \\t ...)');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('invalid escape sequence in a string');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === '-' || m[0] === '') fail(`unexpected character ${show(text[i])}`);
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(c === undefined ? 'expected a value' : `unexpected character ${show(c)}, expected a value`);
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === '}') return void i++;
    for (;;) {
      ws();
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${show(text[i])}`);
      string();
      ws();
      if (text[i] !== ':') fail(`expected ':' after the property name, found ${show(text[i])}`);
      i++;
      value();
      ws();
      if (text[i] === ',') {
        const comma = i++;
        ws();
        if (text[i] === '}') throw new Stop(comma, "trailing comma before '}'");
        continue;
      }
      if (text[i] === '}') return void i++;
      fail(`expected ',' or '}' after a property value, found ${show(text[i])}`);
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === ']') return void i++;
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        const comma = i++;
        ws();
        if (text[i] === ']') throw new Stop(comma, "trailing comma before ']'");
        continue;
      }
      if (text[i] === ']') return void i++;
      fail(`expected ',' or ']' after an array element, found ${show(text[i])}`);
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${show(text[i])} after the end of the document`);
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { offset: e.at, ...lineColumn(text, e.at), reason: e.reason };
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      start = k + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const show = (c: string | undefined) => (c === undefined ? 'end of text' : JSON.stringify(c));
