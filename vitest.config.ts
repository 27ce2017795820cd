import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { simplifiedNotes } from './build/simplified-notes-plugin';

// The engine runs in the `node` environment (jsdom breaks WebCrypto and Blob streams);
// component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
export default defineConfig({
  // The in-app "What is simplified" notes (virtual:simplified-notes), for the page's tests.
  plugins: [simplifiedNotes()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    testTimeout: 20000,
    // Both cores: Vitest's default for a run is one worker fewer than the cores, one worker here, while
    // many files spend their time waiting on child processes (the real AWS CLI, OpenSSL, bash).
    maxWorkers: 2,
    setupFiles: ['build/vitest-setup.ts'],
  },
});
