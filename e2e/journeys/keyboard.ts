/** Driving the console with the keyboard alone: Tab (or Shift+Tab) to a control by its accessible name. */
import type { Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until the focused element's accessible name matches; fails after 80 presses. */
export async function tabTo(page: Page, name: string | RegExp, backwards = false): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focusedName(page);
    seen.push(focused);
    if (matches(focused)) return;
  }
  throw new Error(`Tab never reached ${name}; went through: ${seen.map((n) => n.slice(0, 40)).join(' | ')}`);
}

/** The focused element's accessible name, as far as the console's controls need it ('(page)' for none). */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '(page)';
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled
      ? labelled
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : undefined;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '')
      .replace(/^[▸▾] /, '')
      .replace(/ ▾$/, '')
      .trim();
  });
}
