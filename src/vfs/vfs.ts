/**
 * The terminal's file system: an in-memory POSIX-like tree of directories and files.
 * Files are bytes (Uint8Array), never strings, so binary ciphertext survives `> file`,
 * `fileb://` and pipes unchanged. Modification times come from the injected clock (the
 * simulated one), never from Date.now(). Errors are VfsError values with POSIX codes and
 * strerror texts. Paths given to these methods are absolute; `resolve(cwd, p)` makes them so.
 * Simplified: no permissions, owners, links or special files.
 */
import { Emitter } from '@/core';
import { VfsError } from './errors';
import { joinPath, resolvePath, segments } from './path';
import type { DirNode, VfsNode } from './nodes';
import { dataToTree, treeToData, type VfsData } from './serialize';

export interface VfsClock {
  nowMs(): number;
}

export type { DirNode, FileNode, VfsNode } from './nodes';

export interface VfsStat {
  kind: 'file' | 'dir';
  size: number;
  mtimeMs: number;
  /** Hard links as `ls -l` counts them: 1 for a file, 2 + subdirectories for a directory. */
  nlink: number;
}

export class Vfs {
  private root: DirNode;
  private readonly clock: VfsClock;
  private readonly changes = new Emitter<void>();

  constructor(clock: VfsClock, data?: VfsData) {
    this.clock = clock;
    this.root = data ? dataToTree(data) : { kind: 'dir', entries: new Map(), mtimeMs: clock.nowMs() };
  }

  resolve(cwd: string, path: string): string {
    return resolvePath(cwd, path);
  }

  /** Notified after every change (for autosave). */
  subscribe(listener: () => void): () => void {
    return this.changes.subscribe(listener);
  }

  stat(path: string): VfsStat {
    const node = this.node(path);
    if (node.kind === 'file') return { kind: 'file', size: node.data.length, mtimeMs: node.mtimeMs, nlink: 1 };
    let dirs = 0;
    for (const child of node.entries.values()) if (child.kind === 'dir') dirs++;
    return { kind: 'dir', size: 4096, mtimeMs: node.mtimeMs, nlink: 2 + dirs };
  }

  exists(path: string): boolean {
    return this.find(path) !== undefined;
  }

  isDir(path: string): boolean {
    return this.find(path)?.kind === 'dir';
  }

  isFile(path: string): boolean {
    return this.find(path)?.kind === 'file';
  }

  /** The file's bytes. Treat them as read-only: writes replace the array. */
  readFile(path: string): Uint8Array {
    const node = this.node(path);
    if (node.kind === 'dir') throw new VfsError('EISDIR', path);
    return node.data;
  }

  writeFile(path: string, data: Uint8Array): void {
    this.put(path, new Uint8Array(data));
  }

  appendFile(path: string, data: Uint8Array): void {
    const existing = this.find(path);
    if (existing?.kind === 'dir') throw new VfsError('EISDIR', path);
    if (!existing) return this.put(path, new Uint8Array(data));
    const merged = new Uint8Array(existing.data.length + data.length);
    merged.set(existing.data);
    merged.set(data, existing.data.length);
    this.put(path, merged);
  }

  /** Creates an empty file, or updates the modification time of an existing file or directory. */
  touch(path: string): void {
    const existing = this.find(path);
    if (existing) {
      existing.mtimeMs = this.clock.nowMs();
      this.changed();
    } else this.put(path, new Uint8Array());
  }

