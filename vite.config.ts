import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built app: everything from our own origin, nothing inline,
 * no eval. Only in the build: the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The service worker (Workbox, generated at build time): precaches every file of the build — the
 * app, its lazily loaded chunks, the MapLibre worker and every data file — so that after one
 * visit the atlas opens with no network. A new version installs in the background and WAITS
 * (no skipWaiting, no clientsClaim): an open session keeps the files it started with until the
 * user presses "reload" (src/app/serviceWorker.ts). Registered from our own bundle, never by an
 * inline script; same-origin, so the CSP's worker-src 'self' covers it. Not in the dev server.
 */
function offlineServiceWorker(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    devOptions: { enabled: false },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,json,svg,png,woff2}'],
      // The map chunk (MapLibre + deck.gl) is over Workbox's 2 MiB default; it must be cached.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      inlineWorkboxRuntime: true,
      cleanupOutdatedCaches: true,
      skipWaiting: false,
      clientsClaim: false,
      navigateFallback: 'index.html',
      sourcemap: false,
    },
  });
}

/**
 * Where the atlas is served: `/` by default, or a sub-path such as `/atlas-vraem/` for a ministry
 * that hosts dist/ under its own site (docs/DEPLOY.md). Set ATLAS_BASE at build time; every URL
 * the build writes (chunks, data files, the service worker, its scope and precache list) follows.
 */
export function atlasBase(value: string | undefined): string {
  const base = (value ?? '').trim();
  if (base === '' || base === '/') return '/';
  if (!/^\/[\w\-./~]*$/.test(base) || base.includes('..') || base.includes('//')) {
    throw new Error(`ATLAS_BASE must be a path such as /atlas-vraem/, not "${base}"`);
  }
  return base.endsWith('/') ? base : `${base}/`;
}

// Data files are imported with `?url` so that they are served in dev, emitted with a content
// hash in the build, and never inlined as data: URLs (the CSP and the bench count them as
// requests of their own).
export default defineConfig({
  base: atlasBase(process.env.ATLAS_BASE),
  plugins: [react(), contentSecurityPolicy(), offlineServiceWorker()],
  build: {
    target: 'es2022',
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
