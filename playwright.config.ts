/**
 * The journeys (e2e/*.e2e.ts) on Playwright's runner, in the system's Chromium, against the built
 * site (`npm run build` first; `npm run test:e2e` does). How to write and run one: e2e/README.md.
 *
 * Two projects: `mouse`, and `keyboard`, where every click, check and fill is done as a learner
 * without a mouse does it (e2e/keyboard-mode.ts).
 */
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import type { Input } from './e2e/journeys/test';

// A free port, chosen once (the workers load this file again and inherit the variable): other
// checkouts on the same machine may be serving their own build.
process.env.E2E_PORT ||= execFileSync(process.execPath, [
  '-e',
  "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
])
  .toString()
  .trim();
const url = `http://127.0.0.1:${process.env.E2E_PORT}/`;

// kms-signing is not among them: its wizard, Try it and download controls are the ones the kms journey
// already operates from the keyboard.
const KEYBOARD_JOURNEYS = ['home', 'iam', 'kms', 'cloudshell', 'drills', 'envelope', 'labs', 'acm'].map((name) => `${name}.e2e.ts`);

export default defineConfig<{ input: Input }>({
  testDir: 'e2e',
  testMatch: '*.e2e.ts',
  // A test that fails now and then is a bug to find, never one to retry.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Two at once on two cores: each test has its own browser context (a fresh profile), the
  // site is static, and a journey spends much of its time waiting on the page.
  workers: 2,
  // Per test; a long journey marks itself test.slow() (three times this). The machine may be busy.
  timeout: 120_000,
  // As long as a journey's own waits were before (Playwright's default for waitFor).
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : [['list']],
  use: {
    baseURL: url,
    viewport: { width: 1280, height: 900 },
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'mouse', use: { input: 'mouse' } },
    // One journey per part of the console (the tests tagged @keyboard), again without a mouse: every
    // kind of control the console has is operated there. The others run once: the whole test
    // command must stay within 15 minutes on two cores.
    { name: 'keyboard', use: { input: 'keyboard' }, testMatch: KEYBOARD_JOURNEYS, grep: /@keyboard/ },
  ],
  webServer: {
    command: 'node --import tsx e2e/serve.ts',
    url,
    // Never another checkout's server on a port that happens to be in use.
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
