/**
 * The file tree as plain data for IndexedDB (Uint8Array and numbers survive structured
 * cloning), and its validating reader: bad data gives a VfsDataError naming the first bad
 * path, and the tree being restored is not touched.
 */
import { dict } from '@/core';
import { VfsDataError } from './errors';
import type { DirNode, VfsNode } from './nodes';

export const VFS_DATA_FORMAT = 'kmslab-vfs';
export const VFS_DATA_VERSION = 1;
const MAX_DEPTH = 64;

export interface VfsFileData {
  type: 'file';
  mtimeMs: number;
  data: Uint8Array;
}

export interface VfsDirData {
  type: 'dir';
  mtimeMs: number;
  entries: Record<string, VfsNodeData>;
}

export type VfsNodeData = VfsFileData | VfsDirData;

export interface VfsData {
  format: typeof VFS_DATA_FORMAT;
  version: number;
  root: VfsDirData;
}

export function treeToData(root: DirNode): VfsData {
  return { format: VFS_DATA_FORMAT, version: VFS_DATA_VERSION, root: dirToData(root) };
}

function dirToData(dir: DirNode): VfsDirData {
  // File names are the user's: a null-prototype map keeps `__proto__` or `toString` as entries.
  const entries = dict<VfsNodeData>();
  for (const [name, node] of dir.entries) {
    entries[name] = node.kind === 'file' ? { type: 'file', mtimeMs: node.mtimeMs, data: new Uint8Array(node.data) } : dirToData(node);
  }
  return { type: 'dir', mtimeMs: dir.mtimeMs, entries };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates saved data completely before building anything from it. */
export function dataToTree(data: unknown): DirNode {
  if (!isObject(data)) throw new VfsDataError('Invalid file system data: expected an object');
  if (data.format !== VFS_DATA_FORMAT) throw new VfsDataError(`Invalid file system data: format must be "${VFS_DATA_FORMAT}"`);
  if (data.version !== VFS_DATA_VERSION) throw new VfsDataError(`Unsupported file system data version ${String(data.version)} (expected ${VFS_DATA_VERSION})`);
  const root = toNode(data.root, '/', 0);
  if (root.kind !== 'dir') throw new VfsDataError('Invalid file system data at /: the root must be a directory');
  return root;
}

function toNode(v: unknown, path: string, depth: number): VfsNode {
  const fail = (why: string): never => {
    throw new VfsDataError(`Invalid file system data at ${path}: ${why}`);
  };
  if (depth > MAX_DEPTH) fail(`directories nested deeper than ${MAX_DEPTH} levels`);
  if (!isObject(v)) return fail('expected an object');
  if (typeof v.mtimeMs !== 'number' || !Number.isFinite(v.mtimeMs)) fail('mtimeMs must be a finite number');
  const mtimeMs = v.mtimeMs as number;
  if (v.type === 'file') {
    if (!(v.data instanceof Uint8Array)) fail('data must be a Uint8Array');
    return { kind: 'file', data: new Uint8Array(v.data as Uint8Array), mtimeMs };
  }
  if (v.type !== 'dir') fail('type must be "file" or "dir"');
  if (!isObject(v.entries)) fail('entries must be an object');
  const entries = new Map<string, VfsNode>();
  for (const [name, child] of Object.entries(v.entries as Record<string, unknown>)) {
    const childPath = path === '/' ? `/${name}` : `${path}/${name}`;
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
      throw new VfsDataError(`Invalid file system data at ${path}: invalid entry name ${JSON.stringify(name)}`);
    }
    entries.set(name, toNode(child, childPath, depth + 1));
  }
  return { kind: 'dir', entries, mtimeMs };
}
