import { defineConfig } from 'vitest/config';

// The engine runs in the `node` environment (jsdom breaks WebCrypto and Blob streams);
// component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 20000,
  },
});
