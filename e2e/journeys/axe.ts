/**
 * axe-core in the page: the serious and critical violations of the screen as it is, in the light
 * AND the dark theme (one line each, naming the screen and the theme). So a journey checks each
 * screen it reaches in both themes, and no journey is run a second time for the dark theme.
 * The themes differ only in their colours (src/styles/tokens.css: one set of names, two palettes;
 * the same elements, names and roles), so the theme the screen is in gets every rule and the other
 * theme axe's colour rules (contrast, links told apart from text).
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { isKeyboardOnly } from '../keyboard-mode';

type Scheme = 'light' | 'dark';
interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe is injected once per document and run there, reporting violations only: 5 times as fast
 * as @axe-core/playwright's AxeBuilder, which injects axe's 560 kB again for every analysis and
 * details every passing node (270 ms against 1,334 ms per analysis of the create-key wizard,
 * same page, same process). The site has no frames, so one document is the whole screen.
 */
async function analyze(page: Page, rules?: string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (only) => {
    const run = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe.run;
    return (await run(document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) })).violations;
  }, rules);
}

/** The rules whose outcome depends on colours, the only thing a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Switches prefers-color-scheme in place (the site follows it unless a theme was chosen), then waits for a frame. */
async function scheme(page: Page, to: Scheme) {
  await page.emulateMedia({ colorScheme: to });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function seriousViolations(page: Page): Promise<string[]> {
  // axe's findings do not depend on the input device: the mouse project has them; the keyboard
  // project spends its time on the journeys' keys.
  if (isKeyboardOnly(page)) return [];
  const current: Scheme = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
  const other: Scheme = current === 'light' ? 'dark' : 'light';
  const screen = new URL(page.url()).hash.slice(1) || '/';
  const found: string[] = [];
  for (const theme of [current, other]) {
    if (theme === other) await scheme(page, other);
    for (const v of await analyze(page, theme === other ? COLOUR_RULES : undefined))
      if (v.impact === 'serious' || v.impact === 'critical')
        found.push(`${screen} (${theme}) ${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  await scheme(page, current);
  return found;
}
