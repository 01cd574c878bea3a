import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      'node_modules/',
      'coverage/',
      'e2e-artifacts/',
      '.vitest-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The project service finds each file's project through the references in tsconfig.json,
      // so src, workers and scripts are linted with the same types `npm run typecheck` uses.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Generated code is a deliberate, reviewed exception (the engine's kernel generator opts
      // out with an eslint-disable comment), never a default.
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The page imports from workers/ only the contract and the worker's URL (a `new URL(...)`,
    // not an import): the engine ships in the worker's bundle only. Test support stays in tests.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testSupport/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workers/**', '!**/workers/contract'],
              message:
                'The page may import from workers/ only workers/contract.ts (config types, validation, the points CSV reader, protocol types).',
            },
            {
              group: ['**/testSupport/**'],
              message: 'Test support is for tests: the page must not ship it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain-JS Node scripts and this file are outside the TypeScript projects.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
);
