import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { COLORS, type RGBA } from '../../src/map/palette';
import { colourDistance, openAtlas, screenPoint } from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const PICHARI = districtByUbigeo('080910');

/** Pixels of one colour in a 240×240 box around a point (the outline of the district there). */
async function pixelsOf(page: Page, centre: { x: number; y: number }, [r, g, b]: RGBA) {
  const clip = {
    x: Math.round(centre.x - 120),
    y: Math.round(centre.y - 120),
    width: 240,
    height: 240,
  };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const pixel = { r: png.data[i] ?? 0, g: png.data[i + 1] ?? 0, b: png.data[i + 2] ?? 0 };
    if (colourDistance(pixel, { r, g, b }) < 30) count++;
  }
  return count;
}

async function waitForPixels(page: Page, centre: { x: number; y: number }, colour: RGBA) {
  for (let i = 0; i < 40; i++) {
    const count = await pixelsOf(page, centre, colour);
    if (count > 150) return count;
    // A poll for a pixel (the outline is drawn the frame after the hover), not a fixed sleep.
    await page.waitForTimeout(250);
  }
  return pixelsOf(page, centre, colour);
}

const browser = chromiumPerFile();

describe('district highlight (MapLibre layer, built app, real Chromium)', () => {
  it('outlines the hovered district in amber and the clicked one in red, above the fills', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    const point = await screenPoint(page, PICHARI.labelPoint);
    // Move the pointer away first: no outline before any hover.
    await page.mouse.move(5, 400);
    expect(await pixelsOf(page, point, COLORS.hoverLine)).toBeLessThan(20);

    await page.mouse.move(point.x, point.y);
    await page.locator('.map-tooltip').waitFor();
    expect(await waitForPixels(page, point, COLORS.hoverLine)).toBeGreaterThan(150);

    await page.mouse.click(point.x, point.y);
    await page.getByRole('dialog').waitFor();
    await page.mouse.move(5, 400);
    await page.screenshot({ path: screenshotPath('highlight-selected.png') });
    // Read where Pichari is now: opening its panel may refit the first view around the panels.
    await page.waitForFunction(() => window.atlasDebug?.idle() === true);
    const selected = await screenPoint(page, PICHARI.labelPoint);
    expect(await waitForPixels(page, selected, COLORS.selectedLine)).toBeGreaterThan(150);
    await page.screenshot({ path: screenshotPath('highlight-selected.png') });
    await page.context().close();
  });
});
