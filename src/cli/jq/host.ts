/**
 * Runs an Emscripten-built command-line program (jq) once: a fresh instance per run, its
 * standard input, output and error, its files from the lab's VFS (read-only), the shell's
 * environment, the simulated clock in UTC and its exit status. This is the small part of an
 * operating system the program asks for through its imports (WASI calls and Emscripten's
 * syscalls); errno values are Emscripten's (WASI numbering), so the program's own C library
 * words its errors (`Could not open x: No such file or directory`) as on Linux.
 *
 * Simplified: standard output is never a terminal, so jq does not colour its output; the
 * program runs on the page's thread, so Ctrl+C cannot reach it: its output stops at 16 MiB
 * (a filter that never ends, `repeat(1)`, is stopped there, status 2, instead of running until
 * Ctrl+C). Files cannot be written (jq does not write any).
 *
 * Over 300 lines: the imports are one closure over the instance's memory and its file table, and
 * each is a few lines; split, every part would take that state as arguments.
 */
import { strptime } from './strptime';
import type { WasmProgram } from './program';

export interface HostFiles {
  /** The file's kind and size, or undefined when the path names nothing. Paths are absolute. */
  stat(path: string): { kind: 'file' | 'dir'; size: number; mtimeMs: number } | undefined;
  read(path: string): Uint8Array;
}

export interface RunRequest {
  args: string[];
  stdin: Uint8Array;
  env: Record<string, string>;
  cwd: string;
  nowMs: number;
  files: HostFiles;
  stdout(data: Uint8Array): void;
  stderr(data: Uint8Array): void;
  /** Bytes of output after which the program is stopped (default 16 MiB). */
  outputLimit?: number;
}

const OUTPUT_LIMIT = 16 * 1024 * 1024;
const HEAP_MAX = 256 * 1024 * 1024;
const AT_FDCWD = -100;
// Emscripten's errno values (WASI numbering).
const E = { BADF: 8, INVAL: 28, ISDIR: 31, NOENT: 44, NOTTY: 59, ROFS: 69, SPIPE: 70, ACCES: 2, RANGE: 68 } as const;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFCHR = 0o020000;
const O_ACCMODE = 3;
const O_CREAT = 0o100;

class ExitStatus {
  constructor(readonly status: number) {}
}
/** Thrown when the output passes the limit: the program is stopped there, as a closed pipe would stop it. */
class OutputLimit {}

interface OpenFile {
  kind: 'stdin' | 'stdout' | 'stderr' | 'file' | 'dir';
  path: string;
  bytes: Uint8Array;
  pos: number;
}

