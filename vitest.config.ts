import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Each file builds its own databases in its own temp folder, so files run in parallel.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
