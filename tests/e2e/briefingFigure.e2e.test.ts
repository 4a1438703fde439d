/**
 * "Figura (mapa + gráfico)" as an editor would publish it: map and chart side by side at
 * comparable weight, one title, the map's legend with whole labels, one short source line. The
 * PNG is decoded and looked at: both halves are drawn, little of it is blank, and the words drawn
 * (read where the canvas draws them) are whole — nothing ends in "…". Screenshots es and en.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { drawnOnCanvas, recordCanvasText } from './canvasText';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const LONG = 300_000;

/**
 * Share of the cells of `x0..x1` that hold nothing but white paper. A cell is 160 pixels (80 CSS
 * px, about the chart's grid spacing), so the inside of a chart counts as drawn and a blank
 * block (the old corner thumbnail left most of its column empty) does not.
 */
function blankShare(png: PNG, x0: number, x1: number): number {
  const cell = 160;
  let blank = 0;
  let cells = 0;
  for (let cy = 0; cy + cell <= png.height; cy += cell) {
    for (let cx = x0; cx + cell <= x1; cx += cell) {
      cells++;
      let empty = true;
      for (let y = cy; y < cy + cell && empty; y++) {
        for (let x = cx; x < cx + cell && empty; x++) {
          const i = (y * png.width + x) * 4;
          if (
            (png.data[i] ?? 0) < 245 ||
            (png.data[i + 1] ?? 0) < 245 ||
            (png.data[i + 2] ?? 0) < 245
          ) {
            empty = false;
          }
        }
      }
      if (empty) blank++;
    }
  }
  return blank / cells;
}

describe('the figure (map + chart), built app, real Chromium', () => {
  it.each([
    { lang: 'es', viewport: { width: 1366, height: 768 } },
    { lang: 'en', viewport: { width: 1440, height: 900 } },
  ] as const)(
    'coca 2016 with the charts open ($lang, $viewport.width×$viewport.height): side by side, one title, whole legend, little blank',
    async ({ lang, viewport }) => {
      const { page, consoleErrors } = await openAtlas(
        browser(),
        `${baseUrl}/?i=coca&y=2016&ch=1${lang === 'en' ? '&lang=en' : ''}`,
        { viewport },
      );
      try {
        await page.locator('.chart-panel .chart-card').first().waitFor();
        await page.waitForFunction(() => window.atlasDebug?.idle() === true);
        await recordCanvasText(page);
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page
            .getByRole('button', {
              name: lang === 'es' ? 'Figura (mapa + gráfico)' : 'Figure (map + chart)',
            })
            .click(),
        ]);
        const path = screenshotPath(`figure-coca-2016-${lang}-${viewport.width}.png`);
        await file.saveAs(path);
        const png = PNG.sync.read(readFileSync(path));
        const half = Math.round(png.width / 2);
        const left = blankShare(png, 0, half);
        const right = blankShare(png, half, png.width);
        const whole = blankShare(png, 0, png.width);
        console.log(
          `figure ${lang}: ${png.width}×${png.height}, blank ${whole} (${left} | ${right})`,
        );
        // Both halves drawn; the old corner thumbnail left ~60 % of the image blank.
        expect(left).toBeLessThan(0.25);
        expect(right).toBeLessThan(0.25);
        expect(whole).toBeLessThan(0.16);

        const drawn = (await drawnOnCanvas(page)).map((d) => d.text);
        const title = lang === 'es' ? 'Coca cultivada (ha) · 2016' : 'Coca cultivation (ha) · 2016';
        // One title (the chart's own comes as a caption without the indicator's name).
        expect(drawn.filter((t) => t.startsWith(title.split(' · ')[0] ?? ''))).toEqual([
          title,
          title,
        ]);
        // Whole labels: wrapped, never cut; the gap's label reads in full across its lines.
        expect(drawn.filter((t) => t.endsWith('…'))).toEqual([]);
        expect(drawn.join(' ')).toContain(
          lang === 'es' ? 'Fuera de la cobertura de la' : 'Outside the',
        );
        // One short source line.
        const sources = drawn.filter((t) => /^(Fuente|Source):/.test(t));
        expect(sources).toEqual([
          lang === 'es'
            ? 'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)'
            : 'Source: DEVIDA/UNODC via Quispe et al. 2022 (2016 data)',
        ]);
        expect(drawn.join('\n')).not.toMatch(/as transcribed|commit/);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );
});
