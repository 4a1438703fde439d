/**
 * A browser without WebGL (Chromium with --disable-3d-apis: no WebGL context at all) still gets a
 * map: the district canvases on the atlas's own camera, a notice that the map is simplified, a
 * click or the keyboard opening a district, zoom and pan; the table and the charts as usual.
 */
import type { Browser } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COLORS, type RGBA } from '../../src/map/palette';
import { colourDistance, openAtlas, pixelAt, screenPoint, type Pixel } from './atlasPage';
import { launchChromium } from './chromium';
import { districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const PICHARI = districtByUbigeo('080910');
const AYACUCHO = districtByUbigeo('050101');

let running: Browser | undefined;
beforeAll(async () => {
  running = await launchChromium(['--disable-3d-apis']);
});
afterAll(async () => {
  await running?.close();
});
function browser(): Browser {
  if (!running) throw new Error('Chromium is not running yet');
  return running;
}

function hex(css: string): Pixel {
  return {
    r: parseInt(css.slice(1, 3), 16),
    g: parseInt(css.slice(3, 5), 16),
    b: parseInt(css.slice(5, 7), 16),
  };
}
function over([r, g, b, a]: RGBA, base: Pixel): Pixel {
  const alpha = a / 255;
  return {
    r: r * alpha + base.r * (1 - alpha),
    g: g * alpha + base.g * (1 - alpha),
    b: b * alpha + base.b * (1 - alpha),
  };
}

describe('the atlas without WebGL (--disable-3d-apis, built app)', () => {
  it('draws the districts (pixels), says the map is simplified, and a click opens the district panel', async () => {
    const { page, consoleErrors, foreignRequests } = await openAtlas(browser(), baseUrl);
    try {
      expect(
        await page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null),
      ).toBe(true);
      await expect(
        page.getByRole('status').filter({ hasText: 'Mapa simplificado' }).count(),
      ).resolves.toBe(1);
      const land = hex(COLORS.peruLand);
      const inside = await screenPoint(page, PICHARI.labelPoint);
      const outside = await screenPoint(page, AYACUCHO.labelPoint);
      const insidePixel = await pixelAt(page, inside.x, inside.y);
      const outsidePixel = await pixelAt(page, outside.x, outside.y);
      expect(colourDistance(insidePixel, over(COLORS.vraemFill, land))).toBeLessThan(30);
      expect(colourDistance(outsidePixel, over(COLORS.contextFill, land))).toBeLessThan(30);
      // The VRAEM outline, in its own colour, as on the WebGL map.
      const shot = PNG.sync.read(
        await page.screenshot({ path: screenshotPath('map-no-webgl-es.png') }),
      );
      const outline = hex(COLORS.vraemOutline);
      let outlinePixels = 0;
      for (let i = 0; i < shot.data.length; i += 4) {
        const pixel = { r: shot.data[i] ?? 0, g: shot.data[i + 1] ?? 0, b: shot.data[i + 2] ?? 0 };
        if (colourDistance(pixel, outline) < 20) outlinePixels++;
      }
      // The VRAEM is fitted into the room the panels leave (useFirstFit), as on the WebGL map.
      expect(outlinePixels).toBeGreaterThan(1000);

      // Hover shows the tooltip; a click opens the panel of the district under the pointer.
      await page.mouse.move(inside.x - 3, inside.y - 3);
      await page.mouse.move(inside.x, inside.y);
      await expect(page.locator('.map-tooltip').innerText()).resolves.toContain('Pichari');
      await page.mouse.click(inside.x, inside.y);
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Pichari');
      expect(new URL(page.url()).searchParams.get('d')).toBe('080910');
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('zoom buttons, the wheel and a drag move the simplified map; the keyboard opens a district', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}/?lang=en`);
    try {
      const mapBox = await page.locator('.flat-map').boundingBox();
      if (!mapBox) throw new Error('no flat map');
      const centre = { x: mapBox.x + mapBox.width / 2, y: mapBox.y + mapBox.height / 2 };
      const a = await screenPoint(page, PICHARI.labelPoint);
      const b = await screenPoint(page, AYACUCHO.labelPoint);
      const span = Math.hypot(a.x - b.x, a.y - b.y);

      await page.getByRole('button', { name: /zoom in/i }).click();
      const a2 = await screenPoint(page, PICHARI.labelPoint);
      const b2 = await screenPoint(page, AYACUCHO.labelPoint);
      expect(Math.hypot(a2.x - b2.x, a2.y - b2.y) / span).toBeCloseTo(2, 5);
      // Drawn where it is picked, after the zoom too (3 km north of the point its name is on).
      const land = hex(COLORS.peruLand);
      const north = await screenPoint(page, [PICHARI.labelPoint[0], PICHARI.labelPoint[1] + 0.03]);
      expect(
        colourDistance(await pixelAt(page, north.x, north.y), over(COLORS.vraemFill, land)),
      ).toBeLessThan(30);

      // The wheel zooms out about the pointer: the place under it stays put.
      await page.mouse.move(a2.x, a2.y);
      await page.mouse.wheel(0, 200);
      const a3 = await screenPoint(page, PICHARI.labelPoint);
      expect(Math.abs(a3.x - a2.x)).toBeLessThan(1);
      expect(Math.abs(a3.y - a2.y)).toBeLessThan(1);
      const b3 = await screenPoint(page, AYACUCHO.labelPoint);
      expect(Math.hypot(a3.x - b3.x, a3.y - b3.y)).toBeLessThan(
        Math.hypot(a2.x - b2.x, a2.y - b2.y),
      );

      // A drag pans by as much as the pointer moved, and opens nothing.
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(centre.x + 12 * i, centre.y + 5 * i);
      await page.mouse.up();
      const a4 = await screenPoint(page, PICHARI.labelPoint);
      expect(a4.x - a3.x).toBeCloseTo(120, 0);
      expect(a4.y - a3.y).toBeCloseTo(50, 0);
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('map-no-webgl-en.png') });
      await expect(
        page.getByRole('status').filter({ hasText: 'Simplified map' }).count(),
      ).resolves.toBe(1);

      // The keyboard: the map region takes focus, an arrow picks a district, Enter opens it.
      await page.getByRole('region', { name: /map/i }).first().focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('keeps its view in the link (#map=) for a reload, and exports the map as a 2× PNG', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), baseUrl);
    try {
      const mapBox = await page.locator('.flat-map').boundingBox();
      if (!mapBox) throw new Error('no flat map');
      const start = { x: mapBox.x + mapBox.width * 0.6, y: mapBox.y + mapBox.height * 0.5 };
      const before = await screenPoint(page, PICHARI.labelPoint);
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++) await page.mouse.move(start.x - 10 * i, start.y + 5 * i);
      await page.mouse.up();
      // The drag's end writes the camera into the link.
      await page.waitForFunction(() => window.location.hash.startsWith('#map='));
      const moved = await screenPoint(page, PICHARI.labelPoint);
      expect(moved.x - before.x).toBeCloseTo(-80, 0);
      expect(moved.y - before.y).toBeCloseTo(40, 0);

      // The link reopens the same view: Pichari where the drag left it.
      const link = page.url();
      const again = await openAtlas(browser(), link);
      try {
        const restored = await screenPoint(again.page, PICHARI.labelPoint);
        expect(Math.abs(restored.x - moved.x)).toBeLessThan(1);
        expect(Math.abs(restored.y - moved.y)).toBeLessThan(1);
        expect(again.consoleErrors).toEqual([]);
      } finally {
        await again.page.context().close();
      }

      // The map PNG: twice the map's size, the VRAEM's districts in it.
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG del mapa' }).click(),
      ]);
      const png = PNG.sync.read(readFileSync((await file.path()) as string));
      writeFileSync(screenshotPath('map-no-webgl-export.png'), PNG.sync.write(png));
      expect(png.width).toBe(Math.round(mapBox.width) * 2);
      expect(png.height).toBe(Math.round(mapBox.height) * 2);
      const vraem = over(COLORS.vraemFill, hex(COLORS.peruLand));
      let vraemPixels = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const pixel = { r: png.data[i] ?? 0, g: png.data[i + 1] ?? 0, b: png.data[i + 2] ?? 0 };
        if (colourDistance(pixel, vraem) < 20) vraemPixels++;
      }
      // The VRAEM's 69 districts cover far more than this at the first view (2× pixels).
      expect(vraemPixels).toBeGreaterThan(40_000);
      // Pichari's fill where it is on screen (3 km north of its name, clear of the label).
      const north = await screenPoint(page, [PICHARI.labelPoint[0], PICHARI.labelPoint[1] + 0.03]);
      const at =
        (Math.round((north.y - mapBox.y) * 2) * png.width + Math.round((north.x - mapBox.x) * 2)) *
        4;
      const exported = { r: png.data[at] ?? 0, g: png.data[at + 1] ?? 0, b: png.data[at + 2] ?? 0 };
      expect(colourDistance(exported, vraem)).toBeLessThan(30);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the table and the charts work as with WebGL', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?i=coca_ha&y=2016&tb=1&ch=1&sel=080910`,
    );
    try {
      const table = page.locator('.district-table');
      await table.waitFor();
      expect(await table.locator('h2').innerText()).toBe('Distritos en 2016 (79)');
      const chart = page.locator('.chart-card').first();
      await chart.waitFor();
      await chart.locator('svg.recharts-surface').first().waitFor();
      expect(
        await chart.locator('.recharts-line, .recharts-bar-rectangle').count(),
      ).toBeGreaterThan(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
