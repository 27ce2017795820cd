/**
 * Files in and out of the home directory, as AWS CloudShell's Actions menu moves them: an upload
 * lands in the home directory under the file's own name (an existing file of that name is
 * replaced, as `cp` would do); a download takes a path, absolute or relative to the home
 * directory. Any bytes: files are Uint8Array end to end. Messages are the terminal's
 * (`No such file or directory`), with the path they concern.
 */
import { HOME, isVfsError, type Vfs } from '@/vfs';

/** Uploads above this size are refused: the whole home directory is saved in the browser after each change. */
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

export type UploadResult = { ok: true; path: string; size: number; replaced: boolean } | { ok: false; message: string };
export type DownloadResult = { ok: true; path: string; name: string; data: Uint8Array } | { ok: false; message: string };

export interface TransferCommands {
  upload(name: string, data: Uint8Array): UploadResult;
  read(path: string): DownloadResult;
}

export const formatBytes = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'byte' : 'bytes'}`;

export const tooLarge = (name: string, size: number) => `${name} (${formatBytes(size)}) is larger than the lab's upload limit of 50 MiB: not uploaded.`;

export function transferCommands(vfs: () => Vfs): TransferCommands {
  return {
    upload(name, data) {
      if (!name || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
        return { ok: false, message: `${JSON.stringify(name)} is not a valid file name.` };
      }
      if (data.length > UPLOAD_LIMIT_BYTES) {
        return { ok: false, message: tooLarge(name, data.length) };
      }
      const path = `${HOME}/${name}`;
      const fs = vfs();
      try {
        if (fs.isDir(path)) return { ok: false, message: `${path}: Is a directory: not uploaded.` };
        const replaced = fs.isFile(path);
        fs.writeFile(path, new Uint8Array(data));
        return { ok: true, path, size: data.length, replaced };
      } catch (e) {
        if (isVfsError(e)) return { ok: false, message: `${path}: ${e.message}` };
        throw e;
      }
    },
    read(input) {
      const trimmed = input.trim();
      if (!trimmed) return { ok: false, message: 'Enter the path of a file.' };
      const relative = trimmed.startsWith('~/') ? trimmed.slice(2) : trimmed === '~' ? '.' : trimmed;
      const fs = vfs();
      const path = fs.resolve(HOME, relative);
      try {
        if (fs.isDir(path)) return { ok: false, message: `${path}: Is a directory. Download one file at a time.` };
        const data = fs.readFile(path);
        return { ok: true, path, name: path.slice(path.lastIndexOf('/') + 1), data };
      } catch (e) {
        if (isVfsError(e)) return { ok: false, message: `${path}: ${e.message}` };
        throw e;
      }
    },
  };
}
