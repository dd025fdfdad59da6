import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Test files share their worker's module cache: importing the sources again for each file took
    // most of the unit tests' time. No test mocks modules or changes process-wide state.
    isolate: false,
    // Two files at a time on two cores: most of an end-to-end test is waiting for the quire process
    // it started, or for a watcher's quiet time.
    maxWorkers: 2,
  },
});
