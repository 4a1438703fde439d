import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Data files are imported with `?url` so that they are served in dev, emitted with a content
// hash in the build, and never inlined as data: URLs (the CSP and the bench count them as
// requests of their own).
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
