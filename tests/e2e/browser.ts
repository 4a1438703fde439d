/**
 * One Chromium per browser-test file (chromium.ts says which binary): launched before the file's
 * tests, closed after them. Call at the top level of the file; call the getter inside a test.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';

export function chromiumPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet: use the browser inside a test');
    return browser;
  };
}
