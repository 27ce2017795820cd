/**
 * The Chromium every journey (playwright.config.ts) and browser script launches: the system's
 * Debian build (no browser download). CHROMIUM_PATH overrides the executable.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
