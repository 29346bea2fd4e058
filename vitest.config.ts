import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's pure modules (form models, parsers) are unit-tested here too; screens are
  // tested in Chromium by Playwright.
  resolve: { alias: { '@shared': resolve('shared') } },
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    // Each file builds its own databases in its own temp folder, so files run in parallel.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
