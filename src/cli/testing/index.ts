/**
 * A fluent harness for shell tests:
 *   await shellLab().run('echo hi > f').expectStatus(0).run('cat f').expectStdout('hi\n');
 * Steps run in order when awaited; the awaited value is the last command's result. Checks
 * throw with both values shown. `lab.cloud`, `lab.shell` and `lab.vfs` are there for setup.
 */
import { createCloud, type Cloud } from '@/cloud';
import { createShell, type RunResult, type Shell, type ShellOptions } from '@/cli/shell/shell';

export interface Ran {
  stdout: string;
  stderr: string;
  status: number;
  raw: RunResult;
}

const decoder = new TextDecoder();
const show = (v: unknown) => JSON.stringify(v instanceof Uint8Array ? [...v] : v);

export class ShellLab implements PromiseLike<Ran | undefined> {
  readonly cloud: Cloud;
  readonly shell: Shell;
  last: Ran | undefined;
  private steps: (() => Promise<void>)[] = [];

  constructor(options: Partial<ShellOptions> = {}) {
    this.cloud = options.cloud ?? createCloud();
    this.shell = createShell({ tty: false, ...options, cloud: this.cloud });
  }

  get vfs() {
    return this.shell.vfs;
  }

  /** Runs one command line now (not queued). */
  async exec(line: string, signal?: AbortSignal): Promise<Ran> {
    const raw = await this.shell.run(line, { signal });
    this.last = { stdout: decoder.decode(raw.stdout), stderr: decoder.decode(raw.stderr), status: raw.status, raw };
    return this.last;
  }

  run(line: string): this {
    this.steps.push(async () => void (await this.exec(line)));
    return this;
  }

  private check(what: string, ok: (r: Ran) => boolean, actual: (r: Ran) => unknown, expected: unknown): this {
    this.steps.push(async () => {
      const r = this.last;
      if (!r) throw new Error(`${what}: no command has run yet`);
      if (!ok(r))
        throw new Error(
          `${what} mismatch after \`${r.raw ? this.shell.history().at(-1) : ''}\`\n  expected: ${show(expected)}\n  actual:   ${show(actual(r))}\n  stderr:   ${show(r.stderr)}`,
        );
    });
    return this;
  }

  expectStdout(expected: string | RegExp): this {
    return this.check(
      'stdout',
      (r) => (typeof expected === 'string' ? r.stdout === expected : expected.test(r.stdout)),
      (r) => r.stdout,
      String(expected),
    );
  }

  expectStderr(expected: string | RegExp): this {
    return this.check(
      'stderr',
      (r) => (typeof expected === 'string' ? r.stderr === expected : expected.test(r.stderr)),
      (r) => r.stderr,
      String(expected),
    );
  }

  expectStatus(expected: number): this {
    return this.check(
      'status',
      (r) => r.status === expected,
      (r) => r.status,
      expected,
    );
  }

  /** stdout, stderr and status at once. */
  expectResult(expected: { stdout?: string | RegExp; stderr?: string | RegExp; status?: number }): this {
    if (expected.stdout !== undefined) this.expectStdout(expected.stdout);
    if (expected.stderr !== undefined) this.expectStderr(expected.stderr);
    if (expected.status !== undefined) this.expectStatus(expected.status);
    return this;
  }

  expectFile(path: string, expected: string | Uint8Array): this {
    this.steps.push(async () => {
      const abs = this.vfs.resolve(this.shell.cwd, path);
      const actual = this.vfs.readFile(abs);
      const same =
        typeof expected === 'string' ? decoder.decode(actual) === expected : actual.length === expected.length && actual.every((b, i) => b === expected[i]);
      if (!same)
        throw new Error(
          `file ${path} mismatch\n  expected: ${show(expected)}\n  actual:   ${show(typeof expected === 'string' ? decoder.decode(actual) : actual)}`,
        );
    });
    return this;
  }

  then<A = Ran | undefined, B = never>(
    onfulfilled?: ((value: Ran | undefined) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    const steps = this.steps;
    this.steps = [];
    const done = steps.reduce((p, step) => p.then(step), Promise.resolve()).then(() => this.last);
    return done.then(onfulfilled, onrejected);
  }
}

export const shellLab = (options: Partial<ShellOptions> = {}) => new ShellLab(options);

/** The text of bytes, for assertions. */
export const text = (b: Uint8Array) => decoder.decode(b);
