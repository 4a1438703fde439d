/**
 * Links that open a view as it was left: zoomed in (district names drawn at once) and in the
 * middle of a presentation (the slide number in the address).
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAtlas, screenPoint } from './atlasPage';
import { launchChromium } from './chromium';
import { districtByUbigeo } from './fixtures';

const baseUrl = inject('baseUrl');
const PICHARI = districtByUbigeo('080910');
const LONG = 480_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Near-black pixels in a 60×16 box on a label point: the name's letters (the fill is light). */
async function darkPixelsAt(page: Page, lonLat: readonly [number, number]): Promise<number> {
  const p = await screenPoint(page, lonLat);
  const clip = { x: p.x - 30, y: p.y - 8, width: 60, height: 16 };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 200) dark++;
  }
  return dark;
}

describe('links to a view (built app, real Chromium)', () => {
  it(
    'a link zoomed in past 8 shows the district names with no interaction',
    async () => {
      // Centred west of Pichari so that its name lands right of the legend, on open map.
      const atlas = await openAtlas(browser, `${baseUrl}/?i=coca&y=2020&v=2#map=9/-12.46/-74.22`);
      try {
        await atlas.page.waitForFunction(() => window.atlasDebug?.idle() === true);
        await atlas.page.waitForTimeout(300);
        expect(await darkPixelsAt(atlas.page, PICHARI.labelPoint)).toBeGreaterThan(15);
        expect(atlas.consoleErrors).toEqual([]);
      } finally {
        await atlas.page.context().close();
      }
    },
    LONG,
  );
});
