import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs let the built lab open from any sub-path or a plain file server.
  base: './',
  plugins: [react()],
  // The trainer worker imports modules; only an ES-format worker bundle keeps `import` working.
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the page statically imports at start-up in ONE chunk. Left to itself the
          // bundler splits modules the entry shares with two or more lazy chunks (React, the
          // stores, i18n, config) into extra start-up chunks, about 1.5 kB gzipped of overhead.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
});
