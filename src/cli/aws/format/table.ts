/**
 * `--output table`: awscli/table.py (MultiTable, Section) and TableFormatter ported, so the
 * borders, centred titles, column scaling (Python's round-half-even) and the switch to a
 * vertical layout when a table is wider than the terminal come out byte for byte.
 * No colors: the CLI only colors on a terminal, and the lab leaves styling to the UI.
 */
import { pyStr, type PyValue } from '@/cli/aws/py';
import { textWidth } from './width';

type Dict = { [k: string]: PyValue };
const isDict = (v: PyValue): v is Dict => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
const isScalar = (v: PyValue) => !Array.isArray(v) && !isDict(v);
const sorted = (keys: Iterable<string>) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Python's round() on a float: ties go to the even neighbour. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

class Section {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  private numCols: number | undefined;
  private maxWidths: number[] = [];

  columnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => Math.trunc(pyRound(scale * w)));
    let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (off !== 0) {
      const order = scaled.map((_, i) => i);
      if (off < 0) order.reverse();
      for (const i of order) {
        if (off > 0) {
          scaled[i]!--;
          off--;
        } else {
          scaled[i]!++;
          off++;
        }
        if (off === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(padding = 0, withBorder = false, outer = 0): number {
    let total = this.columnWidths().reduce((n, w) => n + w + padding, 0);
    if (withBorder) total += 2;
    total += outer * 2;
    return Math.max(textWidth(this.title) + 2 + outer * 2, total);
  }

  addHeader(headers: string[]): void {
    this.updateMaxWidths(headers);
    this.numCols ??= headers.length;
    this.headers = headers;
  }

  addRow(row: PyValue[]): void {
    this.numCols ??= row.length;
    if (row.length !== this.numCols) throw new Error(`Row should have ${this.numCols} elements, instead it has ${row.length}`);
    const cells = row.map(pyStr);
    this.rows.push(cells);
    this.updateMaxWidths(cells);
  }

  private updateMaxWidths(row: string[]): void {
    if (this.maxWidths.length === 0) this.maxWidths = row.map(textWidth);
    else row.forEach((el, i) => (this.maxWidths[i] = Math.max(textWidth(el), this.maxWidths[i] ?? 0)));
  }
}

function centerText(text: string, length: number, left = '|', right = '|', textLength = textWidth(text)): string {
  const start = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  const soFar = left.length + start + textLength;
  return left + ' '.repeat(Math.max(0, start)) + text + ' '.repeat(Math.max(0, length - right.length - soFar)) + right;
}

function alignLeft(text: string, length: number, left: string, right: string, textLength: number): string {
  const padding = length - (textLength + 2 + left.length + right.length) >= 0 ? 2 : 0;
  const soFar = left.length + padding + textLength;
  return left + ' '.repeat(padding) + text + ' '.repeat(Math.max(0, length - soFar - right.length)) + right;
}

function lineBreak(widths: number[]): string {
  return widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('') + '\n';
}

class MultiTable {
  sections: Section[] = [];
  private current: Section | undefined;
  constructor(private readonly terminalWidth: number) {}

  newSection(title: string, indentLevel = 0): void {
    this.current = new Section();
    this.current.title = title;
    this.current.indentLevel = indentLevel;
    this.sections.push(this.current);
  }
  addRowHeader(headers: string[]): void {
    this.current!.addHeader(headers);
  }
  addRow(row: PyValue[]): void {
    this.current!.addRow(row);
  }

  render(): string {
    let max = this.maxWidth();
    if (max > this.terminalWidth) {
      this.sections = this.sections.map((s) => {
        if (s.rows.length !== 1 || s.headers.length === 0) return s;
        const v = new Section();
        v.title = s.title;
        v.indentLevel = s.indentLevel;
        s.headers.forEach((h, i) => v.addRow([h, s.rows[0]![i]!]));
        return v;
      });
      max = this.maxWidth();
    }
    let out = '-'.repeat(max) + '\n';
    for (const s of this.sections) out += this.renderSection(s, max);
    return out;
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, true, s.indentLevel)));
  }

  private renderSection(s: Section, max: number): string {
    const bar = '|'.repeat(s.indentLevel);
    const lines: string[] = [];
    const width = max - s.indentLevel * 2;
    if (s.title) {
      lines.push(centerText(s.title, width));
      if (!s.headers.length && !s.rows.length) lines.push(`+${'-'.repeat(width - 2)}+`);
    }
    if (s.headers.length) {
      const widths = s.columnWidths(4, width);
      lines.push(lineBreak(widths).slice(0, -1));
      lines.push(widths.map((w, i) => centerText(s.headers[i]!, w, i === 0 ? '|' : '', '|')).join(''));
    }
    if (s.rows.length) {
      const widths = s.columnWidths(4, width);
      if (widths.length) {
        lines.push(lineBreak(widths).slice(0, -1));
        for (const row of s.rows) lines.push(widths.map((w, i) => alignLeft(row[i] ?? '', w, i === 0 ? '|' : '', '|', textWidth(row[i] ?? ''))).join(''));
        lines.push(lineBreak(widths).slice(0, -1));
      }
    }
    return lines.map((l) => `${bar}${l}${bar}\n`).join('');
  }
}

const truthy = (v: PyValue) =>
  !(v === null || v === undefined || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0) || (isDict(v) && Object.keys(v).length === 0));

/** The table for a response; empty string when the CLI prints nothing. */
export function formatTable(title: string, data: PyValue, terminalWidth = 80): string {
  const table = new MultiTable(terminalWidth);
  const groupKeys = (d: Dict) => [sorted(Object.keys(d).filter((k) => isScalar(d[k]))), sorted(Object.keys(d).filter((k) => !isScalar(d[k])))] as const;
  const build = (t: string | undefined, current: PyValue, indent = 0): boolean => {
    if (!truthy(current)) return false;
    if (t !== undefined) table.newSection(t, indent);
    if (Array.isArray(current)) {
      if (isDict(current[0])) fromList(current as Dict[], indent, t);
      else {
        for (const item of current) {
          if (isScalar(item)) table.addRow([item]);
          else if (Array.isArray(item) && item.every(isScalar)) table.addRow(item);
          // Python iterates a dict's keys here: a dict among scalars becomes a row of its keys.
          else if (isDict(item)) table.addRow(Object.keys(item));
          else build(undefined, item);
        }
      }
    }
    if (isDict(current)) fromDict(current, indent);
    return true;
  };
  const fromDict = (d: Dict, indent: number) => {
    const [headers, more] = groupKeys(d);
    if (headers.length === 1) table.addRow([headers[0]!, d[headers[0]!]!]);
    else if (headers.length) {
      table.addRowHeader(headers);
      table.addRow(headers.map((k) => d[k]!));
    }
    for (const k of more) build(k, d[k]!, indent + 1);
  };
  const fromList = (list: Dict[], indent: number, t: string | undefined) => {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of list) {
      const [h, m] = groupKeys(item);
      h.forEach((k) => headerSet.add(k));
      m.forEach((k) => moreSet.add(k));
    }
    const headers = sorted(headerSet);
    const more = sorted(moreSet);
    table.addRowHeader(headers);
    list.forEach((el, i) => {
      if (i > 0 && more.length) {
        table.newSection(t ?? '', indent);
        table.addRowHeader(headers);
      }
      table.addRow(headers.map((h) => (h in el ? el[h]! : '')));
      for (const k of more) if (k in el) build(k, el[k]!, indent + 1);
    });
  };
  if (!build(title, data)) return '';
  return table.render();
}
