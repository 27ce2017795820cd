/**
 * File-system errors as values with POSIX names. The message is the strerror text that
 * coreutils and bash print after the file name (`cat: x: No such file or directory`).
 */
export const POSIX_MESSAGES = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  EBUSY: 'Device or resource busy',
} as const;

export type PosixCode = keyof typeof POSIX_MESSAGES;

export class VfsError extends Error {
  readonly code: PosixCode;
  readonly path: string;

  constructor(code: PosixCode, path: string) {
    super(POSIX_MESSAGES[code]);
    this.name = 'VfsError';
    this.code = code;
    this.path = path;
  }
}

export const isVfsError = (e: unknown): e is VfsError => e instanceof VfsError;

/** Thrown by restore/fromData when saved data is not a valid file tree; the current tree is kept. */
export class VfsDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VfsDataError';
  }
}
