/** POSIX path arithmetic on absolute, slash-separated paths (no symlinks, so `..` is lexical). */

/** Splits an absolute or relative path into its non-empty, non-`.` segments, resolving `..`. */
export function segments(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** `cwd` + `path` -> a normalized absolute path (`/a/b`, `/` for the root). */
export function resolvePath(cwd: string, path: string): string {
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  return '/' + segments(full).join('/');
}

export function dirname(path: string): string {
  const s = segments(path);
  s.pop();
  return '/' + s.join('/');
}

/** The last segment as written (`a/b/` -> `b`), `/` for the root. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export const joinPath = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);
