import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs let the built lab open from any sub-path or a plain file server.
  base: './',
  plugins: [react()],
  // The trainer worker imports modules; only an ES-format worker bundle keeps `import` working.
  worker: { format: 'es' },
});
