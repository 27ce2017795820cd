/**
 * Hosting: the built site (relative base './') boots and loads its lazy screens from a sub-path
 * (GitHub Pages serves a project site at /<repo>/), from a root, and under `vite preview`; its
 * Content-Security-Policy is in force (no inline script) and breaks nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { serveDist } from './static-server';
import { expect, pageErrors, test, type Site } from './journeys/test';

/** Opens the site at `url`, signs in, visits a lazy-loaded screen, and returns what went wrong. */
async function boot(site: Site, url: string): Promise<{ errors: string[]; foreign: string[]; inlineBlocked: boolean }> {
  const page = await site.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(url)) foreign.push(r.url());
  });
  await page.goto(url);
  await expect(page.getByRole('button', { name: /^Signed in as root/ })).toBeVisible();
  // A lazy chunk (and its CSS) must resolve relative to the page, not to the host's root.
  await page.goto(`${url}#/envelope/visualizer`);
  await expect(page.getByRole('heading', { level: 1, name: /Envelope encryption/ })).toBeVisible();
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
  // Returned here rather than left to the fixture, without the refused inline script (expected).
  const errors = pageErrors(page)
    .splice(0)
    .filter((e) => !/^(Refused to execute|Executing) inline script/.test(e));
  return { errors, foreign, inlineBlocked };
}

/** A port free right now (the system's choice). */
const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

test.describe('hosting', () => {
  // Nothing here is clicked or typed: the keyboard project leaves it to the mouse project.
  test.skip(({ input }) => input === 'keyboard', 'nothing is clicked or typed here');

  for (const prefix of ['/kms-lab/', '/']) {
    test(`boots from ${prefix === '/' ? 'a root' : `a sub-path (${prefix})`} under its content security policy`, async ({ site }) => {
      const server = await serveDist(undefined, prefix);
      try {
        expect(await boot(site, server.url)).toEqual({ errors: [], foreign: [], inlineBlocked: true });
      } finally {
        await server.close();
      }
    });
  }

  /** Terminal colour codes (ESC [ ... m), in case a colour setting outlives NO_COLOR. */
  const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

  test('boots under `vite preview`', async ({ site }) => {
    const port = await freePort();
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
      expect(await boot(site, `http://127.0.0.1:${port}/`)).toEqual({ errors: [], foreign: [], inlineBlocked: true });
    } finally {
      child.kill();
    }
  });
});
