/**
 * "Your data": the learner's whole lab in one file (src/persist/account-file.ts), joined here with
 * the parts the engine may not know: the CloudShell home directory (src/vfs data, files as
 * base64 in the file) and the lab and drill progress (the progress file's own content and
 * checks, src/state/progress-file.ts). Applying an import replaces, in this order, the progress
 * (the write that can fail: IndexedDB), the home directory, then the account (cloud.restore, as
 * a demo scenario does); a failure puts back what was already replaced, so a failed import
 * changes nothing. An import is refused before anything is replaced when the account could not
 * be saved afterwards (another tab saved a newer version): it would be "imported" in this page
 * only, and its progress part without its account.
 */
import { dict, own } from '@/core';
import type { Cloud } from '@/cloud';
import { fromBase64, toBase64 } from '@/core/bytes';
import { rootPrincipal } from '@/iam/state';
import { importAccountFile, exportAccountFile, type AccountImport, type ImportError, type PartCheck } from '@/persist/account-file';
import type { Progress } from '@/quiz/progress';
import { loadProgress, updateProgress } from '@/quiz/store';
import { dataToTree, VFS_DATA_FORMAT, VFS_DATA_VERSION, VfsDataError, type VfsDirData, type VfsNodeData } from '@/vfs';
import { accountSaveRefusal, setIdentity, useConsole } from './console-store';
import { replaceLabProgress, useLabSession } from './lab-progress';
import { applyProgressFile, exportProgressFile, parseProgressFile, type LabsPart, type ProgressFile, type ProgressTargets } from './progress-file';
import { whenTerminalHome, type TerminalHomeAccess } from './terminal-home-slot';

export type LearnerImport = AccountImport<VfsDirData | null, ProgressFile>;
export type { ImportError };
export { certificateLabel, keyLabel } from '@/persist/account-file';

const MAX_DEPTH = 64;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The home directory as JSON: the vfs data with each file's bytes in base64. */
export function homeToJson(dir: VfsDirData | null): unknown {
  const node = (n: VfsNodeData): unknown =>
    n.type === 'file'
      ? { type: 'file', mtimeMs: n.mtimeMs, base64: toBase64(n.data) }
      : { type: 'dir', mtimeMs: n.mtimeMs, entries: Object.fromEntries(Object.entries(n.entries).map(([k, v]) => [k, node(v)])) };
  return dir && node(dir);
}

class BadHome extends Error {}

function homeFromJson(v: unknown, path: string, depth: number): VfsNodeData {
  if (depth > MAX_DEPTH) throw new BadHome(`directories are nested deeper than ${MAX_DEPTH} levels`);
  if (!isObj(v)) throw new BadHome(`${path} is not a file or directory`);
  if (v.type === 'file') {
    const data = typeof v.base64 === 'string' ? fromBase64(v.base64) : undefined;
    if (!data) throw new BadHome(`the content of ${path} is not base64`);
    return { type: 'file', mtimeMs: v.mtimeMs as number, data };
  }
  if (v.type !== 'dir' || !isObj(v.entries)) return { type: v.type, mtimeMs: v.mtimeMs, entries: v.entries } as VfsNodeData; // the vfs check names the problem
  const entries = dict<VfsNodeData>();
  for (const [name, child] of Object.entries(v.entries)) entries[name] = homeFromJson(child, `${path}/${name}`, depth + 1);
  return { type: 'dir', mtimeMs: v.mtimeMs as number, entries };
}

/** Checks the home part: base64 here, everything else by the file system's own reader. */
export const checkTerminalHome: PartCheck<VfsDirData | null> = (v) => {
  if (v === null) return { ok: true, value: null };
  try {
    const home = homeFromJson(v, '~', 0);
    if (home.type !== 'dir') return { ok: false, reason: 'the home directory is not a directory.' };
    dataToTree({ format: VFS_DATA_FORMAT, version: VFS_DATA_VERSION, root: home });
    return { ok: true, value: home };
  } catch (e) {
    if (e instanceof BadHome || e instanceof VfsDataError)
      return { ok: false, reason: `${e.message.replace(/^Invalid file system data at \//, 'invalid data at ~/')}.` };
    throw e;
  }
};

/** Checks the progress part with the progress file's own reader. */
export const checkProgress: PartCheck<ProgressFile> = (v) => {
  const r = parseProgressFile(JSON.stringify(v));
  return r.ok ? { ok: true, value: r.file } : { ok: false, reason: r.reason };
};

const readLabs = (): LabsPart => {
  const s = useLabSession.getState();
  return { progress: s.progress, ...(s.last ? { last: s.last } : {}) };
};

export const progressTargets: ProgressTargets = {
  readDrills: loadProgress,
  writeDrills: (p: Progress) => updateProgress(() => p),
  readLabs,
  writeLabs: (l: LabsPart) => replaceLabProgress(l.progress, l.last),
};

export interface LearnerSources {
  cloud: Cloud;
  home: TerminalHomeAccess | undefined;
  progress: ProgressTargets;
  /** Why the account could not be saved after the import (default: the console's store). */
  saveRefusal?: () => Promise<string | undefined>;
}

// CloudShell may not have started yet (the app defers it until the first screen is up): ask it to start and wait.
const currentSources = async (): Promise<LearnerSources | undefined> => {
  const cloud = useConsole.getState().cloud;
  return cloud && { cloud, home: await whenTerminalHome(), progress: progressTargets };
};

/** The export file's text, of the account, home directory and progress as they are now. */
export async function exportLearnerFile(now: Date, given?: LearnerSources): Promise<string> {
  const s = given ?? (await currentSources());
  if (!s) throw new Error('The account is not loaded yet.');
  const progress = JSON.parse(exportProgressFile(s.progress.readLabs(), await s.progress.readDrills(), now));
  return exportAccountFile({ state: s.cloud.snapshot(), terminalHome: homeToJson(s.home?.read() ?? null), progress, now });
}

/** Reads a file the learner chose; nothing is applied (see applyLearnerImport). */
export async function readLearnerFile(text: string, cloud: Cloud | undefined = useConsole.getState().cloud): Promise<LearnerImport | ImportError> {
  if (!cloud) throw new Error('The account is not loaded yet.');
  return importAccountFile(text, { terminalHome: checkTerminalHome, progress: checkProgress }, { random: cloud.random });
}

/** Applies a read import: all of it or, on a failure, nothing (the error is rethrown). */
export async function applyLearnerImport(plan: LearnerImport, given?: LearnerSources): Promise<void> {
  const s = given ?? (await currentSources());
  if (!s) throw new Error('The account is not loaded yet.');
  if (!s.home) throw new Error('CloudShell is still starting; try again in a moment.');
  const refused = await (s.saveRefusal ?? accountSaveRefusal)();
  if (refused) throw new Error(`${refused} Reload this page to continue from it, then import the file again.`);
  const before = { labs: s.progress.readLabs(), drills: await s.progress.readDrills(), home: s.home.read() };
  await applyProgressFile(plan.progress, s.progress);
  try {
    s.home.replace(plan.terminalHome);
    s.cloud.restore(plan.state);
  } catch (e) {
    s.home.replace(before.home);
    await applyProgressFile({ labs: before.labs, drills: before.drills }, s.progress);
    throw e;
  }
  // Signed in as a user the imported account does not have: back to the root, as after sign-out.
  const identity = useConsole.getState().identity;
  if (identity.type !== 'root' && !own(s.cloud.state.iam.users, identity.name) && !own(s.cloud.state.iam.roles, identity.name)) setIdentity(rootPrincipal());
}
