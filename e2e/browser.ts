/**
 * Real Chromium (the system's Debian build; no browser download) driven by playwright-core.
 * CHROMIUM_PATH overrides the executable.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { installKeyboardMode } from './keyboard-mode';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser profile (empty IndexedDB and localStorage), as a first-time visitor has. */
export async function newVisitor(browser: Browser, o: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...o });
  const page = await context.newPage();
  installKeyboardMode(page); // E2E_INPUT=keyboard: every action done as a keyboard user would (keyboard-mode.ts)
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as Page & { errors: string[] }).errors = errors;
  return { context, page };
}

export const pageErrors = (page: Page): string[] => (page as Page & { errors?: string[] }).errors ?? [];
