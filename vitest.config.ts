import { defineConfig } from 'vitest/config';

// Unit tests: pure domain, pipeline steps, schemas, state codec, i18n. Browser tests live in
// vitest.e2e.config.ts and drive a real Chromium against the production build.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/dictionaries.ts'],
    testTimeout: 60_000,
  },
});
