import { describe, expect, it } from 'vitest';
import { Scrollback, visible } from './scrollback';

const text = (s: Scrollback) => s.lines().map((l) => l.segments.map((g) => `${g.kind}:${g.text}`).join('|'));

describe('scrollback', () => {
  it('splits writes into lines, merging runs of the same kind and keeping kinds apart', () => {
    const s = new Scrollback();
    s.write('prompt', '$ ');
    s.write('input', 'ls\n');
    s.write('out', 'a ');
    s.write('out', 'b\nc');
    s.write('err', 'oops\n');
    expect(text(s)).toEqual(['prompt:$ |input:ls', 'out:a b', 'out:c|err:oops']);
  });

  it('keeps an unfinished line open, and ensureNewline ends it only when it has text', () => {
    const s = new Scrollback();
    s.write('out', 'no newline');
    expect(s.atLineStart).toBe(false);
    s.ensureNewline();
    s.ensureNewline();
    s.write('out', 'next\n');
    expect(text(s)).toEqual(['out:no newline', 'out:next']);
    expect(s.atLineStart).toBe(true);
  });

  it('keeps empty lines (a blank line of output is a line)', () => {
    const s = new Scrollback();
    s.write('out', 'a\n\nb\n');
    expect(s.lines().map((l) => l.segments.length)).toEqual([1, 0, 1]);
  });

  it('drops the oldest lines beyond the cap; ids stay unique', () => {
    const s = new Scrollback(3);
    s.write('out', '1\n2\n3\n4\n5\n');
    expect(text(s)).toEqual(['out:3', 'out:4', 'out:5']);
    expect(new Set(s.lines().map((l) => l.id)).size).toBe(3);
    s.write('out', Array.from({ length: 20 }, (_, i) => `${i}\n`).join(''));
    expect(text(s)).toEqual(['out:17', 'out:18', 'out:19']);
  });

  it('cuts a very long line and says how much is not shown', () => {
    const s = new Scrollback(10, 5);
    s.write('out', 'abc');
    s.write('out', 'defgh\nok\n');
    expect(text(s)).toEqual(['out:abcde|note: [3 more characters not shown]', 'out:ok']);
  });

  it('returns the same array until something changes, and never mutates a line already returned', () => {
    const s = new Scrollback();
    s.write('out', 'a');
    const first = s.lines();
    expect(s.lines()).toBe(first);
    const openLine = first[0]!;
    s.write('out', 'b');
    expect(s.lines()).not.toBe(first);
    expect(openLine.segments[0]!.text).toBe('a');
    s.clear();
    expect(s.lines()).toEqual([]);
  });

  it('shows control characters as their pictures, never as themselves', () => {
    expect(visible('a\u0000b\u001b[31mc\u007f\td\r\ne\rf\n')).toBe('a\u2400b\u241b[31mc\u2421\td\ne\u240df\n');
  });

  it('shows the right-to-left override and other hidden characters as their code point, so a name reads as it is', () => {
    // "invoice\u202Efdp.exe" would read as "invoiceexe.pdf".
    expect(visible('invoice\u202efdp.exe')).toBe('invoice⟨U+202E⟩fdp.exe');
    expect(visible('\u2066a\u2069\u200f\u061c\u0085\u200b\ufeff')).toBe('⟨U+2066⟩a⟨U+2069⟩⟨U+200F⟩⟨U+061C⟩⟨U+0085⟩⟨U+200B⟩⟨U+FEFF⟩');
    // Joiners are part of writing (emoji, Indic scripts): kept.
    expect(visible('👩\u200d💻 क\u200dष')).toBe('👩\u200d💻 क\u200dष');
  });
});
