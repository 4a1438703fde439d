/**
 * The map's camera as a map engineer means it: the 2D canvases are drawn at the ratio MapLibre
 * actually draws (it clamps its canvas to 4096 device px), on a big HiDPI screen and in the 2×
 * export of a wide map; and the map stays north up and flat whatever the keyboard or the fingers
 * ask.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, screenPoint } from './atlasPage';
import { chromiumPerFile } from './browser';
import { shotOfMapCanvases } from './golden';
import { districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const RESULTS = resolve(__dirname, '../../test-results');
// The VRAEM and its neighbours, pinned so that pages at different ratios show the same view.
const VIEW = '/?i=coca&y=2020#map=8.2/-12.6/-74.2';
const WIDE = { width: 2560, height: 1440 };

const PICHARI = districtByUbigeo('080910');
const AYACUCHO = districtByUbigeo('050101');
const VIZCATAN = districtByUbigeo('120609');

const browser = chromiumPerFile();

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlasDebug?.idle() === true);
}

/**
 * The map's 2D canvases alone (panels, legend and controls hidden), at one pixel per CSS pixel:
 * a 2× page is scaled down by the browser, so two ratios can be compared pixel for pixel.
 */
async function mapCanvases(page: Page, name: string): Promise<PNG> {
  const clip = await page.locator('.map-area').boundingBox();
  if (!clip) throw new Error('no map area');
  return PNG.sync.read(
    await shotOfMapCanvases(page, { clip, scale: 'css', path: screenshotPath(name) }),
  );
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Mean colour of the `size`×`size` block at (x, y). */
function blockMean(png: PNG, x: number, y: number, size: number): [number, number, number] {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let dy = 0; dy < size; dy++) {
    for (let dx = 0; dx < size; dx++) {
      const i = ((y + dy) * png.width + x + dx) * 4;
      r += png.data[i] ?? 0;
      g += png.data[i + 1] ?? 0;
      b += png.data[i + 2] ?? 0;
    }
  }
  const n = size * size;
  return [r / n, g / n, b / n];
}

/**
 * Share of 4×4 blocks (CSS px) in `box` whose mean colours differ clearly: a district's fill
 * drawn elsewhere, not the fine gap patterns or text, which each ratio rasterises differently.
 * `b` may be `bScale` times larger (its blocks are then `4 × bScale` pixels).
 */
function differingShare(a: PNG, b: PNG, box: Box, bScale = 1): number {
  let differing = 0;
  let total = 0;
  for (let y = box.y0; y + 4 <= box.y1; y += 4) {
    for (let x = box.x0; x + 4 <= box.x1; x += 4) {
      const ma = blockMean(a, x, y, 4);
      const mb = blockMean(b, x * bScale, y * bScale, 4 * bScale);
      if (Math.hypot(ma[0] - mb[0], ma[1] - mb[1], ma[2] - mb[2]) > 40) differing++;
      total++;
    }
  }
  return differing / total;
}

/** Bearing and pitch as the screen shows them: where three places are drawn relative to each other. */
async function screenFrame(page: Page) {
  const a = await screenPoint(page, PICHARI.labelPoint);
  const east = await screenPoint(page, [PICHARI.labelPoint[0] + 0.5, PICHARI.labelPoint[1]]);
  const north = await screenPoint(page, [PICHARI.labelPoint[0], PICHARI.labelPoint[1] + 0.5]);
  return {
    // 0 when a parallel is horizontal on screen (north up).
    turn: Math.atan2(east.y - a.y, east.x - a.x),
    // North over east on screen: fixed by the Mercator projection when the map is flat.
    aspect: Math.hypot(north.x - a.x, north.y - a.y) / Math.hypot(east.x - a.x, east.y - a.y),
  };
}

