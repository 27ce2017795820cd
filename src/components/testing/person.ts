/**
 * A person at the mouse and keyboard, for component tests (user-event): a click is the whole
 * sequence the browser fires (pointer, mouse, focus, click), typing goes key by key into the
 * focused field, and a key press goes to whatever has focus, with its default action (Enter on a
 * button clicks it, Tab moves focus) unless the component prevents it.
 */
import userEvent from '@testing-library/user-event';
import { onTestFinished, vi } from 'vitest';

type Key = string;
interface Modifiers {
  ctrlKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

const KEY_NAMES: Record<string, string> = { ' ': 'Space' };

/** user-event's key syntax for one key with its modifiers held: `{Control>}c{/Control}`. */
export function keySequence(key: Key, m: Modifiers = {}): string {
  const name = KEY_NAMES[key] ?? key;
  const k = name.length === 1 && name !== '{' && name !== '[' ? name : `{${name === '{' || name === '[' ? name + name : name}}`;
  const held = [m.ctrlKey && 'Control', m.shiftKey && 'Shift', m.altKey && 'Alt'].filter(Boolean) as string[];
  return `${held.map((h) => `{${h}>}`).join('')}${k}${held
    .reverse()
    .map((h) => `{/${h}}`)
    .join('')}`;
}

export function person() {
  // No delay between actions: nothing to wait for in jsdom, and it works under fake timers.
  const user = userEvent.setup({ delay: null });
  return Object.assign(user, {
    /** Replaces a field's value as a person does: select, set, or clear and type (paste long text). */
    async fill(el: Element, value: string): Promise<void> {
      if (el instanceof HTMLSelectElement) return void (await user.selectOptions(el, value));
      if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error(`fill: ${el.tagName} is not a field`);
      await user.clear(el);
      if (!value) return;
      if (value.length > 60 || /\n/.test(value)) await user.paste(value);
      else
        await user.type(
          el,
          value.replace(/[{[]/g, (c) => c + c),
        );
    },
    /**
     * Presses a key on `el`: it must have focus (a person's keys go to the focused element), so
     * it is focused first if it can take focus; otherwise the key goes to whatever has focus
     * inside it.
     */
    async press(el: Element, key: Key, m: Modifiers = {}): Promise<void> {
      if (!el.contains(document.activeElement)) {
        (el as HTMLElement).focus();
        if (!el.contains(document.activeElement))
          throw new Error(`press ${key}: a person cannot press keys on <${el.tagName.toLowerCase()}>: it cannot take focus`);
      }
      await user.keyboard(keySequence(key, m));
    },
  });
}

export type Person = ReturnType<typeof person>;

/**
 * Vitest's fake timers for a test that acts with person(). React Testing Library ends each
 * user-event action by waiting for a setTimeout(0), which it advances under fake timers only when
 * it sees Jest's, so under Vitest's the action would never end: this shows it Vitest's, for the
 * rest of this test only (its waitFor then advances fake time too, as under Jest).
 */
export function useFakeTimers(): void {
  vi.useFakeTimers();
  const g = globalThis as { jest?: unknown };
  g.jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };
  onTestFinished(() => {
    delete g.jest;
    vi.useRealTimers();
  });
}
