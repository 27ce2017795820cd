/**
 * `--output yaml`: the CLI's YAMLDumper (ruamel.yaml safe dump, block style, keys sorted,
 * on libyaml's emitter). This is libyaml's block emitter for plain data: its indentation
 * rules (sequences inside mappings are not indented), `{}`/`[]` for empty collections, and
 * its scalar writers, which fold long lines at spaces past column 80.
 * A lone scalar result is written as JSON, as the CLI's YAMLDumper does.
 */
import type { PyValue } from '@/cli/aws/py';
import { pyJsonDumps } from './json';
import { analyze, ESCAPES, isBreak, isPrintable, plainImplicit } from './yaml-scalar';

const BEST_WIDTH = 80;
type Dict = { [k: string]: PyValue };

class Emitter {
  out = '';
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;

  private put(s: string) {
    this.out += s;
    this.column += Array.from(s).length;
  }
  private putBreak() {
    this.out += '\n';
    this.column = 0;
  }
  private increaseIndent(flow: boolean, indentless: boolean) {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? 2 : 0;
    else if (!indentless) this.indent += 2;
  }
  private popIndent() {
    this.indent = this.indents.pop()!;
  }
  writeIndent() {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }
  private indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean) {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  node(value: PyValue, ctx: { mapping?: boolean; simpleKey?: boolean }) {
    if (Array.isArray(value)) return value.length ? this.blockSequence(value, !!ctx.mapping) : this.emptyFlow('[', ']');
    if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
      const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return keys.length ? this.blockMapping(value, keys) : this.emptyFlow('{', '}');
    }
    this.scalar(value, !!ctx.simpleKey);
  }

  private emptyFlow(open: string, close: string) {
    this.indicator(open, true, true, false);
    this.indicator(close, false, false, false);
  }

  private blockSequence(items: PyValue[], mappingContext: boolean) {
    this.increaseIndent(false, mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.indicator('-', true, false, true);
      this.node(item, {});
    }
    this.popIndent();
  }

  private blockMapping(d: Dict, keys: string[]) {
    this.increaseIndent(false, false);
    for (const k of keys) {
      this.writeIndent();
      this.node(k, { mapping: true, simpleKey: true });
      this.indicator(':', false, false, false);
      this.node(d[k]!, { mapping: true });
    }
    this.popIndent();
  }

  private scalar(value: PyValue, simpleKey: boolean) {
    let text: string;
    let implicit = true;
    if (value === null || value === undefined) text = 'null';
    else if (value === true || value === false) text = String(value);
    else if (typeof value === 'number')
      text = Number.isInteger(value) ? String(value) : Number.isNaN(value) ? '.nan' : !Number.isFinite(value) ? (value > 0 ? '.inf' : '-.inf') : String(value);
    else {
      text = typeof value === 'string' ? value : new TextDecoder().decode(value as Uint8Array);
      implicit = plainImplicit(text);
    }
    const a = analyze(text);
    let style: 'plain' | 'single' | 'double' = 'plain';
    if (simpleKey && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlain || (a.empty && simpleKey) || !implicit) style = 'single';
    }
    if (style === 'single' && !a.singleQuoted) style = 'double';
    this.increaseIndent(true, false);
    if (style === 'plain') this.plain(text, !simpleKey);
    else if (style === 'single') this.singleQuoted(text, !simpleKey);
    else this.doubleQuoted(text, !simpleKey);
    this.popIndent();
  }

  private plain(text: string, allowBreaks: boolean) {
    const cps = Array.from(text);
    if (!this.whitespace && cps.length) this.put(' ');
    let spaces = false;
    cps.forEach((ch, i) => {
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cps[i + 1] !== ' ') this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        this.indention = false;
        spaces = false;
      }
    });
    this.whitespace = false;
    this.indention = false;
  }

  private singleQuoted(text: string, allowBreaks: boolean) {
    const cps = Array.from(text);
    this.indicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    cps.forEach((ch, i) => {
      const c = ch.codePointAt(0)!;
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== cps.length - 1 && cps[i + 1] !== ' ') this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && ch === '\n') this.putBreak();
        if (ch === '\n') this.putBreak();
        else {
          this.out += ch;
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch === "'" ? "''" : ch);
        this.indention = false;
        spaces = breaks = false;
      }
    });
    if (breaks) this.writeIndent();
    this.indicator("'", false, false, false);
  }

  private doubleQuoted(text: string, allowBreaks: boolean) {
    const cps = Array.from(text);
    this.indicator('"', true, false, false);
    let spaces = false;
    cps.forEach((ch, i) => {
      const c = ch.codePointAt(0)!;
      if (!isPrintable(c) || c === 0xfeff || isBreak(c) || ch === '"' || ch === '\\') {
        const hex = c.toString(16).toUpperCase();
        this.put('\\' + (ESCAPES[c] ?? (c <= 0xff ? `x${hex.padStart(2, '0')}` : c <= 0xffff ? `u${hex.padStart(4, '0')}` : `U${hex.padStart(8, '0')}`)));
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== cps.length - 1) {
          this.writeIndent();
          if (cps[i + 1] === ' ') this.put('\\');
        } else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    });
    this.indicator('"', false, false, false);
  }
}

const isJsonScalar = (v: PyValue) => v === null || v === undefined || typeof v !== 'object';

export function formatYaml(value: PyValue): string {
  if (isJsonScalar(value)) return pyJsonDumps(value) + '\n';
  const e = new Emitter();
  e.node(value, {});
  e.writeIndent();
  return e.out;
}
