import { describe, expect, it } from 'vitest';
import { parseLine, type ParsedLine, type SimpleCommand } from './parse';
import { placeholderValue, prescan, ShellSyntaxError } from './prescan';

/** The words of each simple command, with placeholders shown as $N. */
const shape = (p: ParsedLine) =>
  p.list.map((item) => ({
    join: item.join,
    pipeline: (item.pipeline as SimpleCommand[]).map((c) => ({
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

describe('compound commands and here-documents', () => {
  it('parses for, while, until, if and subshells, across lines too', () => {
    const [item] = parseLine('for f in *.txt a; do echo $f; done > out').list;
    expect(item!.pipeline[0]).toMatchObject({ kind: 'for', name: 'f', items: [{ text: '*.txt', glob: true }, { text: 'a' }] });
    expect(item!.pipeline[0]!.redirects).toEqual([{ kind: 'file', fd: 1, path: { text: 'out' }, mode: 'write' }]);
    expect(parseLine('while read l\ndo\n  echo $l\ndone').list[0]!.pipeline[0]).toMatchObject({ kind: 'while' });
    expect(parseLine('(cd d; ls) | wc -l').list[0]!.pipeline.map((c) => c.kind)).toEqual(['subshell', undefined]);
    expect(parseLine('if a; then b; elif c; then d; else e; fi').list[0]!.pipeline[0]).toMatchObject({ kind: 'if', branches: [{}, {}], otherwise: [{}] });
  });

  it('turns a here-document into standard input, expanded unless its word is quoted', () => {
    const [open] = parseLine('cat > p.json <<EOF\n{"a": "$X"}\nEOF').list;
    const redirect = (open!.pipeline[0] as SimpleCommand).redirects[1]!;
    expect(redirect).toMatchObject({ kind: 'string', heredoc: true });
    expect(redirect.kind === 'string' && redirect.word.text.replace(/\uE001(\d+)\uE002/g, '$$$1')).toBe('{"a": "$0"}\n');
    const [quoted] = parseLine("cat <<'EOF'\n$X\nEOF").list;
    expect((quoted!.pipeline[0] as SimpleCommand).redirects[0]).toMatchObject({ word: { text: '$X\n' } });
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
    expect(syntax('echo $((1+2))')).toBe('$((...)): arithmetic expansion is not supported in this shell');
    expect(syntax('echo ${X:-d}')).toBe('${X:-d}: bad substitution');
  });

  it('knows which errors more input could fix', () => {
    expect(() => parseLine('echo "a')).toThrow(expect.objectContaining({ incomplete: true }));
    expect(() => parseLine('| a')).toThrow(expect.objectContaining({ incomplete: false }));
    for (const open of ['for x in a b; do', 'for x in a b; do\necho $x', 'while true', '(echo a', 'if true; then echo', 'cat <<EOF\nline', 'for x'])
      expect(() => parseLine(open), open).toThrow(expect.objectContaining({ incomplete: true }));
  });

  // Each message checked with bash 5.2 (bash -c LINE prints the same after its "line N: " prefix).
  it.each([
    ['for x in a; do; done', "syntax error near unexpected token `;'"],
    ['done', "syntax error near unexpected token `done'"],
    ['for 1x in a; do echo; done', "`1x': not a valid identifier"],
    ['while true; do echo', 'syntax error: unexpected end of file'],
    ['(echo a', 'syntax error: unexpected end of file'],
    ['echo a)', "syntax error near unexpected token `)'"],
    ['( )', "syntax error near unexpected token `)'"],
    ['if true; then echo; fi fi', "syntax error near unexpected token `fi'"],
    ['if true; then; fi', "syntax error near unexpected token `;'"],
    ['for x in a b; echo $x; done', "syntax error near unexpected token `echo'"],
    ['(echo) echo', "syntax error near unexpected token `echo'"],
    ['echo (a)', "syntax error near unexpected token `a'"],
    ['echo a (b)', "syntax error near unexpected token `('"],
    ['cat <<', "syntax error near unexpected token `newline'"],
  ])('compound commands: %s', (line, message) => {
    expect(syntax(line)).toBe(message);
  });
});
