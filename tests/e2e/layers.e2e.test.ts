import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { MISSING_COLOURS } from '../../src/domain/palettes';
import { COLORS, hexToRgba } from '../../src/map/palette';
import { EMERGENCY_COLOURS } from '../../src/ui/layerView';
import {
  colourDistance,
  hoverText,
  over,
  hoverUntil,
  openAtlas,
  pixelAt,
  screenPoint,
  waitForMapReady,
  type Pixel,
} from './atlasPage';
import { chromiumPerFile } from './browser';
import { ALL_DISTRICTS, decreeUbigeos, districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const PICHARI = districtByUbigeo('080910');
const VIZCATAN = districtByUbigeo('120609');

function hex(css: string): Pixel {
  return {
    r: parseInt(css.slice(1, 3), 16),
    g: parseInt(css.slice(3, 5), 16),
    b: parseInt(css.slice(5, 7), 16),
  };
}

async function colourAt(page: Page, lonLat: readonly [number, number]): Promise<Pixel> {
  await page.waitForFunction(() => window.atlasDebug?.idle() === true);
  const p = await screenPoint(page, lonLat);
  return pixelAt(page, p.x, p.y);
}

/**
 * The fill under a gap's pattern: "not yet a district" draws white lines every 4 px over its
 * colour (missingPatterns.ts), so the darkest of 4 pixels stacked vertically is the plain fill.
 */
async function fillUnderLinesAt(page: Page, lonLat: readonly [number, number]): Promise<Pixel> {
  await colourAt(page, lonLat);
  const p = await screenPoint(page, lonLat);
  const column = await Promise.all([0, 1, 2, 3].map((dy) => pixelAt(page, p.x, p.y + dy)));
  const brightness = (c: Pixel) => c.r + c.g + c.b;
  return column.reduce((a, b) => (brightness(b) < brightness(a) ? b : a));
}

const browser = chromiumPerFile();

describe('indicator and jurisdiction layers (built app, real Chromium)', () => {
  it('switching the indicator recolours the map', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    await page.getByRole('combobox', { name: 'Colorear distritos por' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('select[disabled]'));
    const before = await colourAt(page, PICHARI.labelPoint);
    await page.getByRole('combobox', { name: 'Colorear distritos por' }).selectOption('coca_ha');
    const after = await colourAt(page, PICHARI.labelPoint);
    expect(colourDistance(before, after)).toBeGreaterThan(60);
    expect(new URL(page.url()).searchParams.get('i')).toBe('coca');
    await page.context().close();
  });

  it('changing the year changes Vizcatán del Ene from "not yet a district" (2014) to its 2015 coca', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2014`);
    const notYet = await fillUnderLinesAt(page, VIZCATAN.labelPoint);
    // The gap's colour is drawn like every fill, translucent (lookupPaint's alpha) over the land.
    const notYetOnLand = over(hexToRgba(MISSING_COLOURS.notYetDistrict, 215), hex(COLORS.peruLand));
    expect(colourDistance(notYet, notYetOnLand)).toBeLessThan(30);
    expect(await hoverText(page, VIZCATAN.labelPoint)).toContain('Aún no era distrito en 2014');

    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('year-value').filter({ hasText: '2015' }).waitFor();
    const coca2015 = await fillUnderLinesAt(page, VIZCATAN.labelPoint);
    expect(colourDistance(coca2015, notYet)).toBeGreaterThan(60);
    const text = await hoverText(page, VIZCATAN.labelPoint);
    expect(text).toContain('2,169 ha (2015)');
    expect(text).toContain('compilación secundaria');
    await page.screenshot({ path: screenshotPath('atlas-es.png') });
    await page.context().close();
  });

  it('poverty for 2020 shows the 2018 map and says so; 2018 has no notice', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=poverty_total_pct&y=2020`);
    const notice = page.getByTestId('tolerance-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toBe('Se muestra el dato de 2018 para 2020.');
    expect(await hoverText(page, PICHARI.labelPoint)).toMatch(
      /\(2018\) · IC 95 ?%: .* · dato de 2018 mostrado para 2020/,
    );
    await page.screenshot({ path: screenshotPath('poverty-2020.png') });
    await page.goto(`${baseUrl}/?i=poverty_total_pct&y=2018`);
    await waitForMapReady(page);
    await page.locator('.choropleth-legend').waitFor();
    expect(await notice.count()).toBe(0);
    await page.context().close();
  });

  it('an incident point carries its date and, when clicked, its source links', async () => {
    // E25: 2023-02-11, ambush in Pichari (the only event placed there).
    const { page } = await openAtlas(browser(), `${baseUrl}/?ev=1`);
    await hoverUntil(page, PICHARI.labelPoint, '2023-02-11');
    const point = await screenPoint(page, PICHARI.labelPoint);
    await page.mouse.click(point.x, point.y);
    const card = page.locator('.incident-card');
    await card.waitFor();
    const links = await card
      .locator('.source-links a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://'))).toBe(true);
    expect(await card.innerText()).toContain('Ubicación aproximada');
    await page.context().close();
  });

  it('the emergency date picker changes which districts are highlighted and by whom', async () => {
    const in2016 = decreeUbigeos('ds-070-2016');
    const in2018 = decreeUbigeos('ds-035-2018');
    const onlyIn2018 = ALL_DISTRICTS.find(
      (d) => d.vraem && in2018.has(d.ubigeo) && !in2016.has(d.ubigeo),
    );
    const inBoth = ALL_DISTRICTS.find(
      (d) => d.vraem && in2018.has(d.ubigeo) && in2016.has(d.ubigeo),
    );
    if (!onlyIn2018 || !inBoth)
      throw new Error('fixture: expected districts in one and both decrees');

    const { page } = await openAtlas(browser(), `${baseUrl}/?i=emergency&f=2018-04-10`);
    expect(
      colourDistance(await colourAt(page, onlyIn2018.labelPoint), hex(EMERGENCY_COLOURS.notStated)),
    ).toBeLessThan(60);
    await page.locator('input[type="date"]').fill('2016-09-15');
    await page
      .locator('#legend-title', { hasText: 'Estado de emergencia el 2016-09-15' })
      .waitFor();
    const police = await colourAt(page, inBoth.labelPoint);
    expect(colourDistance(police, hex(EMERGENCY_COLOURS.police))).toBeLessThan(60);
    const none = await colourAt(page, onlyIn2018.labelPoint);
    expect(colourDistance(none, hex(EMERGENCY_COLOURS.notStated))).toBeGreaterThan(80);
    expect(new URL(page.url()).searchParams.get('f')).toBe('2016-09-15');
    await page.screenshot({ path: screenshotPath('emergency-2016.png') });
    await page.context().close();
  });

  it('emergency addendum: DS 111-2023-PCM colours its 27 districts; DS 133-2025-PCM says it has no list', async () => {
    const ds111 = [...decreeUbigeos('ds-111-2023-pcm-2023-10-09')];
    expect(ds111).toHaveLength(27);
    const llochegua = districtByUbigeo('050408');
    expect(ds111).toContain(llochegua.ubigeo);
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=emergency&f=2023-11-01`);
    const legend = page.locator('.jurisdiction-legend');
    await expect
      .poll(() => legend.innerText())
      .toContain('Control del orden interno: Fuerzas Armadas · 27 distritos');
    expect(await legend.innerText()).toContain('lista de distritos incompleta en la fuente');
    expect(
      colourDistance(
        await colourAt(page, llochegua.labelPoint),
        hex(EMERGENCY_COLOURS.armedForces),
      ),
    ).toBeLessThan(60);
    await page.locator('input[type="date"]').fill('2025-12-15');
    await expect.poll(() => legend.innerText()).toContain('DS 133-2025-PCM');
    expect(await legend.innerText()).toContain(
      'la fuente no da la lista de sus 12 distritos: no se colorea ninguno',
    );
    await page.screenshot({ path: screenshotPath('emergency-2025-12-es.png') });
    await page.context().close();
  });

  it('the comparable view merges Vizcatán del Ene into Pangoa and says so', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2014&cmp=1`);
    const merged = await colourAt(page, VIZCATAN.labelPoint);
    expect(colourDistance(merged, hex(MISSING_COLOURS.notYetDistrict))).toBeGreaterThan(60);
    const text = await hoverText(page, VIZCATAN.labelPoint);
    expect(text).toContain('Pangoa + Vizcatán del Ene');
    expect(text).toContain('2,168 ha (2014)');
    expect(await page.locator('.merged-note').innerText()).toContain('Pangoa + Vizcatán del Ene');
    await page.screenshot({ path: screenshotPath('comparable-2014.png') });
    await page.context().close();
  });

  it('manual breaks typed by the user reclassify the map and go into the link', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016`);
    await page.getByLabel('Cortes manuales (separados por ; o espacios)').fill('1,000; 2,000');
    await page.getByRole('button', { name: 'Aplicar' }).click();
    const legend = page.locator('.choropleth-legend li');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('c') === 'manual');
    expect(new URL(page.url()).searchParams.get('b')).toBe('1000,2000');
    // Three classes plus the missing kinds.
    const ranges = await legend.allInnerTexts();
    expect(
      ranges.filter((r) => /distritos$/.test(r) && !/Aún|Fuera|Sin dato/.test(r)),
    ).toHaveLength(3);
    await page.getByLabel('Cortes manuales (separados por ; o espacios)').fill('mil');
    await page.getByRole('button', { name: 'Aplicar' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Escriba de 1 a 8 números');
    await page.context().close();
  });
});
