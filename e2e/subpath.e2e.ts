/**
 * Hosting: the built site (relative base './') boots and loads its lazy screens from a sub-path
 * (GitHub Pages serves a project site at /<repo>/), from a root, and under `vite preview`; its
 * Content-Security-Policy is in force (no inline script) and breaks nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newVisitor, pageErrors } from './browser';
import { keyboardRun } from './keyboard-mode';
import { serveDist } from './static-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the site at `url`, signs in, visits a lazy-loaded screen, and returns what went wrong. */
async function boot(url: string): Promise<{ errors: string[]; foreign: string[]; inlineBlocked: boolean }> {
  const { context, page } = await newVisitor(browser);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(url)) foreign.push(r.url());
  });
  try {
    await page.goto(url);
    await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
    // A lazy chunk (and its CSS) must resolve relative to the page, not to the host's root.
    await page.goto(`${url}#/envelope/visualizer`);
    await page.getByRole('heading', { level: 1, name: /Envelope encryption/ }).waitFor();
    // The policy is in force: an inline script is refused (Chromium reports it; dropped below).
    const inlineBlocked = await page.evaluate(
      () =>
        new Promise<boolean>((done) => {
          document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective.startsWith('script-src')), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.head.append(script);
          setTimeout(() => done(!(window as unknown as { __inlineRan?: boolean }).__inlineRan), 2000);
        }),
    );
    const errors = pageErrors(page).filter((e) => !/^(Refused to execute|Executing) inline script/.test(e));
    return { errors, foreign, inlineBlocked };
  } finally {
    await context.close();
  }
}

// Nothing here is clicked or typed: the keyboard-only run (E2E_INPUT=keyboard) leaves it to the first.
describe.skipIf(keyboardRun())('hosting', () => {
  for (const prefix of ['/kms-lab/', '/']) {
    it(`boots from ${prefix === '/' ? 'a root' : `a sub-path (${prefix})`} under its content security policy`, async () => {
      const server = await serveDist(undefined, prefix);
      try {
        expect(await boot(server.url)).toEqual({ errors: [], foreign: [], inlineBlocked: true });
      } finally {
        await server.close();
      }
    });
  }

  /** Terminal colour codes (ESC [ ... m), in case a colour setting outlives NO_COLOR. */
  const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

  it('boots under `vite preview`', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const vite = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'vite');
    const child: ChildProcess = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: resolve(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Vite colours its output when CI is set (the port would be wrapped in escape codes).
      env: { ...process.env, NO_COLOR: '1' },
    });
    try {
      await new Promise<void>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error('vite preview did not start')), 20_000);
        child.stdout!.on('data', (d: Buffer) => {
          if (d.toString().replace(ANSI, '').includes(`:${port}`)) {
            clearTimeout(timer);
            ok();
          }
        });
        child.on('exit', (code) => fail(new Error(`vite preview exited with ${code}`)));
      });
      expect(await boot(`http://127.0.0.1:${port}/`)).toEqual({ errors: [], foreign: [], inlineBlocked: true });
    } finally {
      child.kill();
    }
  });
});
