/**
 * What CloudShell keeps between sessions is the home directory only (AWS keeps $HOME, and
 * nothing else, for each user): these pick the home subtree out of the file system's data for
 * saving, and put a saved one back into a fresh file system's data for restoring. Nothing is
 * checked here: `new Vfs(clock, data)` / `vfs.restore(data)` validate the result completely.
 */
import { HOME, type VfsData, type VfsDirData, type VfsNodeData } from '@/vfs';

const PATH = HOME.split('/').filter(Boolean);

/** The home directory's subtree, or null when the user removed it. */
export function homeOf(data: VfsData): VfsDirData | null {
  let node: VfsNodeData | undefined = data.root;
  for (const name of PATH) node = node?.type === 'dir' ? node.entries[name] : undefined;
  return node?.type === 'dir' ? node : null;
}

/** `base` with its home directory replaced by `home` (null keeps base's own). */
export function withHome(base: VfsData, home: unknown): VfsData {
  if (home === null) return base;
  const put = (dir: VfsDirData, depth: number): VfsDirData => {
    const name = PATH[depth]!;
    const child = dir.entries[name];
    const next =
      depth === PATH.length - 1 ? (home as VfsNodeData) : put(child?.type === 'dir' ? child : { type: 'dir', mtimeMs: dir.mtimeMs, entries: {} }, depth + 1);
    return { ...dir, entries: { ...dir.entries, [name]: next } };
  };
  return { ...base, root: put(base.root, 0) };
}
