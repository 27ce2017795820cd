/**
 * The running CloudShell session's home directory, for the learner's export and import
 * (src/state/account-file.ts). The app's CloudShell host registers it when a session starts and
 * removes it when the session stops; nothing else holds on to the session's file system.
 * The app starts CloudShell only once the first screen is up (issue 8): `whenTerminalHome` asks
 * it to start now and waits for the home directory, so an export or import never misses it.
 */
import type { VfsDirData } from '@/vfs';

export interface TerminalHomeAccess {
  /** The home directory as file-system data (null when the learner removed it). */
  read(): VfsDirData | null;
  /** Replaces the home directory (already checked); the session's autosave stores it. */
  replace(home: VfsDirData | null): void;
}

let current: TerminalHomeAccess | undefined;
let starter: (() => void) | undefined;
let waiting: ((access: TerminalHomeAccess) => void)[] = [];

/** Returns the function that unregisters it. */
export function registerTerminalHome(access: TerminalHomeAccess): () => void {
  current = access;
  const ready = waiting;
  waiting = [];
  for (const resolve of ready) resolve(access);
  return () => {
    if (current === access) current = undefined;
  };
}

export const terminalHome = (): TerminalHomeAccess | undefined => current;

/** The app's way to start CloudShell at once (when it is not started yet); returns the function that removes it. */
export function setTerminalHomeStarter(start: () => void): () => void {
  starter = start;
  return () => {
    if (starter === start) starter = undefined;
  };
}

/**
 * The home directory once the session has it: starts CloudShell now if it is still deferred.
 * Undefined when there is no session to wait for (no account loaded), or when it has not come
 * within `timeoutMs` (a session that could not start: the caller reports it as still starting).
 */
export function whenTerminalHome(timeoutMs = 15_000): Promise<TerminalHomeAccess | undefined> {
  if (current) return Promise.resolve(current);
  if (!starter) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting = waiting.filter((w) => w !== done);
      resolve(current);
    }, timeoutMs);
    const done = (access: TerminalHomeAccess) => {
      clearTimeout(timer);
      resolve(access);
    };
    waiting.push(done);
    starter!();
  });
}
