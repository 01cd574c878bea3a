import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Unit and component tests live beside the code. Only React component tests (*.test.tsx) get a
// DOM; everything else runs in plain Node, so the engine's tests cannot lean on browser globals.
// A .ts test that needs a DOM can opt in with a `// @vitest-environment jsdom` comment.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      passWithNoTests: true,
      // CI may run on a 2-core machine that is busy with other work: a component test that takes
      // 1 s on a quiet machine has taken over 5 s there. Tests that train set their own timeouts.
      testTimeout: 20_000,
      // Every core: Vitest's default leaves one free, which on these 2-core machines ran the
      // suite's 130 files one at a time (167 s; 123 s on both cores, same tests passing).
      maxWorkers: '100%',
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['workers/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            setupFiles: ['src/testSupport/domSetup.ts'],
            include: ['src/**/*.test.tsx'],
          },
        },
      ],
    },
  }),
);
