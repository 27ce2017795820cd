/**
 * aws-encryption-cli's command line, parsed with Python argparse's rules and messages (the
 * real CLI is an argparse program): long options by unique prefix, `--opt=value`, `nargs='+'`
 * lists that run to the next option, required mutually exclusive groups, and on error the
 * usage line, `aws-encryption-cli: error: ...` and exit status 2.
 * Simplified: only the subset of options the lab implements is known; the others
 * (--recursive, --encode/--decode, --caching, --interactive, --no-overwrite, -v, --max-length, @file
 * arguments, --discovery-account/partition) are "unrecognized arguments".
 */
import { dict } from '@/core/dict';

export const PROG = 'aws-encryption-cli';

export const USAGE = `usage: ${PROG} [-h] [--version] [-e | -d | --decrypt-unsigned]
                          [-S | --metadata-output METADATA_OUTPUT]
                          [--overwrite-metadata]
                          [-w WRAPPING_KEYS [WRAPPING_KEYS ...]]
                          [--discovery {true,false}]
                          [--commitment-policy {forbid-encrypt-allow-decrypt,require-encrypt-allow-decrypt,require-encrypt-require-decrypt}]
                          [--buffer] -i INPUT -o OUTPUT
                          [-c ENCRYPTION_CONTEXT [ENCRYPTION_CONTEXT ...]]
                          [--max-encrypted-data-keys MAX_ENCRYPTED_DATA_KEYS]
                          [--algorithm ALGORITHM] [--frame-length FRAME_LENGTH]
                          [--suffix [SUFFIX]] [-q]
`;

type Kind = 'flag' | 'one' | 'many' | 'optional';
interface Spec {
  dest: string;
  long: string;
  short?: string;
  kind: Kind;
  choices?: string[];
  int?: boolean;
}

const POLICIES = ['forbid-encrypt-allow-decrypt', 'require-encrypt-allow-decrypt', 'require-encrypt-require-decrypt'];

const SPECS: Spec[] = [
  { dest: 'help', long: '--help', short: '-h', kind: 'flag' },
  { dest: 'version', long: '--version', kind: 'flag' },
  { dest: 'encrypt', long: '--encrypt', short: '-e', kind: 'flag' },
  { dest: 'decrypt', long: '--decrypt', short: '-d', kind: 'flag' },
  { dest: 'decryptUnsigned', long: '--decrypt-unsigned', kind: 'flag' },
  { dest: 'suppressMetadata', long: '--suppress-metadata', short: '-S', kind: 'flag' },
  { dest: 'metadataOutput', long: '--metadata-output', kind: 'one' },
  { dest: 'overwriteMetadata', long: '--overwrite-metadata', kind: 'flag' },
  { dest: 'wrappingKeys', long: '--wrapping-keys', short: '-w', kind: 'many' },
  { dest: 'discovery', long: '--discovery', kind: 'one', choices: ['true', 'false'] },
  { dest: 'commitmentPolicy', long: '--commitment-policy', kind: 'one', choices: POLICIES },
  { dest: 'buffer', long: '--buffer', short: '-b', kind: 'flag' },
  { dest: 'input', long: '--input', short: '-i', kind: 'one' },
  { dest: 'output', long: '--output', short: '-o', kind: 'one' },
  { dest: 'encryptionContext', long: '--encryption-context', short: '-c', kind: 'many' },
  { dest: 'maxEncryptedDataKeys', long: '--max-encrypted-data-keys', kind: 'one', int: true },
  { dest: 'algorithm', long: '--algorithm', kind: 'one' },
  { dest: 'frameLength', long: '--frame-length', kind: 'one', int: true },
  { dest: 'suffix', long: '--suffix', kind: 'optional' },
  { dest: 'quiet', long: '--quiet', short: '-q', kind: 'flag' },
];

const label = (s: Spec) => (s.short ? `${s.short}/${s.long}` : s.long);
const byDest = (d: string) => SPECS.find((s) => s.dest === d)!;
/** argparse's mutually exclusive groups (both required). */
const GROUPS = [
  ['encrypt', 'decrypt', 'decryptUnsigned'],
  ['suppressMetadata', 'metadataOutput'],
];

export interface Args {
  help?: boolean;
  version?: boolean;
  encrypt?: boolean;
  decrypt?: boolean;
  decryptUnsigned?: boolean;
  suppressMetadata?: boolean;
  metadataOutput?: string;
  overwriteMetadata?: boolean;
  /** One list per -w occurrence (action='append'). */
  wrappingKeys?: string[][];
  discovery?: string;
  commitmentPolicy?: string;
  buffer?: boolean;
  input?: string;
  output?: string;
  encryptionContext?: string[][];
  maxEncryptedDataKeys?: number;
  algorithm?: string;
  frameLength?: number;
  /** `--suffix` alone means the empty suffix (nargs='?', const=''). */
  suffix?: string;
  quiet?: boolean;
}

