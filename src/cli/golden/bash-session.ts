/**
 * A long-lived bash for the golden test (Node only): lines are sent one at a time, each
 * followed by a marker that reports its exit status on stdout and ends its stderr, so
 * variables and files carry over from line to line as in a terminal, and later lines can use
 * values captured from earlier ones. Each line's stdin is /dev/null.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface LineResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  status: number;
}

export class BashSession {
  private out = Buffer.alloc(0);
  private err = Buffer.alloc(0);
  private wake: (() => void) | undefined;
  private n = 0;

  private constructor(private readonly proc: ChildProcessWithoutNullStreams) {
    proc.stdout.on('data', (d: Buffer) => this.push('out', d));
    proc.stderr.on('data', (d: Buffer) => this.push('err', d));
  }

  static start(cwd: string, env: Record<string, string>, prelude: string): BashSession {
    const session = new BashSession(spawn('bash', ['--norc', '--noprofile', '-s'], { cwd, env }));
    session.proc.stdin.write(
      `${prelude}\n__golden_mark() { local s=$?; printf '\\n@@GOLDEN %s %s@@\\n' "$1" "$s"; printf '\\n@@GOLDEN %s@@\\n' "$1" >&2; return $s; }\n`,
    );
    return session;
  }

  private push(which: 'out' | 'err', d: Buffer) {
    if (which === 'out') this.out = Buffer.concat([this.out, d]);
    else this.err = Buffer.concat([this.err, d]);
    this.wake?.();
  }

  async run(line: string): Promise<LineResult> {
    const id = ++this.n;
    this.proc.stdin.write(`{ ${line}\n} </dev/null\n__golden_mark ${id}\n`);
    const outMark = new RegExp(`\\n@@GOLDEN ${id} (\\d+)@@\\n`);
    const errMark = `\n@@GOLDEN ${id}@@\n`;
    for (;;) {
      const m = outMark.exec(this.out.toString('latin1'));
      const e = this.err.indexOf(errMark);
      if (m && e >= 0) {
        const stdout = new Uint8Array(this.out.subarray(0, m.index));
        const stderr = new Uint8Array(this.err.subarray(0, e));
        this.out = this.out.subarray(m.index + m[0].length);
        this.err = this.err.subarray(e + errMark.length);
        return { stdout, stderr, status: Number(m[1]) };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  close(): void {
    this.proc.stdin.end();
    this.proc.kill();
  }
}
