import { describe, expect, it } from 'vitest';
import { parseLine, type ParsedLine } from './parse';
import { placeholderValue, prescan, ShellSyntaxError } from './prescan';

/** The words of each simple command, with placeholders shown as $N. */
const shape = (p: ParsedLine) =>
  p.list.map((item) => ({
    join: item.join,
    pipeline: item.pipeline.map((c) => ({
      words: c.words.map((w) => (w.glob ? `glob:${w.text}` : w.text.replace(/\uE001(\d+)\uE002/g, '$$$1'))),
      redirects: c.redirects,
    })),
  }));

const syntax = (line: string) => {
  try {
    parseLine(line);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return e.message;
    throw e;
  }
  return 'parsed';
};

describe('tokenizing', () => {
  it('splits words and honours quotes and escapes', () => {
    const p = parseLine(`echo "a b" 'c  d' e\\ f "it's" 'say "hi"' "" x""y`);
    expect(shape(p)[0]!.pipeline[0]!.words).toEqual(['echo', 'a b', 'c  d', 'e f', "it's", 'say "hi"', '', 'xy']);
  });

  it('records expansions with their quoting, in order', () => {
    const p = parseLine('echo $HOME "${USER}x" \'$NOT\' $? $(date) "$(ls -l)" `pwd` ~/f');
    expect(shape(p)[0]!.pipeline[0]!.words).toEqual(['echo', '$0', '$1x', '$NOT', '$2', '$3', '$4', '$5', '$6/f']);
    expect(p.expansions).toEqual([
      { kind: 'var', value: 'HOME', quoted: false },
      { kind: 'var', value: 'USER', quoted: true },
      { kind: 'var', value: '?', quoted: false },
      { kind: 'cmd', value: 'date', quoted: false },
      { kind: 'cmd', value: 'ls -l', quoted: true },
      { kind: 'cmd', value: 'pwd', quoted: false },
      { kind: 'var', value: 'HOME', quoted: true },
    ]);
  });

  it('keeps the course pattern KEY_ID=$(aws ... --output text) as one word', () => {
    const p = parseLine('KEY_ID=$(aws kms create-key --query KeyMetadata.KeyId --output text)');
    expect(shape(p)[0]!.pipeline[0]!.words).toEqual(['KEY_ID=$0']);
    expect(p.expansions[0]).toEqual({ kind: 'cmd', value: 'aws kms create-key --query KeyMetadata.KeyId --output text', quoted: false });
  });

  it('nests command substitutions and quotes inside them', () => {
    const p = parseLine('echo $(echo "$(echo ")")")');
    expect(p.expansions[0]!.value).toBe('echo "$(echo ")")"');
  });

  it('treats # as a comment only at the start of a word, and a lone $ literally', () => {
    expect(shape(parseLine('echo a#b # comment'))[0]!.pipeline[0]!.words).toEqual(['echo', 'a#b']);
    expect(shape(parseLine('echo $ a$'))[0]!.pipeline[0]!.words).toEqual(['echo', '$', 'a$']);
  });

  it('leaves unquoted * and ? as globs', () => {
    expect(shape(parseLine('ls *.txt "*.md" a?'))[0]!.pipeline[0]!.words).toEqual(['ls', 'glob:*.txt', '*.md', 'glob:a?']);
  });

  it('uses placeholders that cannot be typed', () => {
    expect(prescan('echo $X').text).toBe('echo ${__k0}');
    expect(placeholderValue(3)).toBe('\uE0013\uE002');
  });
});

describe('lists, pipelines and redirections', () => {
  it('parses ;, &&, || and |', () => {
    const p = shape(parseLine('a | b; c && d || e'));
    expect(p.map((i) => i.join)).toEqual([';', ';', '&&', '||']);
    expect(p[0]!.pipeline.map((c) => c.words)).toEqual([['a'], ['b']]);
  });

  it('glues a file descriptor to its redirection, 2>file included', () => {
    const [cmd] = shape(parseLine('cmd > out 2>err 2>> log >>all < in 2>&1 >&2 &>both'))[0]!.pipeline;
    expect(cmd!.words).toEqual(['cmd']);
    expect(cmd!.redirects).toEqual([
      { kind: 'file', fd: 1, path: { text: 'out' }, mode: 'write' },
      { kind: 'file', fd: 2, path: { text: 'err' }, mode: 'write' },
      { kind: 'file', fd: 2, path: { text: 'log' }, mode: 'append' },
      { kind: 'file', fd: 1, path: { text: 'all' }, mode: 'append' },
      { kind: 'file', fd: 0, path: { text: 'in' }, mode: 'read' },
      { kind: 'dup', fd: 2, to: 1 },
      { kind: 'dup', fd: 1, to: 2 },
      { kind: 'both', path: { text: 'both' }, mode: 'write' },
    ]);
  });

  it('keeps a digit that is an argument (echo 2 > f)', () => {
    const [cmd] = shape(parseLine('echo 2 > f'))[0]!.pipeline;
    expect(cmd!.words).toEqual(['echo', '2']);
    expect(cmd!.redirects[0]).toMatchObject({ fd: 1 });
  });
});

describe("bash's syntax errors", () => {
  it('reports unbalanced quotes like bash at end of input', () => {
    expect(syntax('echo "abc')).toBe('unexpected EOF while looking for matching `"\'\nbash: syntax error: unexpected end of file');
    expect(syntax("echo 'abc")).toBe("unexpected EOF while looking for matching `''\nbash: syntax error: unexpected end of file");
    expect(syntax('echo $(ls')).toBe("unexpected EOF while looking for matching `)'\nbash: syntax error: unexpected end of file");
    expect(syntax('echo `ls')).toBe("unexpected EOF while looking for matching ``'\nbash: syntax error: unexpected end of file");
  });

  it('reports misplaced operators', () => {
    expect(syntax('| echo')).toBe("syntax error near unexpected token `|'");
    expect(syntax('echo a ;; b')).toBe("syntax error near unexpected token `;;'");
    expect(syntax('echo >')).toBe("syntax error near unexpected token `newline'");
    expect(syntax(';')).toBe("syntax error near unexpected token `;'");
    expect(syntax('echo a |')).toBe('syntax error: unexpected end of file');
    expect(syntax('echo a &&')).toBe('syntax error: unexpected end of file');
  });

  it('says plainly what this shell does not do', () => {
    expect(syntax('sleep 1 &')).toBe('background jobs (&) are not supported in this shell');
    expect(syntax('(cd /tmp)')).toBe('subshells ( ... ) are not supported in this shell');
    expect(syntax('cat <<EOF')).toBe('here-documents (<<) are not supported in this shell');
    expect(syntax('echo $((1+2))')).toBe('$((...)): arithmetic expansion is not supported in this shell');
    expect(syntax('echo ${X:-d}')).toBe('${X:-d}: bad substitution');
  });

  it('knows which errors more input could fix', () => {
    expect(() => parseLine('echo "a')).toThrow(expect.objectContaining({ incomplete: true }));
    expect(() => parseLine('| a')).toThrow(expect.objectContaining({ incomplete: false }));
  });
});
