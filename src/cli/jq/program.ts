/**
 * The jq program itself: jq 1.7.1 compiled to WebAssembly by Emscripten, as the jq-wasm package
 * (pinned) ships it. That package embeds the module in its JavaScript glue as base64 and names
 * the module's imports and exports with single letters; the glue's text says which letter is
 * which (`var wasmImports = { a: ___assert_fail, ... }`, `_main = wasmExports["G"]`), so both
 * tables are read from it rather than written here. The glue itself is not run: `host.ts` is the
 * program's operating system (files from the lab's VFS, the simulated clock, exit status).
 *
 * Loaded on the first `jq` only (a chunk of its own): the first screen does not carry it.
 */
import glue from 'jq-wasm/dist/build/jq.js?raw';

export interface WasmProgram {
  module: WebAssembly.Module;
  /** Import name in the module -> the C/WASI name it stands for (`fd_write`, `__syscall_openat` ...). */
  imports: ReadonlyMap<string, string>;
  /** C name -> export name in the module: `memory`, `main`, `ctors`, `stackAlloc`, `tempRetSet`. */
  exports: Readonly<Record<'memory' | 'main' | 'ctors' | 'stackAlloc' | 'tempRetSet', string>>;
}

/** Reads the module and its name tables from Emscripten's glue text. Throws if the glue's layout is not the one expected. */
export function parseGlue(text: string): { bytes: Uint8Array<ArrayBuffer>; imports: Map<string, string>; exports: WasmProgram['exports'] } {
  const data = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]{1000,})/.exec(text);
  const table = /var wasmImports = \{([^}]*)\}/.exec(text);
  if (!data || !table) throw new Error('jq: the WebAssembly module was not found in its package');
  const imports = new Map<string, string>();
  for (const pair of table[1]!.split(',')) {
    const m = /^\s*(\w+)\s*:\s*_(\w+)\s*$/.exec(pair);
    if (!m) throw new Error(`jq: unexpected import entry ${pair.trim()}`);
    imports.set(m[1]!, m[2]!); // Emscripten's JS name is the C name with one more leading underscore
  }
  const exportOf = (pattern: RegExp, what: string): string => {
    const m = pattern.exec(text);
    if (!m) throw new Error(`jq: export ${what} not found`);
    return m[1]!;
  };
  const exports = {
    memory: exportOf(/wasmMemory = wasmExports\["(\w+)"\]/, 'memory'),
    ctors: exportOf(/___wasm_call_ctors = wasmExports\["(\w+)"\]/, 'ctors'),
    main: exportOf(/_main = Module\["_main"\] = wasmExports\["(\w+)"\]/, 'main'),
    stackAlloc: exportOf(/__emscripten_stack_alloc = wasmExports\["(\w+)"\]/, 'stackAlloc'),
    tempRetSet: exportOf(/__emscripten_tempret_set = wasmExports\["(\w+)"\]/, 'tempRetSet'),
  };
  const binary = atob(data[1]!);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { bytes, imports, exports };
}

let loaded: Promise<WasmProgram> | undefined;

/** Compiles jq once per page (later calls share the promise). */
export function loadJq(): Promise<WasmProgram> {
  loaded ??= (async () => {
    const { bytes, imports, exports } = parseGlue(glue);
    const module = await WebAssembly.compile(bytes);
    return { module, imports, exports };
  })();
  loaded.catch(() => (loaded = undefined)); // a failed load is tried again by the next jq
  return loaded;
}
