/** Driving CloudShell's terminal as a learner does: type a command, press Enter, read what it printed. */
import type { Page } from '@playwright/test';
import { h1, openService } from './site';
import { expect } from './test';

export const PROMPT = '[cloudshell-user@cloudshell ~]$ ';

export const commandLine = (page: Page) => page.getByRole('textbox', { name: 'Command' });

/** The terminal's lines as text. */
export const screenLines = (page: Page) => page.getByRole('log', { name: 'Terminal output' }).locator('.terminal__line').allInnerTexts();

/**
 * Enters a command as a learner does, then presses Enter; waits until it has run and resolves
 * with the lines it printed. By default the command is pasted (one input event, as a learner
 * copying it from the course does): typing it key by key costs about 12 ms a character (1.5 s
 * for a 133-character command, same page, same process), and the journeys enter some fifty. With
 * `keys`, every character is a key press.
 */
export async function type(page: Page, line: string, how: 'paste' | 'keys' = 'paste'): Promise<string[]> {
  const echo = PROMPT + line;
  const count = (await screenLines(page)).filter((l) => l === echo).length;
  await commandLine(page).focus();
  if (how === 'keys') await page.keyboard.type(line);
  else await page.keyboard.insertText(line);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([text, n]) => {
      const log = document.querySelector('[role="log"]');
      const echoes = [...(log?.querySelectorAll('.terminal__line') ?? [])].filter((l) => l.textContent === text);
      return echoes.length > (n as number) && log?.getAttribute('aria-busy') !== 'true';
    },
    [echo, count] as const,
  );
  const lines = await screenLines(page);
  return lines.slice(lines.lastIndexOf(echo) + 1);
}

/** Opens CloudShell from the Services menu and waits for its command line. */
export async function openCloudShell(page: Page) {
  await openService(page, /^CloudShell/);
  await h1(page, 'CloudShell');
  await expect(commandLine(page)).toBeVisible();
}
