import { defineConfig } from 'vitest/config';

// Real-browser tests: one preview server for the suite (e2e/globalSetup.ts), a Chromium per file;
// files run one at a time (2 cores: two files training at once make their timing flaky) and get
// generous timeouts for a cold browser start.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
