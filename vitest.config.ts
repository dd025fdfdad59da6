import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most tests wait on a quire process they started: two files at a time on two cores (vitest's
    // default is one fewer than the cores).
    maxWorkers: 2,
  },
});
