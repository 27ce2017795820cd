/**
 * Set up before every file of the `dom` project (vitest.config.ts), after build/vitest-setup.ts.
 * Those jsdom files share one module graph and one page per worker, so each file must find the page
 * as a fresh tab shows it: after each file the console's stores go back to their first state, spies
 * are restored, and the page's storage, body and address are emptied. (Files that mock a module are not in that
 * project: importing the stores here would load the real modules before the mock.)
 */
import { afterAll, vi } from 'vitest';
import { useCloudShellPanel } from '@/state/cloudshell-panel';
import { useConsole } from '@/state/console-store';
import { useEnvelopeRuns } from '@/state/envelope-run';
import { useFlash } from '@/state/flash';
import { useLabSession } from '@/state/lab-progress';
import { usePresenter } from '@/state/presenter';

/** What the reset needs of a Zustand store, whatever its state. */
interface Resettable {
  getInitialState(): object;
  setState(state: object, replace: true): void;
}
const stores: Resettable[] = [useCloudShellPanel, useConsole, useEnvelopeRuns, useFlash, useLabSession, usePresenter] as Resettable[];

afterAll(() => {
  // A spy left on a prototype would be found again (and its calls counted) by the next file's spyOn.
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
  for (const store of stores) store.setState(store.getInitialState(), true);
});
