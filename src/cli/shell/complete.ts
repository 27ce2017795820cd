/**
 * Tab completion: command names, then for `aws` the services, commands and options taken
 * from the registry (enum values, --output formats, regions, `fileb://` paths), and file
 * paths elsewhere. Candidates replace line.slice(start, end); a directory ends with `/`.
 */
import { REGIONS } from '@/core';
import { joinPath } from '@/vfs';
import { argTable } from '@/cli/aws/arg-table';
import { cliServices, commandTable, paginatorFor } from '@/cli/aws/model';
import type { CommandInfo, ShellState } from './types';

export interface Completion {
  start: number;
  end: number;
  candidates: string[];
}

const GLOBAL_VALUES: Record<string, string[] | undefined> = {
  '--output': ['json', 'text', 'table', 'yaml', 'yaml-stream'],
  '--region': [...REGIONS],
  '--cli-binary-format': ['base64', 'raw-in-base64-out'],
  '--color': ['on', 'off', 'auto'],
  '--query': undefined,
  '--profile': undefined,
  '--endpoint-url': undefined,
  '--ca-bundle': undefined,
  '--cli-read-timeout': undefined,
  '--cli-connect-timeout': undefined,
};
const GLOBAL_FLAGS = [
  '--debug',
  '--no-verify-ssl',
  '--no-paginate',
  '--version',
  '--no-sign-request',
  '--no-cli-pager',
  '--cli-auto-prompt',
  '--no-cli-auto-prompt',
];

/** Splits the current command into words (quotes kept simple) and the word being typed. */
function words(text: string): { done: string[]; current: string } {
  const done: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = null;
      else cur += c;
    } else if (c === "'" || c === '"') quote = c;
    else if (/\s/.test(c)) {
      if (cur) done.push(cur);
      cur = '';
    } else if ('|;&'.includes(c)) {
      done.length = 0;
      cur = '';
    } else cur += c;
  }
  return { done, current: cur };
}

function paths(state: ShellState, prefix: string, word: string): string[] {
  const slash = word.lastIndexOf('/');
  const dirText = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = word.slice(slash + 1);
  const home = state.vars.get('HOME')?.value ?? '/';
  const dir = state.vfs.resolve(state.cwd, dirText.startsWith('~/') ? home + dirText.slice(1) : dirText || '.');
  if (!state.vfs.isDir(dir)) return [];
  return state.vfs
    .readdir(dir)
    .filter((n) => n.startsWith(base) && (base.startsWith('.') || !n.startsWith('.')))
    .map((n) => prefix + dirText + n + (state.vfs.isDir(joinPath(dir, n)) ? '/' : ''));
}

function awsCandidates(state: ShellState, done: string[], cur: string): string[] {
  const positional: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < done.length; i++) {
    const w = done[i]!;
    if (w.startsWith('--')) {
      used.add(w);
      if (w in GLOBAL_VALUES) i++;
    } else if (!used.size || positional.length < 2) positional.push(w);
  }
  const last = done[done.length - 1];
  const [service, operation] = positional as [string?, string?];
  const gaps = state.aws.modelGaps;
  const services = cliServices(state.cloud);
  const table = service && services.includes(service) ? commandTable(state.cloud, service, gaps) : undefined;
  const op = operation ? table?.get(operation) : undefined;
  const args = op
    ? argTable(op.input, paginatorFor(state.cloud, service!, op), gaps?.inputMembers[op.name]).filter((a) => !a.hidden && a.kind !== 'unsupported')
    : [];

  if (last && last.startsWith('--') && last in GLOBAL_VALUES) return GLOBAL_VALUES[last] ?? [];
  const valueOf = last?.startsWith('--') ? args.find((a) => `--${a.name}` === last) : undefined;
  if (valueOf && valueOf.shape?.type !== 'boolean') {
    const s = valueOf.shape;
    if (s?.type === 'string' && s.enum) return [...s.enum];
    if (cur.startsWith('fileb://') || cur.startsWith('file://')) {
      const prefix = cur.startsWith('fileb://') ? 'fileb://' : 'file://';
      return paths(state, prefix, cur.slice(prefix.length));
    }
    return s?.type === 'blob' ? ['fileb://'] : paths(state, '', cur);
  }
  if (cur.startsWith('-')) {
    const flags = args.flatMap((a) => (a.shape?.type === 'boolean' ? [`--${a.name}`, `--no-${a.name}`] : [`--${a.name}`]));
    return [...flags.filter((f) => !used.has(f)), ...Object.keys(GLOBAL_VALUES), ...GLOBAL_FLAGS];
  }
  if (!service) return [...services, 'configure', 'help'];
  if (service === 'configure') return operation ? [] : ['list', 'get', 'set', 'help'];
  if (!operation && table) return [...table.keys(), 'help'];
  return op ? ['help'] : [];
}

export function complete(state: ShellState, commands: Map<string, CommandInfo>, line: string, cursor: number): Completion {
  const { done, current } = words(line.slice(0, cursor));
  const start = cursor - current.length;
  let candidates: string[];
  const prev = done[done.length - 1];
  if (done.length === 0 && !current.includes('/')) candidates = [...commands.keys()];
  else if (prev && /^\d?>{1,2}$|^<$/.test(prev)) candidates = paths(state, '', current);
  else if (done[0] === 'aws') candidates = awsCandidates(state, done.slice(1), current);
  else candidates = paths(state, '', current);
  const unique = [...new Set(candidates.filter((c) => c.startsWith(current)))].sort();
  return { start, end: cursor, candidates: unique };
}
