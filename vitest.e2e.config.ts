import { defineConfig } from 'vitest/config';

// Browser tests: a production build served by `vite preview`, driven by playwright-core in the
// Chromium that tests/e2e/chromium.ts finds (CHROME_PATH → system → @sparticuz/chromium).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
