/**
 * The terminal's screen as data: lines of text segments, each marked with what wrote it
 * (stdout, stderr, the prompt and the typed command, the terminal's own notes), so the view can
 * colour them. Output arrives as bytes; the session decodes it as UTF-8 with replacement
 * characters, and `visible()` turns control characters into their Unicode pictures, so binary
 * output (ciphertext written to the terminal) is shown as text, never interpreted: React renders
 * it as text nodes, never as HTML.
 * Characters that would change how other text looks without showing themselves (the bidirectional
 * overrides and isolates such as U+202E, which can make `txt.exe` read as `exe.txt`, C1 controls,
 * invisible spaces) are shown as their code point, `⟨U+202E⟩`.
 * Simplified: no escape sequences (colours, cursor moves); a lone carriage return is shown as ␍.
 * Scrollback is capped (oldest lines go first), and so is one line's length.
 */

export type SegmentKind = 'out' | 'err' | 'prompt' | 'input' | 'note';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

export interface Line {
  /** Stable while the line exists (React key). */
  id: number;
  segments: Segment[];
}

export const SCROLLBACK_LIMIT = 5000;
export const LINE_CHAR_LIMIT = 10_000;

/**
 * Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E-U+200F, U+202A-U+202E,
 * U+2066-U+2069), C1 controls, and invisible characters that are not part of a script's writing
 * (zero width space, word joiner, byte order mark). Zero width (non-)joiners are left alone:
 * scripts and emoji need them.
 */
// Matching control and format characters is the point here.
const HIDDEN = /[\u0080-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** C0 controls but tab and newline, and DEL, as their Unicode control pictures (U+2400 ...); hidden characters as their code point. */
export function visible(text: string): string {
  const unified = text.replace(/\r\n/g, '\n');
  return (
    unified
      // Matching control characters is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))))
      .replace(HIDDEN, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`)
  );
}

export class Scrollback {
  private done: Line[] = [];
  /** The line being written (no newline yet). */
  private open: Segment[] = [];
  private openLength = 0;
  private dropped = 0;
  private nextId = 1;
  private cached: Line[] | undefined;

  constructor(
    private readonly limit = SCROLLBACK_LIMIT,
    private readonly lineLimit = LINE_CHAR_LIMIT,
  ) {}

  /** Appends text (newlines end lines). Text is shown as given: pass it through visible() first. */
  write(kind: SegmentKind, text: string): void {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) this.endLine();
      if (part) this.append(kind, part);
    });
    this.cached = undefined;
  }

  /** Starts a new line unless the cursor is at the start of one (bash's prompt after output without a newline). */
  ensureNewline(): void {
    if (this.open.length || this.dropped) this.endLine();
    this.cached = undefined;
  }

  get atLineStart(): boolean {
    return !this.open.length && !this.dropped;
  }

  clear(): void {
    this.done = [];
    this.open = [];
    this.openLength = 0;
    this.dropped = 0;
    this.cached = undefined;
  }

  /** The lines to show, the unfinished one last; a new array after every change, the same one otherwise. */
  lines(): readonly Line[] {
    if (!this.cached) {
      const open = this.open.length || this.dropped ? [{ id: this.nextId, segments: this.finished() }] : [];
      this.cached = [...this.done.slice(Math.max(0, this.done.length - this.limit)), ...open];
    }
    return this.cached;
  }

  private append(kind: SegmentKind, text: string): void {
    const room = this.lineLimit - this.openLength;
    if (room <= 0) {
      this.dropped += text.length;
      return;
    }
    if (text.length > room) {
      this.dropped += text.length - room;
      text = text.slice(0, room);
    }
    this.openLength += text.length;
    const last = this.open[this.open.length - 1];
    // A new object, so a line already rendered is never mutated under React.
    if (last && last.kind === kind) this.open = [...this.open.slice(0, -1), { kind, text: last.text + text }];
    else this.open = [...this.open, { kind, text }];
  }

  private finished(): Segment[] {
    return this.dropped ? [...this.open, { kind: 'note', text: ` [${this.dropped} more characters not shown]` }] : this.open;
  }

  private endLine(): void {
    this.done.push({ id: this.nextId++, segments: this.finished() });
    // Trimmed in batches: a command printing a million lines must not shift the array a million times.
    if (this.done.length >= this.limit * 2) this.done.splice(0, this.done.length - this.limit);
    this.open = [];
    this.openLength = 0;
    this.dropped = 0;
  }
}