export function runProgram(program: WasmProgram, req: RunRequest): number {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let memory = new WebAssembly.Memory({ initial: 0 }); // the instance's own, once it exists
  let written = 0;
  const limit = req.outputLimit ?? OUTPUT_LIMIT;
  // Standard output is passed on in pieces of 64 KiB or more (the C library writes 1 KiB at a time),
  // and before anything written to standard error, so the two keep their order.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (!pendingBytes) return;
    const all = new Uint8Array(pendingBytes);
    let at = 0;
    for (const p of pending) {
      all.set(p, at);
      at += p.length;
    }
    pending = [];
    pendingBytes = 0;
    req.stdout(all);
  };
  const u8 = () => new Uint8Array(memory.buffer);
  const dv = () => new DataView(memory.buffer);
  const cstr = (ptr: number) => {
    const heap = u8();
    let end = ptr;
    while (heap[end]) end++;
    return decoder.decode(heap.subarray(ptr, end));
  };
  const writeCstr = (ptr: number, text: string, max: number) => {
    const bytes = encoder.encode(text).subarray(0, max - 1);
    u8().set(bytes, ptr);
    u8()[ptr + bytes.length] = 0;
    return bytes.length + 1;
  };
  const absolute = (path: string) => {
    const parts: string[] = [];
    for (const p of (path.startsWith('/') ? path : `${req.cwd}/${path}`).split('/')) {
      if (p === '' || p === '.') continue;
      if (p === '..') parts.pop();
      else parts.push(p);
    }
    return `/${parts.join('/')}`;
  };

  const fds: (OpenFile | undefined)[] = [
    { kind: 'stdin', path: '/dev/stdin', bytes: req.stdin, pos: 0 },
    { kind: 'stdout', path: '/dev/stdout', bytes: new Uint8Array(), pos: 0 },
    { kind: 'stderr', path: '/dev/stderr', bytes: new Uint8Array(), pos: 0 },
  ];
  // No descriptor is a terminal, so jq never colours its output (the lab's terminal shows escape codes as they are).
  const isTty = (_fd: number) => false;

  const fillStat = (buf: number, kind: 'file' | 'dir' | 'chr', size: number, mtimeMs: number) => {
    const view = dv();
    for (let i = 0; i < 96; i += 4) view.setUint32(buf + i, 0, true);
    view.setInt32(buf + 4, (kind === 'dir' ? S_IFDIR | 0o755 : kind === 'chr' ? S_IFCHR | 0o620 : S_IFREG | 0o644) >>> 0, true);
    view.setUint32(buf + 8, 1, true);
    view.setBigInt64(buf + 24, BigInt(size), true);
    view.setInt32(buf + 32, 4096, true);
    view.setInt32(buf + 36, Math.ceil(size / 512), true);
    const seconds = BigInt(Math.floor(mtimeMs / 1000));
    for (const at of [40, 56, 72]) view.setBigInt64(buf + at, seconds, true);
    return 0;
  };
  const statPath = (path: string, buf: number) => {
    if (path.startsWith('/dev/std')) return fillStat(buf, 'chr', 0, req.nowMs);
    const st = req.files.stat(absolute(path));
    return st ? fillStat(buf, st.kind, st.size, st.mtimeMs) : -E.NOENT;
  };
  const tm = (ptr: number, d: Date) => {
    const view = dv();
    const fields = [d.getUTCSeconds(), d.getUTCMinutes(), d.getUTCHours(), d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear() - 1900, d.getUTCDay()];
    fields.forEach((v, i) => view.setInt32(ptr + i * 4, v, true));
    view.setInt32(ptr + 28, Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000), true);
  };
  const time64 = (lo: number, hi: number) => (lo >>> 0) + hi * 4294967296;

  const host: Record<string, (...a: number[]) => number | void> = {
    exit: (code) => {
      throw new ExitStatus(code);
    },
    proc_exit: (code) => {
      throw new ExitStatus(code);
    },
    __assert_fail: (cond) => {
      throw new Error(`assertion failed: ${cstr(cond)}`);
    },
    _abort_js: () => {
      throw new Error('aborted');
    },
    __call_sighandler: () => undefined,
    _emscripten_runtime_keepalive_clear: () => undefined,
    _emscripten_memcpy_js: (dest, src, n) => void u8().copyWithin(dest, src, src + n),
    emscripten_date_now: () => req.nowMs,
    emscripten_resize_heap: (requested) => {
      const size = requested >>> 0;
      if (size > HEAP_MAX) return 0;
      const grow = Math.ceil((Math.min(HEAP_MAX, Math.max(size, memory.buffer.byteLength * 1.2)) - memory.buffer.byteLength) / 65536);
      try {
        memory.grow(grow);
        return 1;
      } catch {
        return 0;
      }
    },
    environ_sizes_get: (pcount, psize) => {
      const env = environ();
      dv().setUint32(pcount, env.length, true);
      dv().setUint32(
        psize,
        env.reduce((n, s) => n + encoder.encode(s).length + 1, 0),
        true,
      );
      return 0;
    },
    environ_get: (penv, pbuf) => {
      let at = pbuf;
      environ().forEach((s, i) => {
        dv().setUint32(penv + i * 4, at, true);
        at += writeCstr(at, s, Infinity);
      });
      return 0;
    },
    __syscall_openat: (dirfd, pathPtr, flags) => {
      if (dirfd !== AT_FDCWD) return -E.BADF;
      const path = absolute(cstr(pathPtr));
      if ((flags & O_ACCMODE) !== 0 || flags & O_CREAT) return -E.ROFS;
      const named = ['/dev/stdin', '/dev/stdout', '/dev/stderr'].indexOf(path);
      if (named >= 0) return dup(named);
      const st = req.files.stat(path);
      if (!st) return -E.NOENT;
      const fd = fds.length;
      fds.push(st.kind === 'dir' ? { kind: 'dir', path, bytes: new Uint8Array(), pos: 0 } : { kind: 'file', path, bytes: req.files.read(path), pos: 0 });
      return fd;
    },
    __syscall_fcntl64: (fd, cmd) => (!fds[fd] ? -E.BADF : cmd === 1 || cmd === 2 || cmd === 4 ? 0 : cmd === 3 ? 0 : -E.INVAL),
    __syscall_ioctl: (fd) => (!fds[fd] ? -E.BADF : isTty(fd) ? 0 : -E.NOTTY),
    __syscall_fstat64: (fd, buf) => {
      const f = fds[fd];
      if (!f) return -E.BADF;
      if (f.kind === 'file' || f.kind === 'dir') return statPath(f.path, buf);
      return fillStat(buf, 'chr', 0, req.nowMs);
    },
    __syscall_stat64: (path, buf) => statPath(cstr(path), buf),
    __syscall_lstat64: (path, buf) => statPath(cstr(path), buf),
    __syscall_newfstatat: (dirfd, path, buf) => (dirfd === AT_FDCWD ? statPath(cstr(path), buf) : -E.BADF),
    __syscall_getcwd: (buf, size) => {
      const need = encoder.encode(req.cwd).length + 1;
      if (size === 0) return -E.INVAL;
      if (size < need) return -E.RANGE;
      return writeCstr(buf, req.cwd, size);
    },
    __syscall_readlinkat: () => -E.INVAL,
    fd_close: (fd) => {
      if (!fds[fd]) return E.BADF;
      fds[fd] = undefined;
      return 0;
    },
    fd_fdstat_get: (fd, pbuf) => {
      const f = fds[fd];
      if (!f) return E.BADF;
      for (let i = 0; i < 24; i++) u8()[pbuf + i] = 0;
      u8()[pbuf] = isTty(fd) ? 2 : f.kind === 'dir' ? 3 : 4;
      return 0;
    },
    fd_seek: (fd, lo, hi, whence, pnew) => {
      const f = fds[fd];
      if (!f) return E.BADF;
      if (f.kind !== 'file') return E.SPIPE;
      const base = whence === 0 ? 0 : whence === 1 ? f.pos : f.bytes.length;
      const to = base + time64(lo, hi);
      if (to < 0) return E.INVAL;
      f.pos = to;
      dv().setBigInt64(pnew, BigInt(to), true);
      return 0;
    },
    fd_read: (fd, iov, iovcnt, pnum) => {
      const f = fds[fd];
      if (!f || f.kind === 'stdout' || f.kind === 'stderr') return E.BADF;
      if (f.kind === 'dir') return E.ISDIR;
      let total = 0;
      for (let i = 0; i < iovcnt; i++) {
        const ptr = dv().getUint32(iov + i * 8, true);
        const len = dv().getUint32(iov + i * 8 + 4, true);
        const chunk = f.bytes.subarray(f.pos, f.pos + len);
        u8().set(chunk, ptr);
        f.pos += chunk.length;
        total += chunk.length;
        if (chunk.length < len) break;
      }
      dv().setUint32(pnum, total, true);
      return 0;
    },
    fd_write: (fd, iov, iovcnt, pnum) => {
      const f = fds[fd];
      if (!f || (f.kind !== 'stdout' && f.kind !== 'stderr')) return E.BADF;
      let total = 0;
      for (let i = 0; i < iovcnt; i++) {
        const ptr = dv().getUint32(iov + i * 8, true);
        const len = dv().getUint32(iov + i * 8 + 4, true);
        if (f.kind === 'stdout') {
          if (written + len > limit) throw new OutputLimit();
          written += len;
          pending.push(u8().slice(ptr, ptr + len));
          pendingBytes += len;
          if (pendingBytes >= 65536) flush();
        } else if (len) {
          flush();
          req.stderr(u8().slice(ptr, ptr + len));
        }
        total += len;
      }
      dv().setUint32(pnum, total, true);
      return 0;
    },
    _tzset_js: (timezone, daylight, stdName, dstName) => {
      dv().setUint32(timezone, 0, true);
      dv().setInt32(daylight, 0, true);
      writeCstr(stdName, 'UTC', 17);
      writeCstr(dstName, 'UTC', 17);
    },
    _gmtime_js: (lo, hi, ptr) => tm(ptr, new Date(time64(lo, hi) * 1000)),
    _localtime_js: (lo, hi, ptr) => {
      tm(ptr, new Date(time64(lo, hi) * 1000));
      dv().setInt32(ptr + 32, 0, true); // tm_isdst
      dv().setInt32(ptr + 36, 0, true); // tm_gmtoff: CloudShell runs in UTC
    },
    _timegm_js: (ptr) => {
      const view = dv();
      const f = (i: number) => view.getInt32(ptr + i * 4, true);
      const ms = Date.UTC(f(5) + 1900, f(4), f(3), f(2), f(1), f(0));
      tm(ptr, new Date(ms));
      const seconds = Math.floor(ms / 1000);
      tempRetSet(Math.floor(seconds / 4294967296));
      return seconds >>> 0;
    },
    strptime: (buf, format, tmPtr) => {
      const text = cstr(buf);
      const consumed = strptime(text, cstr(format));
      if (!consumed) return 0;
      const view = dv();
      const t = consumed.tm;
      [t.sec, t.min, t.hour, t.mday, t.mon, t.year, t.wday, t.yday].forEach((v, i) => view.setInt32(tmPtr + i * 4, v, true));
      return buf + encoder.encode(text.slice(0, consumed.length)).length;
    },
  };
  const environ = () => Object.entries(req.env).map(([k, v]) => `${k}=${v}`);
  function dup(fd: number): number {
    const f = fds[fd];
    if (!f) return -E.NOENT;
    fds.push({ ...f, pos: 0 });
    return fds.length - 1;
  }

  const imports: Record<string, (...a: number[]) => number | void> = {};
  for (const [name, cName] of program.imports) {
    const fn = host[cName];
    if (!fn) throw new Error(`jq: the module asks for ${cName}, which this host does not provide`);
    imports[name] = fn;
  }
  const moduleNames = new Set(WebAssembly.Module.imports(program.module).map((i) => i.module));
  const importObject: WebAssembly.Imports = {};
  for (const m of moduleNames) importObject[m] = imports;
  const instance = new WebAssembly.Instance(program.module, importObject);
  const ex = instance.exports as Record<string, unknown>;
  memory = ex[program.exports.memory] as WebAssembly.Memory;
  const stackAlloc = ex[program.exports.stackAlloc] as (n: number) => number;
  const tempRetSet = ex[program.exports.tempRetSet] as (n: number) => void;

  try {
    (ex[program.exports.ctors] as () => void)();
    const argv = ['jq', ...req.args].map((a) => {
      const bytes = encoder.encode(a);
      const ptr = stackAlloc(bytes.length + 1);
      u8().set(bytes, ptr);
      u8()[ptr + bytes.length] = 0;
      return ptr;
    });
    const table = stackAlloc((argv.length + 1) * 4);
    argv.forEach((p, i) => dv().setUint32(table + i * 4, p, true));
    dv().setUint32(table + argv.length * 4, 0, true);
    return (ex[program.exports.main] as (argc: number, argv: number) => number)(argv.length, table);
  } catch (e) {
    if (e instanceof ExitStatus) return e.status;
    if (e instanceof OutputLimit) {
      flush();
      req.stderr(
        encoder.encode(`jq: output stopped after ${limit >= 1048576 ? `${limit / 1048576} MiB` : `${limit} bytes`} (the lab's limit for one command)\n`),
      );
      return 2;
    }
    throw e;
  } finally {
    flush();
  }
}
