/**
 * The UCDP GED 21.1 layer (issue 20) and the keys of the point layers (issue 24), in a real
 * Chromium: points drawn at their own coordinates in 2008 and 2016 (pixels against the same view
 * without the layer), the year filter and its "up to" mode, the "no rows in this copy" years, the
 * tooltip's estimates and source, the legends' colour and size keys, panel and table counts, in
 * Spanish and English. Known events come from data/ucdp-events.json.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import ucdp from '../../data/ucdp-events.json';
import { UCDP_COLOURS } from '../../src/map/pointStyle';
import {
  colourDistance,
  hoverUntil,
  openAtlas,
  pixelAt,
  screenPoint,
  type Pixel,
} from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();

type Event = (typeof ucdp.events)[number];
const byId = (id: string): Event => {
  const found = ucdp.events.find((e) => e.id === id);
  if (!found) throw new Error(`no UCDP event ${id}`);
  return found;
};
const position = (e: Event) => e.position as [number, number];
/** 2008-10-10, 15 deaths, Roble (Tayacaja). */
const ROBLE_2008 = byId('181175');
/** 2016-04-09, 10 deaths, placed in Pangoa. */
const PANGOA_2016 = byId('229528');
/** 2002-04-28, one-sided, best 0 (range 0–3), Sivia. */
const SIVIA_2002 = byId('176035');

const hex = (css: string): Pixel => ({
  r: parseInt(css.slice(1, 3), 16),
  g: parseInt(css.slice(3, 5), 16),
  b: parseInt(css.slice(5, 7), 16),
});

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlasDebug?.idle() === true);
  // deck.gl draws into MapLibre's canvas once its shaders have linked (asynchronous).
  await page.waitForFunction(
    () => document.querySelector('.maplibregl-map')?.hasAttribute('data-gl-layers') ?? false,
  );
}

/** The pixel at an event, waiting until deck.gl has drawn something other than `without`. */
async function drawnPixel(page: Page, lonLat: [number, number], without: Pixel): Promise<Pixel> {
  await settled(page);
  const deadline = Date.now() + 20_000;
  let seen = without;
  while (Date.now() < deadline) {
    const p = await screenPoint(page, lonLat);
    seen = await pixelAt(page, p.x, p.y);
    if (colourDistance(seen, without) > 25) return seen;
    // A poll for a pixel, not a fixed sleep: deck.gl is mounted (idle() says so) but draws once
    // its shaders have linked, which the page does not report.
    await page.waitForTimeout(300);
  }
  return seen;
}

async function pixelWithoutLayer(url: string, lonLat: [number, number]): Promise<Pixel> {
  const { page } = await openAtlas(browser(), url);
  await page.waitForFunction(() => window.atlasDebug?.idle() === true);
  const p = await screenPoint(page, lonLat);
  const pixel = await pixelAt(page, p.x, p.y);
  await page.context().close();
  return pixel;
}

