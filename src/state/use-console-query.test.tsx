// @vitest-environment jsdom
/**
 * The console's one query hook reads again when the account changed, and only then: a change
 * made by a call, time passing or a restore, another identity or Region, new deps, reload().
 * Reads and failed calls never make it read again (a screen would re-read forever), and an
 * answer that arrives after a newer read started is dropped.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { principalForUser } from '@/iam/state';
import { callerFor } from './console-client';
import { setIdentity, setRegion } from './console-store';
import { freshConsole, iamAsRoot } from './testing/console';
import { useConsoleQuery } from './use-console-query';

afterEach(cleanup);

const kms = callerFor('kms');

/** A hook whose load counts its reads and lists the keys of the console's Region. */
function counted(deps: unknown[] = []) {
  let reads = 0;
  const hook = renderHook(({ d }) => useConsoleQuery(async () => (reads++, (await kms('ListKeys')).Keys.length as number), d), { initialProps: { d: deps } });
  return { hook, reads: () => reads };
}

describe('useConsoleQuery', () => {
  it('reads once, then again after a call that changed the account, time passing and a restore', async () => {
    const cloud = freshConsole();
    const { hook, reads } = counted();
    await waitFor(() => expect(hook.result.current).toMatchObject({ status: 'ready', data: 0 }));
    expect(reads()).toBe(1);

    await act(() => cloud.call({ service: 'kms', operation: 'CreateKey', input: {} }));
    await waitFor(() => expect(hook.result.current.data).toBe(1));
    expect(reads()).toBe(2);

    await act(() => cloud.clock.advanceDays(1));
    await waitFor(() => expect(reads()).toBe(3));

    await act(async () => cloud.restore(cloud.snapshot()));
    await waitFor(() => expect(reads()).toBe(4));
  });

  it('does not read again after reads nor after failed calls, whatever the operation', async () => {
    const cloud = freshConsole();
    const { hook, reads } = counted();
    await waitFor(() => expect(hook.result.current.status).toBe('ready'));
    await act(async () => {
      await cloud.call({ service: 'kms', operation: 'ListAliases', input: {} });
      await cloud.call({ service: 'kms', operation: 'DisableKey', input: { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' } }).catch(() => undefined);
      // An operation the engine does not know has no read-only flag: it still changes nothing.
      await kms('NoSuchOperation').catch(() => undefined);
    });
    // A change after them is the next read: had they made it read, this would be the third.
    await act(() => cloud.call({ service: 'kms', operation: 'CreateKey', input: {} }));
    await waitFor(() => expect(hook.result.current.data).toBe(1));
    expect(reads()).toBe(2);
  });

  it('reads again for another identity, another Region, new deps and reload(), keeping what it showed meanwhile', async () => {
    const cloud = freshConsole();
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    await iamAsRoot(cloud, 'CreateUser', { UserName: 'reader' });
    const { hook, reads } = counted(['a']);
    await waitFor(() => expect(hook.result.current.data).toBe(1));

    act(() => setRegion('eu-west-1'));
    // The old answer stays on screen while the new read runs.
    expect(hook.result.current).toMatchObject({ status: 'ready', data: 1 });
    await waitFor(() => expect(hook.result.current.data).toBe(0));
    act(() => setIdentity(principalForUser(cloud.state.iam, 'reader')!));
    await waitFor(() => expect(reads()).toBe(3));
    hook.rerender({ d: ['b'] });
    await waitFor(() => expect(reads()).toBe(4));
    act(() => hook.result.current.reload());
    await waitFor(() => expect(reads()).toBe(5));
  });

  it('drops an answer that arrives after a newer read started', async () => {
    freshConsole();
    const pending: ((n: number) => void)[] = [];
    const hook = renderHook(({ d }) => useConsoleQuery(() => new Promise<number>((ok) => pending.push(ok)), [d]), { initialProps: { d: 1 } });
    await waitFor(() => expect(pending).toHaveLength(1));
    hook.rerender({ d: 2 });
    await waitFor(() => expect(pending).toHaveLength(2));
    await act(async () => pending[1]!(2));
    await act(async () => pending[0]!(1));
    expect(hook.result.current).toMatchObject({ status: 'ready', data: 2 });
  });
});
