/**
 * The home directory of a CloudShell session that may not have started yet: an export or import
 * asks the app to start it and waits, instead of finding nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerTerminalHome, setTerminalHomeStarter, terminalHome, whenTerminalHome, type TerminalHomeAccess } from './terminal-home-slot';

const access = (): TerminalHomeAccess => ({ read: () => null, replace: () => undefined });
const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  vi.useRealTimers();
});

describe('whenTerminalHome', () => {
  it('answers at once with the registered home, without starting anything', async () => {
    const start = vi.fn();
    cleanups.push(setTerminalHomeStarter(start));
    const a = access();
    cleanups.push(registerTerminalHome(a));
    expect(await whenTerminalHome()).toBe(a);
    expect(start).not.toHaveBeenCalled();
  });

  it('starts a deferred session and resolves when its home is registered', async () => {
    const a = access();
    const start = vi.fn(() => void setTimeout(() => cleanups.push(registerTerminalHome(a)), 5));
    cleanups.push(setTerminalHomeStarter(start));
    expect(terminalHome()).toBeUndefined();
    expect(await whenTerminalHome()).toBe(a);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('is undefined without a session to wait for, or when none comes in time', async () => {
    expect(await whenTerminalHome()).toBeUndefined();
    vi.useFakeTimers();
    const start = vi.fn();
    cleanups.push(setTerminalHomeStarter(start));
    const pending = whenTerminalHome(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toBeUndefined();
    expect(start).toHaveBeenCalledTimes(1);
  });
});
