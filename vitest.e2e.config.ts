import { defineConfig } from 'vitest/config';

// Real-browser tests: each file starts its own preview server and Chromium, so files run one at
// a time (2 cores) and get generous timeouts for a cold browser start.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
