/**
 * A drag moves the map's 2D canvases with the compositor (layerCanvas.ts, followCamera) and draws
 * them again once, when it ends. What a reader must see: during the drag the districts stay
 * under the pointer (the canvas moved by exactly the pointer's path, pixels included); after it,
 * the map is exactly the map a fresh page draws for the same camera (no transform left, nothing
 * a pixel off the picking).
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { colourDistance, hoverText, openAtlas, waitForStill } from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';
import { scaleBar } from '../../src/domain/scaleBar';
import { comparePixels, shotOfMapCanvases } from './golden';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const VIEW = '/?i=coca&y=2016&v=2#map=7/-12.4/-73.95';
const DRAG = { x: 120, y: 60 };
const STEPS = 12;

/** The map's 2D canvases alone (shotOfMapCanvases), over a box of the map area. */
async function canvasesPicture(page: Page, name: string): Promise<PNG> {
  const clip = { x: 240, y: 120, width: 800, height: 560 };
  return PNG.sync.read(
    await shotOfMapCanvases(page, { clip, path: screenshotPath(`${name}.png`) }),
  );
}

/**
 * Share of 8×8 blocks of `before` whose mean colour is found `shift` away in `after`. Block means,
 * because a canvas moved as a compositor layer may land a fraction of a pixel off the one it was
 * painted at: edges differ, areas do not.
 */
function blocksMatching(before: PNG, after: PNG, shift: { x: number; y: number }): number {
  const K = 8;
  const mean = (png: PNG, x0: number, y0: number) => {
    const sum = { r: 0, g: 0, b: 0 };
    for (let y = y0; y < y0 + K; y++) {
      for (let x = x0; x < x0 + K; x++) {
        const i = (y * png.width + x) * 4;
        sum.r += png.data[i] ?? 0;
        sum.g += png.data[i + 1] ?? 0;
        sum.b += png.data[i + 2] ?? 0;
      }
    }
    return { r: sum.r / K / K, g: sum.g / K / K, b: sum.b / K / K };
  };
  let same = 0;
  let blocks = 0;
  for (let y = 0; y + shift.y + K <= before.height; y += K) {
    for (let x = 0; x + shift.x + K <= before.width; x += K) {
      blocks++;
      if (colourDistance(mean(before, x, y), mean(after, x + shift.x, y + shift.y)) < 20) same++;
    }
  }
  return same / blocks;
}

/** Transforms and compositing hints left on the map's canvases. */
const canvasStyles = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.map-layer-canvas'))
      .filter((c) => c.style.display !== 'none')
      .map((c) => `${c.style.transform}|${c.style.willChange}`),
  );