describe('map camera (built app, real Chromium)', () => {
  it('on a 2560×1440 screen at 2× (MapLibre draws at 1.6×), the districts are drawn where they are on a 1× screen, and picked there', async () => {
    const one = await openAtlas(browser(), `${baseUrl}${VIEW}`, { viewport: WIDE });
    let reference: PNG;
    try {
      await settle(one.page);
      reference = await mapCanvases(one.page, 'map-2560-1x.png');
    } finally {
      await one.page.context().close();
    }
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`, {
      viewport: WIDE,
      deviceScaleFactor: 2,
    });
    try {
      await settle(page);
      // The case at hand: MapLibre's canvas is narrower than 2 device px per CSS px.
      const canvas = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
        return c ? { width: c.width, css: c.clientWidth } : null;
      });
      if (!canvas) throw new Error('no map canvas');
      expect(canvas.css).toBeGreaterThan(2048);
      expect(canvas.width).toBeLessThanOrEqual(4096);
      const hidpi = await mapCanvases(page, 'map-2560-2x.png');
      expect([hidpi.width, hidpi.height]).toEqual([reference.width, reference.height]);
      const share = differingShare(reference, hidpi, {
        x0: 0,
        y0: 0,
        x1: reference.width,
        y1: reference.height,
      });
      console.log(`2560×1440 at 2× against 1×: ${(share * 100).toFixed(2)} % of 4×4 blocks differ`);
      expect(share).toBeLessThan(0.01);
      // Picking (MapLibre's) and drawing (ours) agree: the point drawn as Pichari opens Pichari.
      const point = await screenPoint(page, VIZCATAN.labelPoint);
      await page.mouse.click(point.x, point.y);
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Vizcatán del Ene');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the 2× PNG of a map wider than 2048 CSS px matches the map on screen (not 25 % larger)', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`, {
      viewport: WIDE,
    });
    try {
      await settle(page);
      const screen = await mapCanvases(page, 'map-export-screen.png');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG del mapa' }).click(),
      ]);
      await file.saveAs(resolve(RESULTS, 'map-export-2560.png'));
      const png = PNG.sync.read(readFileSync((await file.path()) as string));
      expect([png.width, png.height]).toEqual([screen.width * 2, screen.height * 2]);
      // Plain map: clear of the title, north arrow, legend, scale bar and footer drawn into it.
      const share = differingShare(
        screen,
        png,
        { x0: 260, y0: 60, x1: screen.width - 100, y1: screen.height - 130 },
        2,
      );
      console.log(
        `export of a 2560 px map against the screen: ${(share * 100).toFixed(2)} % of 4×4 blocks differ`,
      );
      expect(share).toBeLessThan(0.01);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('Shift+arrows neither turn nor tilt the map: north stays up, the districts stay where they are drawn and picked', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`);
    try {
      await settle(page);
      const before = await screenFrame(page);
      const pichari = await screenPoint(page, PICHARI.labelPoint);
      const ayacucho = await screenPoint(page, AYACUCHO.labelPoint);
      const hash = new URL(page.url()).hash;
      await page.locator('.maplibregl-canvas').focus();
      for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight']) {
        await page.keyboard.press(`Shift+${key}`);
        // A sleep on purpose: the test shows that nothing happens, so it gives a turn or a
        // tilt the time to start (MapLibre's keyboard easing lasts ~300 ms) before the next key.
        await page.waitForTimeout(350);
      }
      await settle(page);
      const after = await screenFrame(page);
      expect(after.turn).toBeCloseTo(0, 4);
      expect(after.turn).toBeCloseTo(before.turn, 4);
      expect(after.aspect).toBeCloseTo(before.aspect, 3);
      for (const [place, was] of [
        [PICHARI.labelPoint, pichari],
        [AYACUCHO.labelPoint, ayacucho],
      ] as const) {
        const now = await screenPoint(page, place);
        expect(Math.abs(now.x - was.x)).toBeLessThan(1);
        expect(Math.abs(now.y - was.y)).toBeLessThan(1);
      }
      expect(new URL(page.url()).hash).toBe(hash);
      await page.mouse.click(pichari.x, pichari.y);
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Pichari');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a two-finger twist on a touch screen does not turn the map', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}${VIEW}`, {
      hasTouch: true,
    });
    try {
      await settle(page);
      // Around Pichari: plain map, nothing floating over it.
      const { x: cx, y: cy } = await screenPoint(page, PICHARI.labelPoint);
      const cdp = await page.context().newCDPSession(page);
      // Two fingers 120 px apart, turned by 60° about their middle in 12 steps.
      const fingers = (angle: number) =>
        [0, Math.PI].map((offset, id) => ({
          x: cx + 60 * Math.cos(angle + offset),
          y: cy + 60 * Math.sin(angle + offset),
          id,
        }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
      for (let step = 1; step <= 12; step++) {
        const angle = (step / 12) * (Math.PI / 3);
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: fingers(angle),
        });
        // Input pacing, not a wait for a state: a finger moves over several frames.
        await page.waitForTimeout(30);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await settle(page);
      const after = await screenFrame(page);
      expect(after.turn).toBeCloseTo(0, 4);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
