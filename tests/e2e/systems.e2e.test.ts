/**
 * Seeing the systems together (issue 21) in a real Chromium, in Spanish and English: the key
 * figures strip (values from data/, each a click from its layer), the bivariate map (nine fills
 * plus the gap patterns, read from pixels), the scatter's brush selecting districts on the map,
 * and the overlap panel with its CSV (one column per condition). Screenshots go to shots.ts.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { BIVARIATE_PALETTE } from '../../src/domain/bivariate';
import { MISSING_COLOURS } from '../../src/domain/palettes';
import { COLORS, hexToRgba } from '../../src/map/palette';
import series from '../../data/series.json';
import districtsFile from '../../data/districts.json';
import { colourDistance, hoverText, openAtlas, pixelAt, screenPoint } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();

const PICHARI = districtsFile.districts.find((d) => d.ubigeo === '080910')?.labelPoint as [
  number,
  number,
];

const zone = series.series.find((s) => s.id === 'coca_vraem_zone_ha');
const latestZone = zone?.points.reduce((a, p) => (p.year > a.year ? p : a));

describe.each(['es', 'en'] as const)('key figures (%s)', (lang) => {
  it('shows coca in the zone for its latest year from data/, and opens the coca chart', async () => {
    const { page, consoleErrors, foreignRequests } = await openAtlas(
      browser(),
      `${baseUrl}/?lang=${lang}`,
    );
    const strip = page.getByTestId('key-figures');
    await strip.locator('.key-figure').first().waitFor();
    const text = await strip.innerText();
    if (!latestZone) throw new Error('no zone series in data/series.json');
    const hectares = latestZone.value.toLocaleString(lang === 'es' ? 'es-PE' : 'en');
    expect(text).toContain(`${hectares} ha`);
    expect(text).toContain(String(latestZone.year));
    expect(text).toMatch(lang === 'es' ? /del total del Perú/ : /of Peru’s total/);
    expect(text).toMatch(/DEVIDA/);
    expect(await strip.locator('.key-figure').count()).toBe(5);
    await page.screenshot({ path: screenshotPath(`key-figures-${lang}.png`) });
    await strip.locator('.key-figure').first().click();
    await page.locator('.chart-panel').waitFor();
    expect(page.url()).toContain('i=coca');
    expect(page.url()).toContain('ch=1');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

/** Pixels of the map area dark enough to be the gap patterns' ink (dots, hatches). */
async function darkDots(page: Page): Promise<number> {
  const box = await page.locator('.map-area').boundingBox();
  if (!box) throw new Error('no map area');
  const png = PNG.sync.read(
    await page.screenshot({ clip: { ...box, x: box.x + 360, width: box.width - 360 } }),
  );
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (Math.max(png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255) < 120) n++;
  return n;
}

/** Pixels of the map area whose colour is nearest to each palette colour (within `tolerance`). */
async function paletteHits(
  page: Page,
  palette: readonly string[],
  tolerance = 18,
): Promise<number[]> {
  const box = await page.locator('.map-area').boundingBox();
  if (!box) throw new Error('no map area');
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const rgb = palette.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
  const hits = palette.map(() => 0);
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    rgb.forEach(([pr = 0, pg = 0, pb = 0], k) => {
      if (Math.hypot(r - pr, g - pg, b - pb) <= tolerance) hits[k] = (hits[k] ?? 0) + 1;
    });
  }
  return hits;
}

