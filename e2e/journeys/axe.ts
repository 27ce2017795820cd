/** axe-core in the page: the serious and critical violations, one line each, naming the screen. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { isKeyboardOnly } from '../keyboard-mode';

export async function seriousViolations(page: Page): Promise<string[]> {
  // axe's findings do not depend on the input device: the mouse project has them; the keyboard
  // project spends its time on the journeys' keys.
  if (isKeyboardOnly(page)) return [];
  // axe runs in the page itself (legacy mode): the site has no frames, and the default mode opens
  // a blank page for every analysis to merge the frames' results, which took 1.7 times as long
  // (7.4 s against 4.3 s per analysis of the IAM users screen, same page, same process, busy machine).
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url().split('#')[1]} ${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
