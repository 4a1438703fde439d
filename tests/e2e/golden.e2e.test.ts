/**
 * Golden images (golden.ts): the map of coca 2016 and of poverty 2018, and the coca time chart,
 * compared pixel by pixel with pictures kept in tests/e2e/golden/, so that a change in how they
 * are drawn shows as a diff picture to look at (test-results/golden/), not only as a pixel probe
 * elsewhere. `npm run golden` rewrites them.
 *
 * The camera is pinned in the hash (no first fit: the map does not move with the panels' sizes),
 * and the map is shot as its 2D canvases alone, panels hidden, so that a change of a panel's
 * text is not a change of the map. The pictures are this machine's: fonts and software WebGL
 * elsewhere may draw a few pixels differently, hence the tolerance.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, waitForStill } from './atlasPage';
import { chromiumPerFile } from './browser';
import {
  checkGolden,
  comparePixels,
  GOLDEN_DIR,
  GOLDEN_RESULTS,
  shotOfMapCanvases,
  type GoldenCheck,
} from './golden';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const VIEWPORT = { width: 1280, height: 800 };
/** The VRAEM and its neighbours, in the middle of the map area at 1280×800... */
const CAMERA = '#map=7/-12.4/-73.95';
/** ...shot over this box around the map area's centre (CSS px), the VRAEM whole inside it. */
const MAP_BOX = { width: 800, height: 640 };
/** A pixel differs when a channel is off by more than this (0–255)... */
const THRESHOLD = 16;
/** ...and a picture fails when more than this share of its pixels differ. */
const MAX_SHARE = 0.002;

/** The map's 2D canvases alone (shotOfMapCanvases) over MAP_BOX, at 1 px per CSS px. */
async function mapPicture(page: Page): Promise<Buffer> {
  const area = await page.locator('.map-area').boundingBox();
  if (!area) throw new Error('no map area');
  const clip = {
    x: Math.round(area.x + (area.width - MAP_BOX.width) / 2),
    y: Math.round(area.y + (area.height - MAP_BOX.height) / 2),
    ...MAP_BOX,
  };
  return shotOfMapCanvases(page, { clip, scale: 'css' });
}

function expectClose(check: GoldenCheck): void {
  const where = check.written.length > 0 ? `; see ${check.written.join(', ')}` : '';
  expect(
    check.share,
    `${check.name}: ${check.differing} pixels (${(check.share * 100).toFixed(3)} %) differ${where}`,
  ).toBeLessThanOrEqual(MAX_SHARE);
}

describe('golden images (built app, real Chromium)', () => {
  it.each([
    ['map-coca-2016', '/?i=coca&y=2016&v=2'],
    ['map-poverty-2018', '/?i=pov&y=2018&v=2'],
  ])('%s: the map draws as its golden picture', async (name, query) => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${query}${CAMERA}`, {
      viewport: VIEWPORT,
    });
    try {
      await page.mouse.move(0, 0); // no district under the pointer: no hover outline
      await waitForStill(page);
      expectClose(checkGolden(name, await mapPicture(page), THRESHOLD));
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // The year steps change only the districts whose colour or gap changed (fillCanvas.ts and
  // gapPatterns.ts, `repaint`), on two canvases drawn in turn (layerCanvas.ts, twoBuffers): each
  // catches up on the changes since it was last shown (in the step, or before it when the page
  // was idle), and a step back to the year the hidden one still shows only swaps them. Stepping
  // there must end on the same picture as opening it.
  it('map-coca-2016 reached by year steps from 2012 (and back and forth): the same golden picture', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?i=coca&y=2012&v=2${CAMERA}`,
      {
        viewport: VIEWPORT,
      },
    );
    try {
      await page.mouse.move(0, 0);
      await waitForStill(page);
      await page.getByRole('slider').focus();
      for (let year = 2013; year <= 2016; year++) {
        await page.keyboard.press('ArrowRight');
        await page.locator('[data-testid="year-value"]', { hasText: String(year) }).waitFor();
      }
      for (const [key, year] of [
        ['ArrowLeft', 2015],
        ['ArrowRight', 2016],
      ] as const) {
        await page.keyboard.press(key);
        await page.locator('[data-testid="year-value"]', { hasText: String(year) }).waitFor();
      }
      await waitForStill(page);
      const golden = PNG.sync.read(readFileSync(resolve(GOLDEN_DIR, 'map-coca-2016.png')));
      const diff = comparePixels(golden, PNG.sync.read(await mapPicture(page)), THRESHOLD);
      if (diff.differing > 0) {
        mkdirSync(GOLDEN_RESULTS, { recursive: true });
        writeFileSync(
          resolve(GOLDEN_RESULTS, 'map-coca-2016-stepped.diff.png'),
          PNG.sync.write(diff.image),
        );
      }
      expect(diff.share, `${diff.differing} pixels differ`).toBeLessThanOrEqual(MAX_SHARE);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('chart-coca-pichari-vizcatan: the time chart draws as its golden picture', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?i=coca&ch=1&sel=080910%2C120609&v=2${CAMERA}`,
      { viewport: VIEWPORT },
    );
    try {
      await page.mouse.move(0, 0);
      // Two district lines plus the dashed VRAEM aggregate (recharts draws with no animation).
      await page.waitForFunction(
        () => document.querySelectorAll('.chart-card:first-of-type .recharts-line').length === 3,
      );
      await waitForStill(page);
      const shot = await page.locator('.chart-card').first().screenshot();
      expectClose(checkGolden('chart-coca-pichari-vizcatan', shot, THRESHOLD));
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
