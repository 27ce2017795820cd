/**
 * The parts of Python's argparse (3.11) that decide what the AWS CLI accepts and how it
 * complains: options anywhere, `--opt=value`, unique prefixes (`--out` for `--output`) and
 * `ambiguous option`, the classification of values that look like options, the greedy
 * consumption of positionals, `expected one argument`, `the following arguments are
 * required`, and awscli's `Invalid choice` list (two per line, 40 columns, with difflib's
 * close matches). Errors carry the message only; errors.ts adds the usage text.
 */
import { closeMatches } from './difflib';

export interface Action {
  dest: string;
  /** `--key-id`; none for a positional. */
  optionStrings: string[];
  /** 0: a flag (store const); 1: one value; '?': zero or one; '*': any number. */
  nargs: 0 | 1 | '?' | '*';
  constValue?: unknown;
  required?: boolean;
  choices?: () => string[];
  /** Acts as soon as it is seen, like argparse's `version` action. */
  immediate?: boolean;
}

export class ArgParseError extends Error {}

/** Thrown when an immediate action (`--version`) is met. */
export class ImmediateAction extends Error {
  constructor(readonly dest: string) {
    super(dest);
  }
}

type OptionTuple = { action: Action | undefined; option: string; explicit: string | undefined };

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

export function actionName(a: Action): string {
  return a.optionStrings.length ? a.optionStrings.join('/') : a.dest;
}

export function invalidChoice(value: string, choices: string[]): string {
  const lines = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2)
    lines.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(' | '),
    );
  const possible = closeMatches(value, choices, 3, 0.8);
  if (possible.length) lines.push(`\n\nInvalid choice: '${value}', maybe you meant:\n`, ...possible.map((w) => `  * ${w}`));
  return lines.join('\n');
}

export function parseKnownArgs(actions: Action[], args: string[]): { ns: Record<string, unknown>; extras: string[] } {
  const byOption = new Map<string, Action>();
  for (const a of actions) for (const o of a.optionStrings) byOption.set(o, a);
  const ns: Record<string, unknown> = {};
  for (const a of actions) ns[a.dest] ??= undefined;

  const parseOptional = (arg: string): OptionTuple | undefined => {
    if (!arg || arg[0] !== '-') return undefined;
    if (byOption.has(arg)) return { action: byOption.get(arg), option: arg, explicit: undefined };
    if (arg.length === 1) return undefined;
    const eq = arg.indexOf('=');
    if (eq >= 0 && byOption.has(arg.slice(0, eq))) return { action: byOption.get(arg.slice(0, eq)), option: arg.slice(0, eq), explicit: arg.slice(eq + 1) };
    const prefix = eq >= 0 ? arg.slice(0, eq) : arg;
    const explicit = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const matches = arg.startsWith('--') ? [...byOption.keys()].filter((o) => o.startsWith(prefix)) : [];
    if (matches.length > 1) throw new ArgParseError(`ambiguous option: ${prefix} could match ${matches.join(', ')}`);
    if (matches.length === 1) return { action: byOption.get(matches[0]!), option: matches[0]!, explicit };
    if (NEGATIVE_NUMBER.test(arg)) return undefined;
    if (arg.includes(' ')) return undefined;
    return { action: undefined, option: arg, explicit: undefined };
  };

  const optionAt = new Map<number, OptionTuple>();
  let pattern = '';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') {
      pattern += '-' + 'A'.repeat(args.length - i - 1);
      break;
    }
    const t = parseOptional(args[i]!);
    if (t) optionAt.set(i, t);
    pattern += t ? 'O' : 'A';
  }

  const seen = new Set<Action>();
  const extras: string[] = [];
  const take = (a: Action, strings: string[]) => {
    if (a.immediate) throw new ImmediateAction(a.dest);
    seen.add(a);
    const values = strings.filter((s, i) => !(s === '--' && strings.indexOf('--') === i));
    let value: unknown;
    if (a.nargs === 0) value = a.constValue;
    else if (a.nargs === '?' && values.length === 0) value = a.optionStrings.length ? a.constValue : undefined;
    else if (a.nargs === '*') value = values;
    else value = values[0];
    const choices = a.choices?.();
    for (const v of a.nargs === '*' ? values : value === undefined ? [] : [value as string]) {
      if (choices && !choices.includes(v)) throw new ArgParseError(`argument ${actionName(a)}: ${invalidChoice(v, choices)}`);
    }
    ns[a.dest] = value;
  };
  const nargsPattern = (a: Action) => {
    const p = a.nargs === 0 ? '(-*-*)' : a.nargs === 1 ? '(-*A-*)' : a.nargs === '?' ? '(-*A?-*)' : '(-*[A-]*)';
    return a.optionStrings.length ? p.replace(/-\*/g, '').replace(/-/g, '') : p;
  };
  const consumeOptional = (start: number): number => {
    const { action, option, explicit } = optionAt.get(start)!;
    if (!action) {
      extras.push(args[start]!);
      return start + 1;
    }
    if (explicit !== undefined) {
      if (action.nargs === 0) throw new ArgParseError(`argument ${actionName(action)}: ignored explicit argument '${explicit}'`);
      take(action, [explicit]);
      return start + 1;
    }
    const m = new RegExp('^' + nargsPattern(action)).exec(pattern.slice(start + 1));
    if (!m) {
      const why = action.nargs === '?' ? 'expected at most one argument' : 'expected one argument';
      throw new ArgParseError(`argument ${actionName(action)}: ${why}`);
    }
    const count = m[1]!.length;
    take(action, args.slice(start + 1, start + 1 + count));
    void option;
    return start + 1 + count;
  };
  const positionals = actions.filter((a) => a.optionStrings.length === 0);
  const consumePositionals = (start: number): number => {
    const rest = pattern.slice(start);
    for (let n = positionals.length; n > 0; n--) {
      const m = new RegExp('^' + positionals.slice(0, n).map(nargsPattern).join('')).exec(rest);
      if (!m) continue;
      for (let i = 0; i < n; i++) {
        const count = m[i + 1]!.length;
        take(positionals[i]!, args.slice(start, start + count));
        start += count;
      }
      positionals.splice(0, n);
      break;
    }
    return start;
  };

  let start = 0;
  const optionIndices = [...optionAt.keys()];
  const maxOption = optionIndices.length ? Math.max(...optionIndices) : -1;
  while (start <= maxOption) {
    const next = Math.min(...optionIndices.filter((i) => i >= start));
    if (start !== next) {
      const end = consumePositionals(start);
      if (end > start) {
        start = end;
        continue;
      }
      start = end;
    }
    if (!optionAt.has(start)) {
      extras.push(...args.slice(start, next));
      start = next;
    }
    start = consumeOptional(start);
  }
  const stop = consumePositionals(start);
  extras.push(...args.slice(stop));

  const missing = actions.filter((a) => a.required && !seen.has(a)).map(actionName);
  if (missing.length) throw new ArgParseError(`the following arguments are required: ${missing.join(', ')}`);
  return { ns, extras };
}