  mkdir(path: string, options: { parents?: boolean } = {}): void {
    const parts = segments(path);
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!;
      const last = i === parts.length - 1;
      const child = dir.entries.get(name);
      if (child?.kind === 'dir') {
        if (last && !options.parents) throw new VfsError('EEXIST', path);
        dir = child;
        continue;
      }
      if (child) throw new VfsError(last ? 'EEXIST' : 'ENOTDIR', path);
      if (!last && !options.parents) throw new VfsError('ENOENT', path);
      const made: DirNode = { kind: 'dir', entries: new Map(), mtimeMs: this.clock.nowMs() };
      dir.entries.set(name, made);
      dir.mtimeMs = made.mtimeMs;
      dir = made;
    }
    if (parts.length === 0 && !options.parents) throw new VfsError('EEXIST', path);
    this.changed();
  }

  /** Entry names of a directory, in code-point order. */
  readdir(path: string): string[] {
    const node = this.node(path);
    if (node.kind !== 'dir') throw new VfsError('ENOTDIR', path);
    return [...node.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  unlink(path: string): void {
    const { parent, name, node } = this.entry(path);
    if (node.kind === 'dir') throw new VfsError('EISDIR', path);
    this.detach(parent, name);
  }

  rmdir(path: string): void {
    const { parent, name, node } = this.entry(path);
    if (node.kind !== 'dir') throw new VfsError('ENOTDIR', path);
    if (node.entries.size > 0) throw new VfsError('ENOTEMPTY', path);
    this.detach(parent, name);
  }

  /** Removes a file or a whole directory tree. */
  removeTree(path: string): void {
    const { parent, name } = this.entry(path);
    this.detach(parent, name);
  }

  /** POSIX rename(2): replaces a file target, or an empty directory target with a directory. */
  rename(from: string, to: string): void {
    const src = this.entry(from);
    const toParts = segments(to);
    const fromParts = segments(from);
    if (toParts.length > fromParts.length && fromParts.every((p, i) => toParts[i] === p)) throw new VfsError('EINVAL', to);
    const target = this.find(to);
    if (target === src.node) return;
    if (target) {
      if (src.node.kind === 'dir' && target.kind !== 'dir') throw new VfsError('ENOTDIR', to);
      if (src.node.kind !== 'dir' && target.kind === 'dir') throw new VfsError('EISDIR', to);
      if (target.kind === 'dir' && target.entries.size > 0) throw new VfsError('ENOTEMPTY', to);
    }
    const destParent = this.parentDir(to);
    src.parent.entries.delete(src.name);
    destParent.entries.set(toParts[toParts.length - 1]!, src.node);
    src.parent.mtimeMs = destParent.mtimeMs = this.clock.nowMs();
    this.changed();
  }

  /** The whole tree as plain, structured-cloneable data (for IndexedDB). */
  toData(): VfsData {
    return treeToData(this.root);
  }

  /** Replaces the tree with saved data; invalid data throws VfsDataError and changes nothing. */
  restore(data: VfsData): void {
    this.root = dataToTree(data);
    this.changed();
  }

  private put(path: string, data: Uint8Array): void {
    const name = segments(path).pop();
    if (name === undefined) throw new VfsError('EISDIR', path);
    const parent = this.parentDir(path);
    const existing = parent.entries.get(name);
    if (existing?.kind === 'dir') throw new VfsError('EISDIR', path);
    const now = this.clock.nowMs();
    parent.entries.set(name, { kind: 'file', data, mtimeMs: now });
    if (!existing) parent.mtimeMs = now;
    this.changed();
  }

  private detach(parent: DirNode, name: string) {
    parent.entries.delete(name);
    parent.mtimeMs = this.clock.nowMs();
    this.changed();
  }

  private changed() {
    this.changes.emit();
  }

  private find(path: string): VfsNode | undefined {
    let node: VfsNode = this.root;
    for (const part of segments(path)) {
      if (node.kind !== 'dir') return undefined;
      const next: VfsNode | undefined = node.entries.get(part);
      if (!next) return undefined;
      node = next;
    }
    // `file/` names a directory that does not exist.
    if (node.kind === 'file' && path.endsWith('/')) return undefined;
    return node;
  }

  /** The node at path, or ENOENT / ENOTDIR as the kernel would report them. */
  private node(path: string): VfsNode {
    let node: VfsNode = this.root;
    for (const part of segments(path)) {
      if (node.kind !== 'dir') throw new VfsError('ENOTDIR', path);
      const next: VfsNode | undefined = node.entries.get(part);
      if (!next) throw new VfsError('ENOENT', path);
      node = next;
    }
    if (node.kind === 'file' && path.endsWith('/')) throw new VfsError('ENOTDIR', path);
    return node;
  }

  private parentDir(path: string): DirNode {
    const parts = segments(path);
    parts.pop();
    const parent = this.node('/' + parts.join('/'));
    if (parent.kind !== 'dir') throw new VfsError('ENOTDIR', path);
    return parent;
  }

  private entry(path: string): { parent: DirNode; name: string; node: VfsNode } {
    const parts = segments(path);
    if (parts.length === 0) throw new VfsError('EBUSY', path);
    const node = this.node(path);
    const parent = this.parentDir(path);
    return { parent, name: parts[parts.length - 1]!, node };
  }
}

export { joinPath };
