import { afterEach, describe, expect, it } from 'vitest';
import { presenterFlag, setPresenter, stepOfKey, togglePresenter, usePresenter } from './presenter';

const store = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
    removeItem: (k: string) => store.delete(k),
  },
});

afterEach(() => setPresenter(false));

describe('presenter mode state', () => {
  it('toggles and is remembered in localStorage', () => {
    togglePresenter();
    expect(usePresenter.getState().on).toBe(true);
    expect(store.get('kmslab.presenter')).toBe('1');
    togglePresenter();
    expect(usePresenter.getState().on).toBe(false);
    expect(store.has('kmslab.presenter')).toBe(false);
  });

  it('reads the URL flag from the page query or the hash query', () => {
    expect(presenterFlag('http://localhost/?presenter=1#/kms/keys')).toBe(true);
    expect(presenterFlag('http://localhost/#/envelope/visualizer?presenter')).toBe(true);
    expect(presenterFlag('http://localhost/#/drills?presenter=0')).toBe(false);
    expect(presenterFlag('http://localhost/#/drills')).toBeUndefined();
  });

  it('steps on arrows and clicker keys, never while typing in a field', () => {
    const div = { tagName: 'DIV' } as unknown as EventTarget;
    expect(stepOfKey({ key: 'ArrowRight', target: div })).toBe('next');
    expect(stepOfKey({ key: 'PageDown', target: div })).toBe('next');
    expect(stepOfKey({ key: 'ArrowLeft', target: div })).toBe('previous');
    expect(stepOfKey({ key: 'PageUp', target: div })).toBe('previous');
    expect(stepOfKey({ key: 'ArrowRight', target: div, ctrlKey: true })).toBeUndefined();
    expect(stepOfKey({ key: 'Enter', target: div })).toBeUndefined();
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(stepOfKey({ key: 'ArrowRight', target: { tagName } as unknown as EventTarget })).toBeUndefined();
    expect(stepOfKey({ key: 'ArrowRight', target: { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget })).toBeUndefined();
  });
});
