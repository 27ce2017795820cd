/**
 * What the lab checks may see of CloudShell (the app lends it; labs do not depend on the
 * terminal): whether a file of the home directory exists, its bytes, and the command lines
 * typed, so a check can tell "the file holds base64 text" or "you typed file://" apart.
 */
import type { CheckExtras } from '@/labs/types';
import { HOME } from '@/vfs/starter';

interface ShellLike {
  vfs: { resolve(cwd: string, path: string): string; exists(path: string): boolean; isDir(path: string): boolean; readFile(path: string): Uint8Array };
  history(): string[];
}

export function labExtras(session: ShellLike): CheckExtras {
  const { vfs } = session;
  return {
    fileExists: (path) => vfs.exists(vfs.resolve(HOME, path)),
    readFile(path) {
      const full = vfs.resolve(HOME, path);
      return vfs.exists(full) && !vfs.isDir(full) ? vfs.readFile(full) : undefined;
    },
    history: () => session.history(),
  };
}
