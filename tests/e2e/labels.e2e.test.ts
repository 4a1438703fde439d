/**
 * District and town names on the map (labelCanvas.ts), in the built app in real Chromium: the
 * label boxes the page reports (atlasDebug.labels) never intersect at zoom 8 and 10, in Spanish
 * and English; towns are among them; the first view names towns and districts; panning moves
 * every label by the pan and changes none; the text is on the canvas (pixels).
 */
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { LabelBox } from '../../src/map/labelCanvas';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();

const TOWN_KINDS = ['departmentCapital', 'provinceCapital', 'districtCapital', 'place'];

async function labels(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => window.atlasDebug?.labels() ?? []);
}

function intersections(boxes: readonly LabelBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as LabelBox;
      const b = boxes[j] as LabelBox;
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        out.push(`${a.text} × ${b.text}`);
    }
  return out;
}

/** Share of dark (text) pixels inside a box of a screenshot. */
function darkShare(png: PNG, box: LabelBox): number {
  let dark = 0;
  let total = 0;
  for (let y = Math.ceil(box.y); y < box.y + box.height; y++)
    for (let x = Math.ceil(box.x); x < box.x + box.width; x++) {
      const i = (png.width * y + x) * 4;
      const sum = (png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255);
      total++;
      if (sum < 200) dark++;
    }
  return total === 0 ? 0 : dark / total;
}

// Pichari and Kimbiri on the Apurímac, in the middle of the valley.
const VIEWS = [
  {
    zoom: 8,
    hash: '#map=8/-12.3/-73.9',
    town: /^(Kimbiri|Pichari|Huanta|San Francisco|Santa Rosa)$/,
  },
  {
    zoom: 10,
    hash: '#map=10/-12.55/-73.8',
    town: /^(Pichari|Kimbiri|Sivia|Palmapampa|Santa Rosa)$/,
  },
];

describe('map labels (built app, real Chromium)', () => {
  for (const lang of ['es', 'en'] as const) {
    for (const view of VIEWS) {
      it(`${lang}, zoom ${view.zoom}: names never intersect, towns are named, text is drawn`, async () => {
        const query = lang === 'en' ? '/?lang=en' : '/';
        const { page, consoleErrors } = await openAtlas(
          browser(),
          `${baseUrl}${query}${view.hash}`,
        );
        const boxes = await labels(page);
        expect(boxes.length).toBeGreaterThan(10);
        expect(intersections(boxes)).toEqual([]);
        const towns = boxes.filter((b) => TOWN_KINDS.includes(b.kind));
        expect(towns.length).toBeGreaterThan(3);
        expect(towns.some((b) => view.town.test(b.text))).toBe(true);
        expect(boxes.some((b) => b.kind === 'districtVraem')).toBe(true);
        const png = PNG.sync.read(
          await page.screenshot({ path: screenshotPath(`labels-z${view.zoom}-${lang}.png`) }),
        );
        // The names are on the canvas, not only in the hook: dark text pixels in the boxes that
        // no panel covers (the map canvas is the element at the box's centre).
        const uncovered = await page.evaluate(
          (all) =>
            all.map((b) => {
              const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
              return hit?.classList.contains('maplibregl-canvas') === true;
            }),
          boxes,
        );
        const inside = boxes.filter(
          (b, i) =>
            uncovered[i] &&
            b.x >= 0 &&
            b.y >= 0 &&
            b.x + b.width < png.width &&
            b.y + b.height < png.height,
        );
        expect(inside.length).toBeGreaterThan(5);
        const drawn = inside.filter((b) => darkShare(png, b) > 0.03);
        expect(drawn.length).toBeGreaterThan(inside.length * 0.8);
        expect(consoleErrors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the first view (no camera in the link) names towns and the largest VRAEM districts', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/`);
    const zoom = await page.evaluate(() => {
      const match = /#map=([\d.]+)/.exec(window.location.hash);
      return match ? Number(match[1]) : null;
    });
    const boxes = await labels(page);
    expect(intersections(boxes)).toEqual([]);
    const names = boxes.map((b) => b.text);
    // Río Tambo and Pangoa are the VRAEM's two largest districts; Satipo its largest town.
    expect(names).toEqual(expect.arrayContaining(['Huancayo', 'Satipo', 'Río Tambo', 'Pangoa']));
    expect(boxes.filter((b) => b.kind === 'districtVraem').length).toBeGreaterThanOrEqual(4);
    expect(boxes.filter((b) => TOWN_KINDS.includes(b.kind)).length).toBeGreaterThan(5);
    await page.screenshot({ path: screenshotPath('labels-first-view-es.png') });
    expect(zoom === null || zoom < 8).toBe(true);
    await page.context().close();
  });

  it('panning moves every label by the pan and changes none of them (placement per zoom step)', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/#map=8.6/-12.3/-73.9`);
    const before = await labels(page);
    const map = page.locator('.maplibregl-canvas');
    const box = await map.boundingBox();
    if (!box) throw new Error('no map canvas');
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 8 * i, start.y + 5 * i);
    await page.mouse.up();
    await page.waitForFunction(() => window.atlasDebug?.idle() === true);
    const after = await labels(page);
    const byText = new Map(after.map((b) => [`${b.kind}:${b.text}`, b]));
    // Labels that stay on screen keep their side and move by the same offset.
    const moved = before.flatMap((b) => {
      const a = byText.get(`${b.kind}:${b.text}`);
      return a ? [{ dx: a.x - b.x, dy: a.y - b.y, dw: a.width - b.width }] : [];
    });
    expect(moved.length).toBeGreaterThan(10);
    const first = moved[0] as { dx: number; dy: number };
    expect(Math.abs(first.dx)).toBeGreaterThan(20);
    for (const m of moved) {
      expect(Math.abs(m.dx - first.dx)).toBeLessThan(1);
      expect(Math.abs(m.dy - first.dy)).toBeLessThan(1);
      expect(m.dw).toBe(0);
    }
    await page.context().close();
  });
});
