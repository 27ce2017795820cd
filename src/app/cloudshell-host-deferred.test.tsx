// @vitest-environment jsdom
/**
 * CloudShell starts only when wanted (issue 8, Lighthouse on a phone): never on its own; when the
 * browser is idle after the user points at or focuses its button (or a lab is open); at once when
 * the user opens it or when the learner's export asks for the home directory.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshConsole } from '@/state/testing/console';
import { terminalHome, whenTerminalHome } from '@/state/terminal-home-slot';
import { useCloudShellHost } from './cloudshell-host';

type When = { wanted: boolean; openNow: boolean };
const hook = (when: When) => {
  const cloud = freshConsole();
  return renderHook((w: When) => useCloudShellHost(cloud, false, w), { initialProps: when });
};
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('useCloudShellHost', () => {
  it('does not start on its own; starts when the browser is idle once it is wanted', async () => {
    const h = hook({ wanted: false, openNow: false });
    await settle();
    await settle();
    expect(h.result.current.status).toBe('starting');
    expect(terminalHome()).toBeUndefined();
    h.rerender({ wanted: true, openNow: false });
    await waitFor(() => expect(h.result.current.status).toBe('ready'), { timeout: 5000 });
    expect(terminalHome()).toBeDefined();
    h.unmount();
    expect(terminalHome()).toBeUndefined();
  });

  it('starts at once when the user opens CloudShell', async () => {
    const h = hook({ wanted: false, openNow: false });
    h.rerender({ wanted: false, openNow: true });
    await waitFor(() => expect(h.result.current.status).toBe('ready'), { timeout: 5000 });
    h.unmount();
  });

  it('starts when an export asks for the home directory, and hands it over', async () => {
    const h = hook({ wanted: false, openNow: false });
    await settle();
    expect(h.result.current.status).toBe('starting');
    const home = await whenTerminalHome(5000);
    expect(home?.read()?.entries['secret.txt']).toBeDefined();
    await waitFor(() => expect(h.result.current.status).toBe('ready'), { timeout: 5000 });
    h.unmount();
  });
});