describe('the map follows a drag without redrawing (built app, real Chromium)', () => {
  it('moves the drawn districts with the pointer, then draws the new view exactly', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`);
    try {
      await page.mouse.move(5, 795); // off the districts: no hover outline
      await waitForStill(page);
      const before = await canvasesPicture(page, 'pan-before');
      // Right of the district list, clear of the legend (as the bench's pan): plain map.
      const box = await page.locator('.maplibregl-canvas').boundingBox();
      if (!box) throw new Error('no map canvas');
      const start = { x: box.x + box.width * 0.55, y: box.y + box.height * 0.4 };
      expect(
        await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas'),
          start,
        ),
      ).toBe(true);
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let i = 1; i <= STEPS; i++) {
        await page.mouse.move(start.x + (DRAG.x * i) / STEPS, start.y + (DRAG.y * i) / STEPS);
      }
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      // Mid-drag the pointer points at no district: no tooltip, no hover outline.
      expect(await page.locator('.map-tooltip').count()).toBe(0);
      expect(
        await page.evaluate(
          () =>
            document.querySelector<HTMLElement>('.district-highlight-canvas')?.style.display ?? '',
        ),
      ).toBe('none');
      // Mid-drag: every canvas shown carries the pointer's path as a compositor transform...
      const during = await canvasStyles(page);
      expect(during.length).toBeGreaterThanOrEqual(3);
      for (const style of during) {
        const [transform = '', hint] = style.split('|');
        const m = /matrix\(([^)]+)\)/.exec(transform);
        expect(m, `canvas style ${style}`).not.toBeNull();
        const [a, , , d, e, f] = (m?.[1] ?? '').split(',').map(Number);
        expect(a).toBeCloseTo(1, 6);
        expect(d).toBeCloseTo(1, 6);
        expect(e).toBeCloseTo(DRAG.x, 0);
        expect(f).toBeCloseTo(DRAG.y, 0);
        expect(hint).toBe('transform');
      }
      // ...and the picture moved with it: what was at p is now at p + drag.
      const moved = await canvasesPicture(page, 'pan-during');
      const matched = blocksMatching(before, moved, DRAG);
      expect(matched).toBeGreaterThan(0.9);
      // Not by chance: 8 px off the pointer's path, far fewer blocks match.
      expect(matched - blocksMatching(before, moved, { x: DRAG.x - 8, y: DRAG.y })).toBeGreaterThan(
        0.2,
      );
      expect(matched - blocksMatching(before, moved, { x: 0, y: 0 })).toBeGreaterThan(0.4);
      await page.mouse.up();
      await page.mouse.move(5, 795); // the hover outline off, as in the fresh page
      await waitForStill(page);
      // Drawn again where it is: no transform left, no layer of its own.
      for (const style of await canvasStyles(page)) expect(style).toBe('|');
      const after = await canvasesPicture(page, 'pan-after');
      const hash = await page.evaluate(() => window.location.hash);
      expect(hash).not.toBe('#map=7/-12.4/-73.95');
      const fresh = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2016&v=2${hash}`);
      try {
        await fresh.page.mouse.move(5, 795);
        await waitForStill(fresh.page);
        const reference = await canvasesPicture(fresh.page, 'pan-fresh');
        const diff = comparePixels(reference, after, 16);
        expect(diff.share, `${diff.differing} pixels differ`).toBeLessThan(0.002);
      } finally {
        await fresh.page.context().close();
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('MapLibre paints no WebGL frame while its canvas shows nothing, and picking still works', async () => {
    // Counts what reaches the GPU: every clear and draw call of every WebGL context on the page.
    const countGlCalls = () => {
      const w = window as unknown as { __glCalls: number };
      w.__glCalls = 0;
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        for (const name of ['clear', 'drawArrays', 'drawElements'] as const) {
          const call = proto[name] as (...args: unknown[]) => void;
          Object.defineProperty(proto, name, {
            value(this: unknown, ...args: unknown[]) {
              w.__glCalls += 1;
              call.apply(this, args);
            },
          });
        }
      }
    };
    const glCalls = (page: Page) =>
      page.evaluate(() => (window as unknown as { __glCalls: number }).__glCalls);
    const drag = async (page: Page) => {
      const box = await page.locator('.maplibregl-canvas').boundingBox();
      if (!box) throw new Error('no map canvas');
      const start = { x: box.x + box.width * 0.55, y: box.y + box.height * 0.4 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let i = 1; i <= STEPS; i++) {
        await page.mouse.move(start.x + (DRAG.x * i) / STEPS, start.y + (DRAG.y * i) / STEPS);
      }
      await page.mouse.up();
      await page.mouse.move(5, 795);
      await waitForStill(page);
    };

    // Coca alone: MapLibre's canvas is transparent (opacity 0), so a drag costs it no frame.
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`, {
      initScript: countGlCalls,
    });
    try {
      await page.mouse.move(5, 795);
      await waitForStill(page);
      const before = await glCalls(page);
      await drag(page);
      expect(await glCalls(page)).toBe(before);
      // MapLibre still ran its frames: it picks the district under the pointer at the new camera.
      expect(await hoverText(page, districtByUbigeo('080910').labelPoint)).toContain('Pichari');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }

    // With the incidents on, MapLibre's canvas shows deck.gl's points: every frame is painted.
    const withPoints = await openAtlas(browser(), `${baseUrl}/?ev=1#map=7/-12.4/-73.95`, {
      initScript: countGlCalls,
    });
    try {
      await waitForStill(withPoints.page);
      const before = await glCalls(withPoints.page);
      await drag(withPoints.page);
      expect(await glCalls(withPoints.page)).toBeGreaterThan(before + STEPS);
    } finally {
      await withPoints.page.context().close();
    }
  });

  it('writes the scale bar when the camera settles, not on every frame of a drag', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`);
    try {
      await page.mouse.move(5, 795);
      await waitForStill(page);
      const scale = page.locator('.maplibregl-ctrl-scale');
      const read = () =>
        scale.evaluate((el: HTMLElement) => ({ text: el.textContent, width: el.style.width }));
      // Zoom 7 at 12.4° S: 597 m a pixel, so 100 px hold 59.7 km: the bar says 50 km in 84 px.
      expect(await read()).toEqual({ text: '50 km', width: '84px' });
      await scale.evaluate((el: HTMLElement) => {
        const w = window as unknown as { __scaleWrites: number };
        w.__scaleWrites = 0;
        new MutationObserver((records) => (w.__scaleWrites += records.length)).observe(el, {
          attributes: true,
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const writes = () =>
        page.evaluate(() => (window as unknown as { __scaleWrites: number }).__scaleWrites);
      // A drag north-west by a quarter of the map: the centre's latitude changes the scale.
      const box = await page.locator('.maplibregl-canvas').boundingBox();
      if (!box) throw new Error('no map canvas');
      const start = { x: box.x + box.width * 0.55, y: box.y + box.height * 0.3 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let i = 1; i <= STEPS; i++) await page.mouse.move(start.x, start.y + (300 * i) / STEPS);
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      // With Chromium's GPU process each write re-rasterised the panels over the map, mid-drag.
      expect(await writes()).toBe(0);
      await page.mouse.up();
      await page.mouse.move(5, 795);
      await waitForStill(page);
      const [zoom, lat] = (
        /#map=([\d.]+)\/(-?[\d.]+)\//.exec(await page.evaluate(() => location.hash)) ?? []
      )
        .slice(1)
        .map(Number);
      expect(lat).toBeGreaterThan(-11.5);
      const bar = scaleBar(zoom ?? NaN, lat ?? NaN, 100);
      expect(await read()).toEqual({ text: bar.label, width: `${Math.round(bar.px)}px` });
      expect(await writes()).toBeGreaterThan(0);
      // A zoom step settles too: zoom 8 holds 29.9 km in 100 px, the bar says 20 km.
      await page.getByRole('button', { name: /acercar|zoom in/i }).click();
      await waitForStill(page);
      const zoomed = await page.evaluate(() => location.hash);
      expect(zoomed).toMatch(/^#map=8\//);
      expect((await read()).text).toBe('20 km');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
