/**
 * Tests' CloudShell: a real shell over a fresh account attached to the console store (as the
 * app wires it in src/app/cloudshell-host.ts), so `aws` answers what the engine answers.
 */
import { cloudShellEnv, createShell, type Shell } from '@/cli';
import { useConsole } from '@/state/console-store';
import { freshConsole } from '@/state/testing/console';
import { createStarterVfs } from '@/vfs';
import { TerminalSession, type ShellSpec } from './session';

export function testSession(o: { history?: string[]; wrap?: (shell: Shell) => Shell } = {}) {
  const cloud = freshConsole();
  const vfs = createStarterVfs(cloud.clock);
  const shells: Shell[] = [];
  const makeShell = (spec: ShellSpec) => {
    const shell = createShell({
      cloud,
      vfs,
      caller: spec.caller,
      columns: spec.columns,
      history: spec.history,
      cwd: spec.cwd,
      env: { ...cloudShellEnv(spec.region), ...spec.env },
    });
    shells.push(shell);
    return o.wrap ? o.wrap(shell) : shell;
  };
  const session = new TerminalSession({
    makeShell,
    identity: () => useConsole.getState().identity,
    region: () => useConsole.getState().region,
    history: o.history,
  });
  return { cloud, vfs, session, shells };
}

/** The screen as plain text, one string per line. */
export const screenText = (session: TerminalSession) => session.getView().lines.map((l) => l.segments.map((s) => s.text).join(''));

/** Types lines as if Enter followed each, and waits until they have run. */
export async function typeLines(session: TerminalSession, ...lines: string[]): Promise<void> {
  session.submit(...lines);
  await session.whenIdle();
}
