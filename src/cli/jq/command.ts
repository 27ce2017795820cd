/**
 * `jq`, as installed in AWS CloudShell: the real jq 1.7.1 (WebAssembly), loaded the first time
 * it runs. Options, filters, messages and exit status are jq's own (`-r`, `-c`, `-e`, `--arg`,
 * `-n`, `-s` ...); files named on the command line are read from the home directory's files.
 *
 * Simplified: no colours (as when jq writes to a pipe); `import`/`include` of jq modules finds
 * no module directory; see host.ts.
 */
import { isVfsError } from '@/vfs';
import type { CommandInfo } from '@/cli/shell/types';

export const jqCommand: CommandInfo = {
  summary: 'command-line JSON processor (jq 1.7.1)',
  usage: 'jq [OPTIONS] FILTER [FILES...]',
  async run(ctx) {
    let runtime: typeof import('./jq-runtime');
    let program: Awaited<ReturnType<typeof runtime.loadJq>>;
    try {
      runtime = await import('./jq-runtime');
      program = await runtime.loadJq();
    } catch (e) {
      ctx.stderr.write(`bash: jq: could not be loaded (${e instanceof Error ? e.message : String(e)}); try again\n`);
      return 126;
    }
    const { vfs, cwd } = ctx.state;
    return runtime.runProgram(program, {
      args: ctx.args,
      stdin: ctx.stdin,
      env: ctx.env,
      cwd,
      nowMs: ctx.state.cloud.clock.nowMs(),
      files: {
        stat(path) {
          try {
            const st = vfs.stat(path);
            return { kind: st.kind, size: st.size, mtimeMs: st.mtimeMs };
          } catch (e) {
            if (isVfsError(e)) return undefined;
            throw e;
          }
        },
        read: (path) => vfs.readFile(path),
      },
      stdout: (data) => ctx.stdout.write(data),
      stderr: (data) => ctx.stderr.write(data),
    });
  },
};