describe.each(['es', 'en'] as const)('bivariate map (%s)', (lang) => {
  it('coca × poverty 2018: the square key counts districts, the map draws the cells and the gaps', async () => {
    const { page, consoleErrors, foreignRequests } = await openAtlas(
      browser(),
      `${baseUrl}/?lang=${lang}&i=bivariate&bx=coca&by=pov&y=2018`,
    );
    const grid = page.getByTestId('bivariate-grid');
    await grid.waitFor();
    await page.waitForFunction(() => window.atlasDebug?.idle() === true);
    const counts = (await grid.locator('td').allInnerTexts()).map((t) =>
      Number(t.trim().split(/\s/).pop()),
    );
    expect(counts).toHaveLength(9);
    const legend = await page.locator('.bivariate-legend').innerText();
    expect(legend).toMatch(lang === 'es' ? /más coca →/ : /more coca →/);
    expect(legend).toMatch(lang === 'es' ? /más pobreza ↑/ : /more poverty ↑/);
    // Coca covers 31 districts: the rest are outside its coverage, drawn with that pattern.
    await expect(page.getByTestId('swatch-outsideCoverage').count()).resolves.toBe(1);
    // Grid cells are listed top row first (most poverty), each row from least to most coca.
    const cellColours = [2, 1, 0].flatMap((cy) =>
      [0, 1, 2].map((cx) => BIVARIATE_PALETTE[cx]?.[cy] ?? ''),
    );
    const hits = await paletteHits(page, [...cellColours, MISSING_COLOURS.notYetDistrict]);
    // Nine kinds of fill: every cell with districts is drawn with its own colour.
    cellColours.forEach((colour, i) => {
      if ((counts[i] ?? 0) > 0) expect(hits[i], `${colour} drawn`).toBeGreaterThan(150);
    });
    expect(counts.filter((n) => n > 0)).toHaveLength(9);
    // The gaps: "not yet a district" in its grey under white lines, "outside coverage" as dots.
    expect(hits[9]).toBeGreaterThan(100);
    expect(await darkDots(page)).toBeGreaterThan(500);
    // The tooltip names Pichari's cell in words, with both values and their years.
    const tip = await hoverText(page, PICHARI);
    expect(tip).toMatch(
      lang === 'es'
        ? /coca (alta|media|baja), pobreza (alta|media|baja)/
        : /(high|medium|low) coca, (high|medium|low) poverty/,
    );
    expect(tip).toContain('(2018)');
    await page.screenshot({ path: screenshotPath(`bivariate-${lang}.png`) });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe.each(['es', 'en'] as const)('overlap panel (%s)', (lang) => {
  it('2016-06-01 lists ranked districts and exports a CSV with one column per condition', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?lang=${lang}&i=overlap&f=2016-06-01&ok=2`,
    );
    const panel = page.getByTestId('overlap-panel');
    await panel.getByTestId('overlap-list').locator('li').first().waitFor();
    const items = await panel.getByTestId('overlap-list').locator('li').count();
    expect(items).toBeGreaterThan(0);
    const tip = await hoverText(page, PICHARI);
    expect(tip).toMatch(lang === 'es' ? /Coca > 100 ha: cumple/ : /Coca > 100 ha: met/);
    await page.mouse.move(5, 400);
    await page.screenshot({ path: screenshotPath(`overlap-${lang}.png`) });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: /CSV/ }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const [header = '', ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    const columns = header.split(',');
    // One column per condition (five ticked by default), each naming its rule and date.
    const conditionColumns = columns.filter((c) => c.endsWith('(2016-06-01)'));
    expect(conditionColumns).toHaveLength(5);
    expect(conditionColumns[0]).toBe('Coca > 100 ha (2016-06-01)');
    // Every district of the map is a row; a missing input reads "sin dato", never "no cumple".
    expect(rows).toHaveLength(551);
    const coca = columns.indexOf('Coca > 100 ha (2016-06-01)');
    const statuses = new Set(rows.map((r) => r.split(',')[coca]));
    const words =
      lang === 'es' ? ['cumple', 'no cumple', 'sin dato'] : ['met', 'not met', 'no data'];
    expect([...statuses].every((s) => words.includes(s ?? ''))).toBe(true);
    expect(statuses.has(words[2])).toBe(true);
    // Pichari (080910) is among the top coca districts of 2016: it must be listed and meet coca.
    const pichari = rows.find((r) => r.startsWith('080910,'));
    expect(pichari?.split(',')[coca]).toBe(words[0]);
    expect(await panel.getByTestId('overlap-list').innerText()).toContain('Pichari');
    expect(consoleErrors).toEqual([]);
  });
});

describe.each(['es', 'en'] as const)('scatter (%s)', (lang) => {
  it('hovering a district on the map rings its point in the scatter, and leaving clears it', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?lang=${lang}&i=bivariate&bx=coca&by=pov&y=2018`,
    );
    const svg = page.locator('svg[data-chart="scatter"]');
    await svg.locator('circle[data-ubigeo="080910"]').waitFor();
    expect(await svg.locator('circle[data-highlighted]').count()).toBe(0);
    // hoverText moves the pointer onto Pichari on the map and waits for its tooltip.
    expect(await hoverText(page, PICHARI)).toContain('Pichari');
    const ring = svg.locator('circle[data-highlighted="080910"]');
    await ring.waitFor();
    // The ring sits on Pichari's own point.
    const point = svg.locator('circle[data-ubigeo="080910"]');
    expect(await ring.getAttribute('cx')).toBe(await point.getAttribute('cx'));
    expect(await ring.getAttribute('cy')).toBe(await point.getAttribute('cy'));
    // Off the map (over the sidebar): no district is hovered, no ring.
    await page.mouse.move(100, 300);
    await ring.waitFor({ state: 'detached' });
    expect(consoleErrors).toEqual([]);
  });

  it('brushing a rectangle selects its districts: in the link, labelled, and standing out on the map', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?lang=${lang}&i=bivariate&bx=coca&by=pov&y=2018`,
    );
    const svg = page.locator('svg[data-chart="scatter"]');
    await svg.locator('circle').first().waitFor();
    const drawn = await svg.locator('circle').count();
    // Coca covers 31 districts: the scatter draws those with both values and lists the rest.
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThanOrEqual(31);
    const missing = await page.getByTestId('scatter-missing').locator('summary').innerText();
    expect(missing).toMatch(/\d+/);
    await page.waitForFunction(() => window.atlasDebug?.idle() === true);
    const vraem = districtsFile.districts.filter((d) => d.vraem);
    const pointOf = async (ubigeo: string) => {
      const d = vraem.find((x) => x.ubigeo === ubigeo);
      if (!d) throw new Error(`no district ${ubigeo}`);
      // The label point is the point farthest inside the district: small districts on screen
      // are a few pixels wide there, and a probe beside it met the selection outline.
      return screenPoint(page, d.labelPoint as [number, number]);
    };
    const probe = async (ubigeo: string) => {
      const p = await pointOf(ubigeo);
      return pixelAt(page, p.x, p.y);
    };
    /** Whether the map itself (not a panel over it) is at the district's point. */
    const visible = async (ubigeo: string) => {
      const p = await pointOf(ubigeo);
      return page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('.maplibregl-map') != null,
        p,
      );
    };
    const before = new Map<string, Awaited<ReturnType<typeof probe>>>();
    for (const d of vraem) before.set(d.ubigeo, await probe(d.ubigeo));

    // Brush the plot's right half: the districts with the most coca.
    const box = await svg.boundingBox();
    if (!box) throw new Error('no scatter');
    await page.mouse.move(box.x + box.width * 0.55, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 4 });
    await page.mouse.move(box.x + box.width - 4, box.y + box.height - 42, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('sel'));
    const sel = new URL(page.url()).searchParams.get('sel')?.split(',') ?? [];
    expect(sel.length).toBeGreaterThan(0);
    expect(sel.length).toBeLessThanOrEqual(8);
    // Each selected district is labelled in the plot.
    const labels = await svg.locator('text[font-weight="bold"]').allInnerTexts();
    expect(labels).toHaveLength(sel.length);
    // …and no two names print over each other (close points: Pichari, Llochegua, Santa Rosa).
    const boxes = await svg
      .locator('text[font-weight="bold"]')
      .evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]),
      );
    // …and none is cut by the plot's edge.
    for (const [l = 0, , r = 0] of boxes) {
      expect(l).toBeGreaterThanOrEqual(box.x - 1);
      expect(r).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const [al = 0, at = 0, ar = 0, ab = 0] = a;
        const [bl = 0, bt = 0, br = 0, bb = 0] = b;
        const overlapX = Math.min(ar, br) - Math.max(al, bl);
        const overlapY = Math.min(ab, bb) - Math.max(at, bt);
        expect(overlapX > 1 && overlapY > 1, `labels ${a.join(',')} / ${b.join(',')}`).toBe(false);
      }
    await page.waitForFunction(() => window.atlasDebug?.idle() === true);
    await page.screenshot({ path: screenshotPath(`scatter-${lang}.png`) });
    // On the map the selected districts keep their colour and the others fade.
    const changed = async (ubigeo: string) =>
      colourDistance(await probe(ubigeo), before.get(ubigeo) ?? { r: 0, g: 0, b: 0 });
    const shown = [];
    for (const d of vraem) if (await visible(d.ubigeo)) shown.push(d.ubigeo);
    const selectedShown = shown.filter((u) => sel.includes(u));
    // Others in a coloured cell (a saturated fill): gaps are pale already, fading shows less.
    // A district so small on screen that the VRAEM outline covers its label point is left out.
    const [or, og, ob] = hexToRgba(COLORS.vraemOutline);
    const outline = { r: or, g: og, b: ob };
    const saturated = (u: string) => {
      const c = before.get(u);
      return c
        ? Math.max(c.r, c.g, c.b) - Math.min(c.r, c.g, c.b) > 30 && colourDistance(c, outline) > 80
        : false;
    };
    const othersShown = shown.filter((u) => !sel.includes(u) && saturated(u));
    expect(selectedShown.length).toBeGreaterThan(0);
    expect(othersShown.length).toBeGreaterThan(0);
    for (const u of selectedShown) expect(await changed(u), `selected ${u}`).toBeLessThan(12);
    // Most of the others fade; a district a few pixels wide on screen may have a boundary line
    // at its label point, which does not fade.
    const faded = [];
    for (const u of othersShown) if ((await changed(u)) > 20) faded.push(u);
    expect(faded.length).toBeGreaterThanOrEqual(3);
    expect(faded.length / othersShown.length).toBeGreaterThan(0.7);
    // The selection is the table's and the comparison's: the compare button counts them.
    expect(
      await page.getByRole('button', { name: new RegExp(`\\(${sel.length}\\)`) }).count(),
    ).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });
});

describe.each(['es', 'en'] as const)('accessibility of the systems views (%s)', (lang) => {
  it.each([
    [
      'bivariate map with its scatter and a selection',
      'i=bivariate&y=2018&sel=080910,120609',
      '[data-chart="scatter"] circle',
    ],
    ['overlap panel', 'i=overlap&f=2016-06-01&ok=2', '[data-testid="overlap-list"] li'],
    ['key figures on the base map', '', '.key-figure'],
  ])('axe finds no WCAG 2.1 A/AA violation: %s', async (_name, query, ready) => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?lang=${lang}&${query}`);
    await page.locator(ready).first().waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const violations = results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${v.help} @ ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    );
    expect(violations).toEqual([]);
  });
});
