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
            include: ['src/**/*.test.tsx'],
          },
        },
      ],
    },
  }),
);
