import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app's Content-Security-Policy (why each source is allowed: docs/security.md). Only
 * the page's own files run: no inline script, no other origin, workers from the app itself.
 * Style attributes stay allowed (KaTeX positions its glyphs with them); style sheets come from the
 * app's files only (`style-src-elem`; a browser without it falls back to `style-src`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html, where any static host serves it. Build only: Vite's
 * dev server injects inline scripts (React Refresh, the HMR client) that the policy would refuse.
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'reglab-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      // Right after the charset, before any script or stylesheet: a policy in a <meta> governs
      // only what comes after it.
      if (!html.includes(charset)) throw new Error(`index.html lost its ${charset}`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  };
}

export default defineConfig({
  // Relative asset URLs let the built lab open from any sub-path or a plain file server.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Offline after one visit, installable as an app. src/share/offline.ts registers the worker
    // and announces a new version; it is applied only when the user reloads for it ('prompt').
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'RegLab: regularization, live',
        short_name: 'RegLab',
        description: 'Watch regularization shape a neural net as it trains.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f2937',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every built file the lab can load: the page, its lazy chunks (Chinese, Explain texts,
        // KaTeX, presentation mode, exporters), the trainer worker and KaTeX's fonts. Browsers
        // with service workers all read woff2, so KaTeX's woff and ttf copies are left out.
        globPatterns: ['**/*.{html,js,css,svg,png,woff2,webmanifest}'],
        cleanupOutdatedCaches: true,
        // The first visit has nothing to replace: let the new worker serve it at once.
        clientsClaim: true,
      },
    }),
  ],
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
