/**
 * Presenter mode (classroom): large type, high contrast, hidden chrome, arrow keys / a clicker
 * step through the visualizer and lab steps, drill answers stay hidden until revealed. UI state
 * only, remembered in localStorage; `?presenter=1` in the page URL or `#/...?presenter` turns it
 * on from a link. The app reflects it as html[data-presenter] (tokens.css has its token set).
 */
import { useEffect } from 'react';
import { create } from 'zustand';

const KEY = 'kmslab.presenter';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false; // storage blocked (private windows): presenter mode just is not remembered
  }
}

export const usePresenter = create<{ on: boolean }>(() => ({ on: stored() }));

export function setPresenter(on: boolean): void {
  usePresenter.setState({ on });
  try {
    if (on) globalThis.localStorage?.setItem(KEY, '1');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // not remembered; still on for this page
  }
}

export const togglePresenter = () => setPresenter(!usePresenter.getState().on);

/** Whether a URL asks for presenter mode: `?presenter` / `?presenter=1` in the search or in the hash's query. `=0` turns it off. */
export function presenterFlag(href: string): boolean | undefined {
  const url = new URL(href, 'http://x/');
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?')) : '';
  for (const q of [url.search, hashQuery]) {
    const p = new URLSearchParams(q);
    if (p.has('presenter')) return !['0', 'false', 'off'].includes(p.get('presenter') ?? '');
  }
  return undefined;
}

export type Step = 'next' | 'previous';

/** The step a key asks for in presenter mode (arrows, and PageDown/PageUp that clickers send); none when typing in a field. */
export function stepOfKey(e: { key: string; target: EventTarget | null; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): Step | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const t = e.target as HTMLElement | null;
  if (t && (['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.isContentEditable)) return undefined;
  if (e.key === 'ArrowRight' || e.key === 'PageDown') return 'next';
  if (e.key === 'ArrowLeft' || e.key === 'PageUp') return 'previous';
  return undefined;
}

/**
 * In presenter mode, calls `onStep` for stepping keys pressed anywhere on the page (outside text
 * fields). `enabled`: false while the stepper is not shown (a closed lab panel), so it leaves the
 * key to others (the first listener that steps prevents the default, and later ones skip it).
 */
export function usePresenterStepping(onStep: (step: Step) => void, enabled = true): void {
  const on = usePresenter((s) => s.on);
  useEffect(() => {
    if (!on || !enabled) return;
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return; // a control handled it already (e.g. the player's own keys)
      const step = stepOfKey(e);
      if (!step) return;
      e.preventDefault();
      onStep(step);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [on, enabled, onStep]);
}
