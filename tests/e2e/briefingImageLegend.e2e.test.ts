/**
 * The map PNG's legend is the legend on screen: both come from the legend model
 * (ui/legendModel.ts), not from reading the page. Coca 2016 (es and en), the bivariate map and
 * the authorities on a date: the words the canvas draws (read where it draws them) are the screen
 * legend's heading, rows and notes, in order, and the swatch of each gap row carries its pattern (a flat class or cell swatch
 * does not), in the PNG's own pixels.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, waitForStill } from './atlasPage';
import { chromiumPerFile } from './browser';
import { drawnOnCanvas, recordCanvasText, type Drawn } from './canvasText';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const LONG = 300_000;

/**
 * The legend as the screen shows it: heading, rows ("range · count", as the image writes them;
 * a square key's cells first, in the words a screen reader reads off each), and the notes
 * (`notesAt`) that qualify the key.
 */
function readScreenLegend(page: Page, notesAt: string | null) {
  return page.evaluate((notesAt) => {
    const section = document.querySelector('section.legend');
    const cells = Array.from(section?.querySelectorAll('.bivariate-grid td') ?? [], (td) => ({
      text: td.textContent ?? '',
      pattern: null,
      colour: null,
    }));
    const rows = Array.from(section?.querySelectorAll(':scope > ul > li') ?? [], (li) => {
      const range = li.querySelector('.range')?.textContent;
      const count = li.querySelector('.count')?.textContent;
      const mark = li.querySelector<HTMLElement>('[data-pattern]');
      return {
        text: range && count ? `${range} · ${count}` : (li.textContent ?? ''),
        pattern: mark?.dataset.pattern ?? null,
        colour: mark?.dataset.colour ?? null,
      };
    });
    return {
      title: section?.querySelector('h2')?.textContent ?? '',
      rows: [...cells, ...rows],
      notes: notesAt
        ? Array.from(section?.querySelectorAll(notesAt) ?? [], (p) => p.textContent ?? '')
        : [],
    };
  }, notesAt);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

/**
 * The drawn lines of each of `rows`, in order from `from`: a row's lines are drawn one after
 * the other and read, joined, as the row. Returns the first line of each row and where the
 * rows end.
 */
function rowStarts(
  drawn: readonly Drawn[],
  from: number,
  rows: readonly string[],
): { starts: Drawn[]; end: number } {
  const starts: Drawn[] = [];
  let i = from;
  for (const row of rows) {
    const first = drawn[i];
    if (!first) throw new Error(`row not drawn: ${row}`);
    let text = '';
    while (words(text) !== words(row)) {
      const next = drawn[i++];
      if (!next || words(text).length > words(row).length) {
        throw new Error(`drawn "${words(text)}" where the screen says "${row}"`);
      }
      text = `${text} ${next.text}`;
    }
    starts.push(first);
  }
  return { starts, end: i };
}

/** Where the last run of drawn lines that reads as `text` ends (a heading may wrap). */
function endOfLast(drawn: readonly Drawn[], text: string): number {
  for (let i = drawn.length - 1; i >= 0; i--) {
    try {
      return rowStarts(drawn, i, [text]).end;
    } catch {
      // Not here: the lines from i read otherwise.
    }
  }
  return -1;
}

/**
 * The swatch left of a row's first line (mapImage/figureLayout: 18 × 12 CSS px, 6 px before the
 * text, its top 9.75 px above the first baseline), inset by a device pixel: the spread of
 * brightness inside it and the share of pixels of the row's own colour.
 */
function swatchPixels(png: PNG, start: Drawn, colour: string | null) {
  const scale = 2;
  const x0 = Math.round(start.x - 24 * scale) + 1;
  const y0 = Math.round(start.y - 9.75 * scale) + 1;
  const base = colour ? [1, 3, 5].map((k) => Number.parseInt(colour.slice(k, k + 2), 16)) : null;
  let min = 255;
  let max = 0;
  let own = 0;
  let n = 0;
  for (let y = y0; y < y0 + 12 * scale - 2; y++) {
    for (let x = x0; x < x0 + 18 * scale - 2; x++) {
      const i = (y * png.width + x) * 4;
      const rgb = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      const light = rgb.reduce((a, b) => a + b) / 3;
      min = Math.min(min, light);
      max = Math.max(max, light);
      if (base && rgb.every((v, c) => Math.abs(v - (base[c] ?? -99)) <= 6)) own++;
      n++;
    }
  }
  return { spread: max - min, own: own / n };
}

describe('the map PNG draws the legend on screen (built app, real Chromium)', () => {
  it.each([
    {
      name: 'coca-2016-es',
      query: '?i=coca&y=2016',
      button: 'PNG del mapa',
      title: 'Coca cultivada (ha) · 2016',
      rows: 7,
      gaps: ['notYetDistrict', 'outsideCoverage'],
      notesAt: '.legend-unit',
    },
    {
      name: 'coca-2016-en',
      query: '?i=coca&y=2016&lang=en',
      button: 'Map PNG',
      title: 'Coca cultivation (ha) · 2016',
      rows: 7,
      gaps: ['notYetDistrict', 'outsideCoverage'],
      notesAt: '.legend-unit',
    },
    // The square key: its nine cells drawn as rows, then the gaps.
    {
      name: 'bivariate-2018-es',
      query: '?i=bivariate',
      button: 'PNG del mapa',
      title: 'Coca cultivada (ha) × Pobreza monetaria total (%) · 2018',
      rows: 11,
      gaps: ['notYetDistrict', 'outsideCoverage'],
      notesAt: null,
      // Its source line: the two axes' sources, not the base map's boundaries.
      cites: /Fuentes?: DEVIDA.*; INEI, Mapa de Pobreza Monetaria 2018/,
      citesNot: /Límites|GEO PERÚ/,
    },
    // A key of colours with counts in the label, and the note on a decree's incomplete list.
    {
      name: 'authorities-2023-11-01-en',
      query: '?i=authorities&f=2023-11-01&lang=en',
      button: 'Map PNG',
      title: 'Authorities with a say on 2023-11-01',
      rows: 4,
      gaps: [],
      notesAt: ':scope > p.note',
    },
  ])(
    '$name: heading, every row and the notes as the screen legend says them, each gap swatch with its pattern',
    async ({ name, query, button, title, rows, gaps, notesAt, ...sources }) => {
      const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}/${query}`);
      try {
        await page.locator('section.legend h2', { hasText: title }).waitFor();
        await waitForStill(page);
        const screen = await readScreenLegend(page, notesAt);
        expect(screen.title).toBe(title);
        expect(screen.rows).toHaveLength(rows);
        expect(screen.rows.filter((r) => r.pattern).map((r) => r.pattern)).toEqual(gaps);
        expect(screen.notes).toHaveLength(notesAt ? 1 : 0);
        await recordCanvasText(page);
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: button }).click(),
        ]);
        const path = screenshotPath(`map-png-${name}.png`);
        await file.saveAs(path);
        const png = PNG.sync.read(readFileSync(path));
        const drawn = (await drawnOnCanvas(page)).filter((d) => d.canvasWidth === png.width);

        // The legend's words, in the order the screen shows them, one after the other.
        // The image's own title reads the same for an indicator map: the legend's comes later.
        const titleEnd = endOfLast(drawn, screen.title);
        expect(titleEnd).toBeGreaterThan(0);
        const { starts, end } = rowStarts(
          drawn,
          titleEnd,
          screen.rows.map((r) => r.text),
        );
        rowStarts(drawn, end, screen.notes);

        // A gap's swatch: its colour with the pattern's marks over it; a class's: flat.
        screen.rows.forEach((row, i) => {
          const start = starts[i];
          if (!start) throw new Error(`no drawn row ${i}`);
          const pixels = swatchPixels(png, start, row.colour);
          if (row.pattern) {
            expect(pixels.spread, `${row.pattern} pattern marks`).toBeGreaterThan(30);
            expect(pixels.own, `${row.pattern} base colour`).toBeGreaterThan(0.2);
          } else {
            expect(pixels.spread, `${row.text} flat`).toBeLessThan(8);
          }
        });
        const words = drawn.map((d) => d.text).join(' ');
        if (sources.cites) expect(words).toMatch(sources.cites);
        if (sources.citesNot) expect(words).not.toMatch(sources.citesNot);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );

  it(
    'keys the event points too: each point legend heading and row as on screen, under a visible title',
    async () => {
      const query = '?i=coca&y=2016&ev=1&ged=year';
      const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}/${query}`);
      try {
        await page.getByTestId('point-legend-incidents').locator('h2').waitFor();
        await page.getByTestId('point-legend-ucdp').locator('h2').waitFor();
        await waitForStill(page);
        // The point legends on screen, in the dock's order: heading, then "kind · count" rows.
        const keys = await page.evaluate(() =>
          Array.from(document.querySelectorAll('section.point-legend'), (section) => ({
            title: section.querySelector('h2')?.textContent ?? '',
            rows: Array.from(
              section.querySelectorAll(':scope > ul:not(.point-sizes) > li'),
              (li) =>
                `${li.querySelector('.range')?.textContent} · ${li.querySelector('.count')?.textContent}`,
            ),
          })),
        );
        expect(keys.map((k) => k.title)).toEqual([
          'Eventos UCDP GED 21.1 (copia incompleta)',
          'Incidentes graves seleccionados (18)',
        ]);
        await recordCanvasText(page);
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'PNG del mapa' }).click(),
        ]);
        const path = screenshotPath('map-png-points-es.png');
        await file.saveAs(path);
        const png = PNG.sync.read(readFileSync(path));
        const drawn = (await drawnOnCanvas(page)).filter((d) => d.canvasWidth === png.width);

        // Each key's heading and rows, one after the other, after the layer's legend.
        const layerEnd = endOfLast(drawn, 'Fuera de la cobertura de la fuente · 508 distritos');
        expect(layerEnd).toBeGreaterThan(0);
        const { starts } = rowStarts(
          drawn,
          layerEnd,
          keys.flatMap((k) => [k.title, ...k.rows]),
        );
        // A heading has no swatch; a row's is a disc on the paper (its square holds both).
        let at = 0;
        for (const key of keys) {
          const heading = starts[at++];
          if (!heading) throw new Error(`${key.title} not drawn`);
          expect(swatchPixels(png, heading, null).spread, key.title).toBeLessThan(8);
          for (const row of key.rows) {
            const start = starts[at++];
            if (!start) throw new Error(`${row} not drawn`);
            expect(swatchPixels(png, start, null).spread, `${row} disc`).toBeGreaterThan(30);
          }
        }
        // Their source and caveat lines too.
        const text = words(drawn.map((d) => d.text).join(' '));
        expect(text).toContain('Fuente: notas de prensa transcritas');
        expect(text).toContain('no un registro completo');
        expect(text).toContain('2016: 2 eventos en esta copia');
        // The longer legend still fits under the image's title bar (34 CSS px = 68 px here).
        const legendTitle = drawn.find((d) => d.text === 'Coca cultivada (ha) · 2016' && d.y > 68);
        const imageTitle = drawn.find((d) => d.text === 'Coca cultivada (ha) · 2016' && d.y < 68);
        expect(imageTitle).toBeDefined();
        expect(legendTitle).toBeDefined();
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );
});
