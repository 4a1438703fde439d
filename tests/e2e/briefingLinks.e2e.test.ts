/**
 * Links that open a view as it was left: zoomed in (district names drawn at once) and in the
 * middle of a presentation (the slide number in the address).
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, screenPoint, waitForIdle } from './atlasPage';
import { BRIEFING_VERSION, type Briefing } from '../../src/state/briefing';
import { encodeBriefingHash } from '../../src/state/briefingLink';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';

const baseUrl = inject('baseUrl');
const PICHARI = districtByUbigeo('080910');
const LONG = 480_000;

const browser = chromiumPerFile();

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

// Two slides as the app saves them: coca 2020 over the whole VRAEM, then poverty zoomed in.
const BRIEFING: Briefing = {
  version: BRIEFING_VERSION,
  title: 'Reunión',
  slides: [
    { id: 'a', title: 'Coca 2020', note: '', view: { query: '?i=coca&y=2020&v=2', hash: '' } },
    {
      id: 'b',
      title: 'Pobreza',
      note: 'Pobreza monetaria total, INEI.',
      view: { query: '?i=pov&v=2', hash: '#map=9/-12.46/-74.22' },
    },
  ],
};

const counter = (page: Page, text: string) =>
  page.getByTestId('present-counter').filter({ hasText: text }).waitFor({ timeout: 90_000 });
const slideInAddress = (page: Page) => new URL(page.url()).searchParams.get('s');

describe('links to a view (built app, real Chromium)', () => {
  it(
    'a link zoomed in past 8 shows the district names with no interaction',
    async () => {
      // Centred west of Pichari so that its name lands right of the legend, on open map.
      const atlas = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2020&v=2#map=9/-12.46/-74.22`);
      try {
        await waitForIdle(atlas.page);
        expect(await darkPixelsAt(atlas.page, PICHARI.labelPoint)).toBeGreaterThan(15);
        expect(atlas.consoleErrors).toEqual([]);
      } finally {
        await atlas.page.context().close();
      }
    },
    LONG,
  );

  it(
    'the presented slide is in the address: a link or a reload opens present mode on it; a broken number opens the first',
    async () => {
      const hash = await encodeBriefingHash(BRIEFING);
      const atlas = await openAtlas(browser(), `${baseUrl}/?s=2&v=2${hash}`);
      const { page } = atlas;
      try {
        await counter(page, '2 / 2');
        expect(await page.getByTestId('present-title').innerText()).toBe('Pobreza');
        await page
          .locator('.legend-dock h2')
          .filter({ hasText: 'Pobreza monetaria total' })
          .waitFor();
        // The briefing stays in the address while the map moves to the slide's camera.
        await page.waitForFunction(() => window.atlasDebug?.idle() === true);
        expect(new URL(page.url()).hash).toBe(hash);
        expect(slideInAddress(page)).toBe('2');

        await page.keyboard.press('PageUp');
        await counter(page, '1 / 2');
        await page.waitForFunction(() => new URLSearchParams(location.search).get('s') === '1');
        expect(new URL(page.url()).searchParams.get('i')).toBe('coca');
        // Back and Forward walk the slides.
        await page.goBack();
        await counter(page, '2 / 2');
        await page.goForward();
        await counter(page, '1 / 2');
        await page.reload();
        await counter(page, '1 / 2');
        expect(await page.getByTestId('present-title').innerText()).toBe('Coca 2020');

        await page.keyboard.press('Escape');
        await page.getByTestId('present-counter').waitFor({ state: 'detached' });
        expect(slideInAddress(page)).toBeNull();
        expect(atlas.consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }

      const broken = await openAtlas(browser(), `${baseUrl}/?s=zwei&v=2${hash}`);
      try {
        await counter(broken.page, '1 / 2');
        expect(await broken.page.getByTestId('present-title').innerText()).toBe('Coca 2020');
        expect(slideInAddress(broken.page)).toBe('1');
      } finally {
        await broken.page.context().close();
      }
    },
    LONG,
  );
});