describe('UCDP GED events on the map', () => {
  it.each([
    ['es', 2008, ROBLE_2008, '2008: 7 eventos en esta copia'],
    ['es', 2016, PANGOA_2016, '2016: 2 eventos en esta copia'],
    ['en', 2008, ROBLE_2008, '2008: 7 events in this copy'],
    ['en', 2016, PANGOA_2016, '2016: 2 events in this copy'],
  ] as const)(
    '%s %i: a state-based event is drawn in indigo at its own coordinates',
    async (lang, year, event, status) => {
      const query = `${lang === 'en' ? 'lang=en&' : ''}y=${year}`;
      const before = await pixelWithoutLayer(`${baseUrl}/?${query}`, position(event));
      const { page, consoleErrors, foreignRequests } = await openAtlas(
        browser(),
        `${baseUrl}/?${query}&ged=year`,
      );
      const after = await drawnPixel(page, position(event), before);
      expect(colourDistance(after, before)).toBeGreaterThan(25);
      // Blended towards the state-based indigo: bluer than before, and closer to it.
      expect(after.b - after.r).toBeGreaterThan(before.b - before.r);
      const blue = hex(UCDP_COLOURS.stateBased);
      expect(colourDistance(after, blue)).toBeLessThan(colourDistance(before, blue));
      expect(await page.getByTestId('ucdp-legend-status').innerText()).toContain(status);
      await page.screenshot({ path: screenshotPath(`ucdp-${year}-${lang}.png`) });
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    },
  );

  it('a year with no rows in the copy says so, never "0 events", and draws nothing', async () => {
    const before = await pixelWithoutLayer(`${baseUrl}/?y=2012`, position(ROBLE_2008));
    const { page } = await openAtlas(browser(), `${baseUrl}/?y=2012&ged=year`);
    await page.waitForFunction(() => window.atlasDebug?.idle() === true);
    const status = page.getByTestId('ucdp-status');
    await expect.poll(() => status.innerText()).toContain('2012: sin filas en esta copia');
    expect(await status.innerText()).not.toMatch(/2012: 0 eventos/);
    expect(await page.getByTestId('ucdp-legend-status').innerText()).toContain(
      'no significa 0 eventos',
    );
    const p = await screenPoint(page, position(ROBLE_2008));
    expect(colourDistance(await pixelAt(page, p.x, p.y), before)).toBeLessThan(10);
    await page.context().close();
  });

  it('"all years up to" the year counts from 1989 and keeps the mode in the link', async () => {
    const upTo2008 = ucdp.events.filter((e) => e.year <= 2008).length;
    const { page } = await openAtlas(browser(), `${baseUrl}/?y=2008&ged=year`);
    await page.getByRole('radio', { name: 'Todos los años hasta el año' }).check();
    await expect
      .poll(() => page.getByTestId('ucdp-status').innerText())
      .toContain(`1989–2008: ${upTo2008} eventos en esta copia`);
    await expect.poll(() => page.url()).toContain('ged=upto');
    await page.getByRole('radio', { name: 'Solo el año' }).check();
    await expect
      .poll(() => page.getByTestId('ucdp-status').innerText())
      .toContain('2008: 7 eventos en esta copia');
    await page.context().close();
  });

  it.each([
    ['es', 'Muertos: 0 (mejor estimación; rango 0–3)', 'Fuente: UCDP Georeferenced Event Dataset'],
    ['en', 'Deaths: 0 (best estimate; range 0–3)', 'Source: UCDP Georeferenced Event Dataset'],
  ] as const)(
    '%s: the tooltip gives the best estimate, its range, the sides, date and source',
    async (lang, deaths, source) => {
      const { page } = await openAtlas(
        browser(),
        `${baseUrl}/?${lang === 'en' ? 'lang=en&' : ''}y=2002&ged=year`,
      );
      await settled(page);
      const text = await hoverUntil(page, position(SIVIA_2002), deaths);
      expect(text).toContain(SIVIA_2002.date);
      expect(text).toContain(source);
      expect(text).toContain('Civilians');
      expect(text).toContain('Sivia');
      await page.screenshot({ path: screenshotPath(`ucdp-tooltip-${lang}.png`) });
      await page.context().close();
    },
  );

  it.each([
    [
      'es',
      [
        'Color: tipo de violencia (UCDP)',
        'Tamaño: muertos (mejor estimación de UCDP)',
        'Violencia estatal',
        'Violencia unilateral',
        'sin filas para 2012, 2015, 2017, 2018, 2020',
        'CC BY 4.0',
      ],
    ],
    [
      'en',
      [
        'Colour: type of violence (UCDP)',
        'Size: deaths (UCDP best estimate)',
        'State-based violence',
        'One-sided violence',
        'no rows for 2012, 2015, 2017, 2018, 2020',
        'CC BY 4.0',
      ],
    ],
  ] as const)(
    '%s: the UCDP legend explains colour and size, with source and caveats',
    async (lang, texts) => {
      const { page } = await openAtlas(
        browser(),
        `${baseUrl}/?${lang === 'en' ? 'lang=en&' : ''}y=2016&ged=year`,
      );
      const legend = page.getByTestId('point-legend-ucdp');
      await legend.waitFor();
      const text = await legend.innerText();
      for (const t of texts) expect(text).toContain(t);
      // One circle per size step, growing with deaths.
      const radii = await legend
        .locator('.point-sizes circle')
        .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))));
      expect(radii).toHaveLength(4);
      expect([...radii].sort((a, b) => a - b)).toEqual(radii);
      await legend.screenshot({ path: screenshotPath(`ucdp-legend-${lang}.png`) });
      await page.context().close();
    },
  );

  it('the curated incidents get their own key: colour by type, size by deaths, source and caveat', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?ev=1`);
    const legend = page.getByTestId('point-legend-incidents');
    await legend.waitFor();
    const text = await legend.innerText();
    expect(text).toContain('Color: tipo de hecho');
    expect(text).toContain('Emboscada o ataque');
    expect(text).toContain('Tamaño: muertos');
    expect(text).toContain('no un registro completo');
    expect(await legend.locator('.point-sizes circle').count()).toBe(4);
    await page.screenshot({ path: screenshotPath('incidents-legend-es.png') });
    await page.context().close();
  });

  it('the district panel and the table count the UCDP events of the year, or say why not', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?y=2008&ged=year&d=090721&tb=1`);
    const block = page.getByTestId('ucdp-district');
    await block.waitFor();
    expect(await block.innerText()).toContain('2008: 1 evento en esta copia');
    const roble = page.locator('.district-table tr', { hasText: 'Roble' });
    await expect.poll(() => roble.locator('td').last().innerText()).toBe('1');
    await page.getByRole('slider').fill('2012');
    await expect.poll(() => block.innerText()).toContain('2012: sin filas en esta copia');
    await expect.poll(() => roble.locator('td').last().innerText()).toBe('sin filas en esta copia');
    await page.context().close();
  });
});
