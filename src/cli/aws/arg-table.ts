/**
 * The options of one `aws <service> <command>`, derived from the operation's input shape as
 * awscli builds its argument table: one `--kebab-name` per member in model order, `--x` and
 * `--no-x` for booleans, lists take any number of values (`--grant-tokens a b`), required
 * members are required options. Paginated operations also get `--starting-token`,
 * `--page-size` and `--max-items` (their Marker/Limit options stay accepted but undocumented).
 */
import { kebab, type Shape, type StructureShape } from '@/core';
import type { Action } from './argparse';
import type { Paginator } from './model';

export interface CliArg {
  /** `key-id` */
  name: string;
  kind: 'member' | 'paging' | 'unsupported';
  /** The input member this option fills. */
  member?: string;
  shape?: Shape;
  required: boolean;
  /** A paging option's value type. */
  pagingType?: 'string' | 'integer';
  /** Accepted but left out of help (the raw Marker/Limit of a paginated operation). */
  hidden?: boolean;
}

export const pyName = (name: string) => name.replace(/-/g, '_');

export function argTable(input: StructureShape, paginator?: Paginator, hiddenMembers: readonly string[] = []): CliArg[] {
  const table: CliArg[] = [];
  const required = new Set(input.required ?? []);
  for (const [member, shape] of Object.entries(input.members)) {
    if (hiddenMembers.includes(member)) continue;
    const hidden = paginator && (member === paginator.inputToken || member === paginator.limitKey);
    table.push({ name: kebab(member), kind: 'member', member, shape, required: required.has(member), hidden });
  }
  if (paginator) {
    table.push({ name: 'starting-token', kind: 'paging', required: false, pagingType: 'string' });
    table.push({ name: 'page-size', kind: 'paging', required: false, pagingType: 'integer' });
    table.push({ name: 'max-items', kind: 'paging', required: false, pagingType: 'integer' });
  }
  for (const name of ['cli-input-json', 'cli-input-yaml', 'generate-cli-skeleton']) table.push({ name, kind: 'unsupported', required: false });
  return table;
}

/** The argparse actions of an argument table, plus the optional `help` positional. */
export function argActions(table: CliArg[]): Action[] {
  const actions: Action[] = [];
  for (const arg of table) {
    const dest = pyName(arg.name);
    if (arg.shape?.type === 'boolean') {
      actions.push({ dest, optionStrings: [`--${arg.name}`], nargs: 0, constValue: true });
      actions.push({ dest, optionStrings: [`--no-${arg.name}`], nargs: 0, constValue: false });
    } else if (arg.name === 'generate-cli-skeleton') {
      actions.push({ dest, optionStrings: [`--${arg.name}`], nargs: '?', constValue: 'input' });
    } else {
      actions.push({ dest, optionStrings: [`--${arg.name}`], nargs: arg.shape?.type === 'list' ? '*' : 1, required: arg.required });
    }
  }
  actions.push({ dest: 'help', optionStrings: [], nargs: '?' });
  return actions;
}
