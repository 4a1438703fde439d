/**
 * Printing, as a briefing officer does it (Ctrl+P → PDF): the page is rendered by Chromium's own
 * `page.pdf()` with the print stylesheet, and each PDF page is drawn back into pixels (pdfPages.ts)
 * and looked at: the map box holds the whole map image, the legend and the zone/Peru box print
 * whole, every chart and the timeline print, the sources are there to read and nothing covers
 * them, and no page is left almost empty. The page images are written for a person to open.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { inkShare, pdfPages, type Box } from './pdfPages';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const LONG = 300_000;

// A4 landscape with 8 mm margins (print.css), in CSS pixels (96 per inch), and the scale at
// which pdfPages draws (1.5 × 72 dpi).
const MM = 96 / 25.4;
const MARGIN = 8 * MM;
const CONTENT_WIDTH = Math.round((297 - 16) * MM);
const PDF_PX_PER_CSS = 1.5 * (72 / 96);

/** The print layout's map box, in the PDF page's pixels (print media at the paper's width). */
async function printedMapBox(page: Page): Promise<Box> {
  const screen = page.viewportSize();
  await page.setViewportSize({ width: CONTENT_WIDTH, height: 700 });
  await page.emulateMedia({ media: 'print' });
  const box = await page.locator('.map-area').boundingBox();
  await page.emulateMedia({ media: null });
  if (screen) await page.setViewportSize(screen);
  if (!box) throw new Error('no map box in the print layout');
  return {
    x: (box.x + MARGIN) * PDF_PX_PER_CSS,
    y: (box.y + MARGIN) * PDF_PX_PER_CSS,
    width: box.width * PDF_PX_PER_CSS,
    height: box.height * PDF_PX_PER_CSS,
  };
}

/** Mean colour of each cell of a `cols`×`rows` grid over `box` of `png`. */
function cellMeans(png: PNG, box: Box, cols = 8, rows = 6): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const sum = [0, 0, 0];
      let n = 0;
      const x0 = Math.round(box.x + (box.width * i) / cols);
      const x1 = Math.round(box.x + (box.width * (i + 1)) / cols);
      const y0 = Math.round(box.y + (box.height * j) / rows);
      const y1 = Math.round(box.y + (box.height * (j + 1)) / rows);
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const k = (y * png.width + x) * 4;
          sum[0] = (sum[0] ?? 0) + (png.data[k] ?? 0);
          sum[1] = (sum[1] ?? 0) + (png.data[k + 1] ?? 0);
          sum[2] = (sum[2] ?? 0) + (png.data[k + 2] ?? 0);
          n++;
        }
      }
      out.push(sum.map((s) => s / Math.max(1, n)));
    }
  }
  return out;
}

/** Mean distance between two grids of cell colours. */
function gridDistance(a: number[][], b: number[][]): number {
  let total = 0;
  a.forEach((cell, i) => {
    const other = b[i] ?? [0, 0, 0];
    total += Math.hypot(...cell.map((v, c) => v - (other[c] ?? 0)));
  });
  return total / a.length;
}

/** The image the print stylesheet shows in the map box (printSnapshot.ts), decoded. */
async function printedImage(page: Page): Promise<PNG> {
  const src = await page.locator('#print-map-image').getAttribute('src');
  if (!src?.startsWith('data:image/png;base64,')) throw new Error('no print image');
  return PNG.sync.read(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64'));
}

const VIEWS = [
  {
    name: 'coca-2016-es',
    query: 'i=coca&y=2016',
    ready: '.coca-context',
    pages: 1,
    texts: [
      'Coca cultivada (ha) · 2016',
      'Coca en 2016: zona y país',
      // The box's notes, folded on screen, print open.
      'citado por Vera Delzo 2018',
      // The short citation with the year of the data, not the transcription notes.
      'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
    ],
  },
  {
    name: 'emergency-en',
    query: 'i=emergency&f=2018-06-01&lang=en',
    ready: '.jurisdiction-legend',
    pages: 1,
    texts: ['State of emergency on 2018-06-01', 'DS 035-2018-PCM', 'Source:'],
  },
  {
    name: 'charts-es',
    query: 'i=coca&y=2016&ch=1&sel=080910',
    ready: '.chart-card',
    pages: 2,
    texts: ['Coca: zona VRAEM y Perú', 'DS 133-2025-PCM', 'Fuente:', '(datos de 2016)'],
  },
] as const;

describe('print (page.pdf, A4 landscape)', () => {
  it.each(VIEWS)(
    '$name: map fills its box, legend and charts whole, sources legible, no near-empty page',
    async ({ name, query, ready, pages: pageCount, texts }) => {
      const { page } = await openAtlas(browser(), `${baseUrl}/?${query}`, {
        viewport: { width: 1366, height: 768 },
      });
      try {
        await page.locator(ready).first().waitFor();
        const mapBox = await printedMapBox(page);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const pages = await pdfPages(pdf);
        pages.forEach((p, i) =>
          writeFileSync(screenshotPath(`print-${name}-p${i + 1}.png`), PNG.sync.write(p.png)),
        );

        expect(pages.length).toBe(pageCount);
        // No page is left almost empty (the emergency view once spilled one line onto page 2).
        for (const p of pages) expect(inkShare(p.png)).toBeGreaterThan(0.04);

        const first = pages[0];
        if (!first) throw new Error('no page');
        // The map box holds the snapshot, all of it and only it: cell by cell, the printed box
        // looks like the image (a letterboxed image with the live canvas showing above it, the
        // "torn band", does not).
        const image = await printedImage(page);
        const whole = { x: 0, y: 0, width: image.width, height: image.height };
        expect(gridDistance(cellMeans(first.png, mapBox), cellMeans(image, whole))).toBeLessThan(
          12,
        );
        // ...and it is a map, not an empty box: many colours, most of it inked.
        expect(inkShare(first.png, mapBox)).toBeGreaterThan(0.3);

        const text = pages.map((p) => p.text).join('\n');
        for (const expected of texts) expect(text).toContain(expected);
        // The sources line is on the first page, under the map, and nothing prints over it.
        expect(first.text).toMatch(/Fuente:|Source:/);
        expect(text).not.toMatch(/sin conexión|offline/i);
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );
});
