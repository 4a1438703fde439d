/**
 * Image export from the briefing toolbar: "PNG del mapa" renders the map's own pixels at 2×
 * (not a 1× copy scaled up) and leaves the map on screen as it was; "Figura" puts the chart
 * beside the map with its key (the layout itself: briefingFigure.e2e and figureLayout.test).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, waitForStill } from './atlasPage';
import { chromiumPerFile } from './browser';

const baseUrl = inject('baseUrl');
const RESULTS = resolve(__dirname, '../../test-results');
// Coca 2020 around Pichari (La Convención, Cusco), zoomed so that district names show; the camera
// is pinned in the hash so that two pages at different pixel ratios show the same view.
const VIEW = '/?i=coca&y=2020&ch=1&sel=080910&v=2#map=8.6/-12.46/-73.79';
const LONG = 480_000;

const browser = chromiumPerFile();

/** The pinned view is drawn and stays put. */
const settle = (page: Page) => waitForStill(page);

/** The map canvas alone (everything floating over it hidden), at the page's pixel ratio. */
async function mapOnly(page: Page): Promise<PNG> {
  // Through the CSSOM: the app's CSP refuses <style> elements.
  const show = (only: boolean) =>
    page.evaluate((on) => {
      const canvas = document.querySelector<HTMLElement>('.maplibregl-canvas');
      for (const [element, value] of [
        [document.body, 'hidden'],
        [canvas, 'visible'],
      ] as const) {
        if (on) element?.style.setProperty('visibility', value, 'important');
        else element?.style.removeProperty('visibility');
      }
    }, only);
  await show(true);
  const shot = await page.locator('.maplibregl-canvas').screenshot();
  await show(false);
  return PNG.sync.read(shot);
}

interface Window {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Mean absolute difference per channel between `a` and the 2× `reference` over a window (2×
 * pixels), at the best of small shifts: the two pages may round the map's height differently
 * (a pixel row). `scaleA` 0.5 reads `a` as a 1× image scaled up by repeating each pixel.
 */
function meanDifference(a: PNG, reference: PNG, window: Window, scaleA = 1): number {
  let best = Infinity;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      let sum = 0;
      for (let y = window.y0; y < window.y1; y++) {
        for (let x = window.x0; x < window.x1; x++) {
          const ia = (Math.floor((y + dy) * scaleA) * a.width + Math.floor((x + dx) * scaleA)) * 4;
          const ib = (y * reference.width + x) * 4;
          for (let c = 0; c < 3; c++) {
            sum += Math.abs((a.data[ia + c] ?? 0) - (reference.data[ib + c] ?? 0));
          }
        }
      }
      best = Math.min(best, sum / (3 * (window.x1 - window.x0) * (window.y1 - window.y0)));
    }
  }
  return best;
}

function countDiffering(a: PNG, b: PNG): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) +
      Math.abs((a.data[i + 1] ?? 0) - (b.data[i + 1] ?? 0)) +
      Math.abs((a.data[i + 2] ?? 0) - (b.data[i + 2] ?? 0));
    if (d > 6) count++;
  }
  return count;
}

function rgb(css: string): [number, number, number] {
  const match = /rgba?\((\d+), (\d+), (\d+)/.exec(css);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A legend swatch: a 16×16 block of exactly `colour` right of `left` (chart lines are thinner). */
function hasSolidBlock(png: PNG, colour: [number, number, number], left: number): boolean {
  const is = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return colour.every((v, c) => Math.abs((png.data[i + c] ?? 0) - v) <= 2);
  };
  for (let y = 0; y + 16 <= png.height; y += 4) {
    for (let x = left; x + 16 <= png.width; x += 4) {
      if (!is(x, y)) continue;
      let solid = true;
      for (let dy = 0; dy < 16 && solid; dy++) {
        for (let dx = 0; dx < 16 && solid; dx++) solid = is(x + dx, y + dy);
      }
      if (solid) return true;
    }
  }
  return false;
}

async function download(page: Page, button: string, saveAs: string): Promise<PNG> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await file.saveAs(resolve(RESULTS, saveAs));
  return PNG.sync.read(readFileSync((await file.path()) as string));
}

describe('image export (built app, real Chromium)', () => {
  it(
    'the map PNG is rendered at 2× (it matches a 2× screen, not a 1× screen scaled up), the map on screen is left as it was; the figure adds the chart with its legend',
    async () => {
      // The reference: the same view on a 2× (HiDPI) screen.
      const hidpi = await openAtlas(browser(), `${baseUrl}${VIEW}`, { deviceScaleFactor: 2 });
      let reference: PNG;
      try {
        await settle(hidpi.page);
        reference = await mapOnly(hidpi.page);
      } finally {
        await hidpi.page.context().close();
      }

      const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`);
      try {
        await page.locator('.chart-card').first().waitFor();
        await settle(page);
        const box = await page.locator('.maplibregl-canvas').boundingBox();
        if (!box) throw new Error('no map canvas');
        const before = await mapOnly(page);
        const png = await download(page, 'PNG del mapa', 'briefing-map.png');
        expect(png.width).toBe(Math.round(box.width) * 2);
        expect(png.height).toBe(Math.round(box.height) * 2);
        expect(reference.width).toBe(png.width);

        // A window of plain map: clear of the title bar, north arrow, legend, scale bar and
        // footer drawn into the image (the screenshots have nothing over the map).
        const window = {
          x0: 2 * 260,
          y0: 2 * 50,
          x1: png.width - 2 * 90,
          y1: png.height - 2 * 120,
        };
        const exported = meanDifference(png, reference, window);
        const scaledUp = meanDifference(before, reference, window, 0.5);
        console.log(`mean difference to a 2× screen: export ${exported}, 1× scaled up ${scaledUp}`);
        expect(exported).toBeLessThan(scaledUp / 2);

        // The map on screen is back at the screen's ratio, pixel for pixel.
        await settle(page);
        const after = await mapOnly(page);
        expect([after.width, after.height]).toEqual([before.width, before.height]);
        expect(countDiffering(before, after)).toBe(0);

        // The figure: map and chart side by side (figureLayout), the chart's key drawn as
        // swatches in the chart's column, right of the map.
        const card = page.locator('.chart-panel .chart-card').first();
        const legend = await card
          .locator('.recharts-legend-item-text')
          .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).color));
        expect(legend.length).toBeGreaterThanOrEqual(2);
        const figure = await download(page, 'Figura (mapa + gráfico)', 'briefing-figure-es.png');
        expect(figure.width).toBeGreaterThanOrEqual(2 * 1200);
        for (const colour of legend) {
          expect(hasSolidBlock(figure, rgb(colour), Math.round(figure.width * 0.4)), colour).toBe(
            true,
          );
        }
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('button', { name: 'Figure (map + chart)' }).waitFor();
        await settle(page);
        const english = await download(page, 'Figure (map + chart)', 'briefing-figure-en.png');
        expect(english.width).toBe(figure.width);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );
});