export class UsageError extends Error {}

/** argparse treats `-x`/`--x` as an option, `-` and negative numbers as values. */
const looksLikeOption = (a: string) => a.startsWith('-') && a !== '-' && !/^-\d+$|^-\d*\.\d+$/.test(a);

function find(arg: string): Spec {
  if (arg.startsWith('--')) {
    const exact = SPECS.find((s) => s.long === arg);
    if (exact) return exact;
    const matches = SPECS.filter((s) => s.long.startsWith(arg));
    if (matches.length > 1) throw new UsageError(`ambiguous option: ${arg} could match ${matches.map((s) => s.long).join(', ')}`);
    if (matches.length === 1) return matches[0]!;
  } else {
    const s = SPECS.find((x) => x.short === arg);
    if (s) return s;
  }
  throw new UsageError(`unrecognized arguments: ${arg}`);
}

/** Parses argv; throws UsageError with argparse's message (the caller prints usage + error, exit 2). */
export function parseArgs(argv: string[]): Args {
  const out: Record<string, unknown> = {};
  const seen: string[] = [];
  const extras: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    if (!looksLikeOption(a)) {
      extras.push(a);
      continue;
    }
    let attached: string | undefined;
    if (a.startsWith('--') && a.includes('=')) {
      attached = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    } else if (!a.startsWith('--') && a.length > 2) {
      attached = a.slice(2);
      a = a.slice(0, 2);
    }
    let spec: Spec;
    try {
      spec = find(a);
    } catch (e) {
      if (e instanceof UsageError && e.message.startsWith('unrecognized')) {
        extras.push(argv[i]!);
        continue;
      }
      throw e;
    }
    for (const group of GROUPS) {
      if (!group.includes(spec.dest)) continue;
      const other = group.find((d) => d !== spec.dest && seen.includes(d));
      if (other) throw new UsageError(`argument ${label(spec)}: not allowed with argument ${label(byDest(other))}`);
    }
    seen.push(spec.dest);
    if (spec.kind === 'flag') {
      if (attached !== undefined && a.startsWith('--')) throw new UsageError(`argument ${label(spec)}: ignored explicit argument '${attached}'`);
      if (attached !== undefined) {
        argv = [...argv.slice(0, i + 1), `-${attached}`, ...argv.slice(i + 1)];
      }
      out[spec.dest] = true;
      continue;
    }
    const values: string[] = attached !== undefined ? [attached] : [];
    if (spec.kind === 'many') while (i + 1 < argv.length && !looksLikeOption(argv[i + 1]!)) values.push(argv[++i]!);
    else if (attached === undefined && i + 1 < argv.length && !looksLikeOption(argv[i + 1]!)) values.push(argv[++i]!);
    if (values.length === 0) {
      if (spec.kind === 'optional') {
        out[spec.dest] = '';
        continue;
      }
      throw new UsageError(`argument ${label(spec)}: expected ${spec.kind === 'many' ? 'at least one argument' : 'one argument'}`);
    }
    if (spec.kind === 'many') {
      ((out[spec.dest] ??= []) as string[][]).push(values);
      continue;
    }
    const v = values[0]!;
    if (spec.choices && !spec.choices.includes(v)) {
      throw new UsageError(`argument ${label(spec)}: invalid choice: '${v}' (choose from ${spec.choices.map((c) => `'${c}'`).join(', ')})`);
    }
    if (spec.int) {
      if (!/^\s*[-+]?\d+\s*$/.test(v)) throw new UsageError(`argument ${label(spec)}: invalid int value: '${v}'`);
      out[spec.dest] = Number.parseInt(v, 10);
    } else out[spec.dest] = v;
  }
  // -h and --version act as soon as argparse meets them, before the required checks.
  if (out.help || out.version) return out as Args;
  const missing = ['input', 'output'].filter((d) => out[d] === undefined).map((d) => label(byDest(d)));
  if (missing.length) throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
  for (const group of GROUPS) {
    if (!group.some((d) => out[d] !== undefined)) throw new UsageError(`one of the arguments ${group.map((d) => label(byDest(d))).join(' ')} is required`);
  }
  if (extras.length) throw new UsageError(`unrecognized arguments: ${extras.join(' ')}`);
  return out as Args;
}

/** `k=v` pairs (the CLI's parse of -c and -w): values may contain '='; a key may appear once. */
export function parsePairs(values: string[], what: string): Record<string, string> {
  const pairs = dict<string>();
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageError(`Argument parse error: Invalid ${what} value: "${v}" (expected key=value)`);
    const k = v.slice(0, eq);
    if (Object.hasOwn(pairs, k)) throw new UsageError(`Argument parse error: Duplicate ${what} key: "${k}"`);
    pairs[k] = v.slice(eq + 1);
  }
  return pairs;
}
