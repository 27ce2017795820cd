/** The tree's nodes: a file holds bytes, a directory its entries by name. */
export interface FileNode {
  kind: 'file';
  data: Uint8Array;
  mtimeMs: number;
}

export interface DirNode {
  kind: 'dir';
  entries: Map<string, VfsNode>;
  mtimeMs: number;
}

export type VfsNode = FileNode | DirNode;
