/**
 * From option text to request parameters, in awscli's order and with its messages:
 * 1. `file://` and `fileb://` values are loaded (awscli/paramfile.py): `fileb://` as bytes,
 *    `file://` as text (UTF-8, or the "could not be decoded" error); a missing file is
 *    `Unable to load paramfile fileb://x: [Errno 2] No such file or directory: 'x'`.
 * 2. Structures, maps and lists of structures take shorthand (`k=v,k2=v2`) or JSON.
 * 3. Scalars: integers through Python's int() (a bad one ends the command with status 255).
 * Errors name the option: `Error parsing parameter '--tags': ...` (status 252).
 */
import { fromUtf8Strict } from '@/core';
import { isVfsError, type Vfs } from '@/vfs';
import type { CliArg } from './arg-table';
import { pyInt, pyRepr, type PyValue } from './py';
import { PyJsonError, pyJsonLoads } from './pyjson';
import { backCompat, parseShorthand, ShorthandError } from './shorthand';

export class ParamError extends Error {
  constructor(cliName: string, message: string) {
    super(`Error parsing parameter '${cliName}': ${message}`);
  }
}

export interface FileAccess {
  vfs: Vfs;
  cwd: string;
  env: Record<string, string>;
}

const ERRNO: Record<string, string> = {
  ENOENT: '[Errno 2] No such file or directory',
  EISDIR: '[Errno 21] Is a directory',
  ENOTDIR: '[Errno 20] Not a directory',
};

/** os.path.expandvars(os.path.expanduser(path)) */
function expandPath(path: string, env: Record<string, string>): string {
  const home = path === '~' || path.startsWith('~/') ? (env.HOME ?? '/home/cloudshell-user') + path.slice(1) : path;
  return home.replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    return Object.hasOwn(env, key) ? env[key]! : m;
  });
}

/** Returns the file's content for `file://` / `fileb://` values, or undefined for other values. */
export function loadParamFile(files: FileAccess, cliName: string, value: string): string | Uint8Array | undefined {
  const prefix = value.startsWith('fileb://') ? 'fileb://' : value.startsWith('file://') ? 'file://' : undefined;
  if (!prefix) return undefined;
  const path = expandPath(value.slice(prefix.length), files.env);
  let bytes: Uint8Array;
  try {
    bytes = files.vfs.readFile(files.vfs.resolve(files.cwd, path));
  } catch (e) {
    if (!isVfsError(e)) throw e;
    throw new ParamError(cliName, `Unable to load paramfile ${value}: ${ERRNO[e.code] ?? e.message}: ${pyRepr(path)}`);
  }
  if (prefix === 'fileb://') return new Uint8Array(bytes);
  const text = fromUtf8Strict(bytes);
  if (text === undefined) {
    throw new ParamError(
      cliName,
      `Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`,
    );
  }
  // Python's text mode reads \r\n and \r as \n.
  return text.replace(/\r\n?/g, '\n');
}

const looksLikeJson = (v: unknown) => typeof v === 'string' && /^\s*[[{]/.test(v);

function json(cliName: string, value: string): PyValue {
  try {
    return pyJsonLoads(value);
  } catch (e) {
    if (e instanceof PyJsonError) throw new ParamError(cliName, `Invalid JSON: ${e.message}\nJSON received: ${value}`);
    throw e;
  }
}

function isComplex(arg: CliArg): boolean {
  const s = arg.shape!;
  return s.type === 'structure' || s.type === 'map' || (s.type === 'list' && ['structure', 'list', 'map'].includes(s.member.type));
}

function scalar(shape: CliArg['shape'], value: PyValue): PyValue {
  if (shape?.type === 'integer' && typeof value === 'string') return pyInt(value);
  return value;
}

/** One option's value, as awscli unpacks it before botocore sees the parameters. */
export function unpackArgument(files: FileAccess, arg: CliArg, raw: string | string[]): PyValue {
  const cliName = `--${arg.name}`;
  let value: string | string[] | Uint8Array = raw;
  const single = Array.isArray(raw) && raw.length === 1 ? raw[0]! : raw;
  if (typeof single === 'string') {
    const loaded = loadParamFile(files, cliName, single);
    if (loaded !== undefined) value = loaded;
  }
  if (value instanceof Uint8Array) return value;
  const shape = arg.shape!;
  if (isComplex(arg)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !looksLikeJson(first)) {
      try {
        if (Array.isArray(value)) return value.map((v) => backCompat(parseShorthand(v), shape.type === 'list' ? shape.member : shape));
        return backCompat(parseShorthand(value) as PyValue, shape);
      } catch (e) {
        if (e instanceof ShorthandError) throw new ParamError(cliName, e.message);
        throw e;
      }
    }
  }
  if (shape.type === 'structure' || shape.type === 'map') {
    if (typeof value !== 'string') value = value[0] ?? '';
    if (looksLikeJson(value) && value.trimStart()[0] === '{') return json(cliName, value);
    throw new ParamError(cliName, `Invalid JSON:\n${value}`);
  }
  if (shape.type === 'list') {
    if (typeof value === 'string') return looksLikeJson(value) && value.trimStart()[0] === '[' ? json(cliName, value) : [scalar(shape.member, value)];
    if (value.length === 1 && value[0]!.trim().startsWith('[')) return json(cliName, value[0]!);
    return value.map((v) => {
      if (shape.member.type === 'structure' || shape.member.type === 'map') return looksLikeJson(v) ? json(cliName, v) : v;
      try {
        return scalar(shape.member, v);
      } catch {
        throw new ParamError(cliName, value[0]!);
      }
    });
  }
  return scalar(shape, value as string);
}
