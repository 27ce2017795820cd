import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Journeys in real Chromium against the built site (dist/). One file at a time: each launches
// its own browser, and the machine running CI has two cores.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
