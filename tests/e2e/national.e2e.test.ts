/**
 * National scope (?scope=peru): every district of Peru drawn and usable like the VRAEM ones, the
 * VRAEM still outlined, and the switch back to the VRAEM scope.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { indicatorsFileSchema } from '../../src/data/indicatorSchemas';
import { districtsFileSchema } from '../../src/data/schemas';
import { COLORS } from '../../src/map/palette';
import {
  colourDistance,
  openAtlas,
  over,
  pixelAt,
  screenPoint,
  waitForMapReady,
  type Pixel,
} from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const readData = (rel: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../data', rel), 'utf8'));
const NATIONAL = districtsFileSchema.parse(readData('peru-districts.json'));
const INDICATORS = indicatorsFileSchema.parse(readData('peru-indicators.json'));
const national = (ubigeo: string) => {
  const d = NATIONAL.districts.find((x) => x.ubigeo === ubigeo);
  if (!d) throw new Error(`no district ${ubigeo} in data/peru-districts.json`);
  return d;
};
// Napo (Loreto), the largest district of Loreto, 1,000 km from the VRAEM; Sayán (Lima).
const NAPO = national('160107');
const SAYAN = national('150811');
const PICHARI = districtByUbigeo('080910');

function hex(css: string): Pixel {
  return {
    r: parseInt(css.slice(1, 3), 16),
    g: parseInt(css.slice(3, 5), 16),
    b: parseInt(css.slice(5, 7), 16),
  };
}

const browser = chromiumPerFile();

describe('national scope (built app, real Chromium)', () => {
  it('draws districts of Loreto and Lima, the VRAEM strongly and outlined (pixels)', async () => {
    const { page, foreignRequests, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?scope=peru`,
    );
    const land = hex(COLORS.peruLand);
    for (const d of [NAPO, SAYAN]) {
      const p = await screenPoint(page, d.labelPoint);
      expect(p.x, d.name).toBeGreaterThan(0);
      expect(p.x, d.name).toBeLessThan(1280);
      expect(
        colourDistance(await pixelAt(page, p.x, p.y), over(COLORS.contextFill, land)),
        d.name,
      ).toBeLessThan(30);
    }
    const vraem = await screenPoint(page, PICHARI.labelPoint);
    expect(
      colourDistance(await pixelAt(page, vraem.x, vraem.y), over(COLORS.vraemFill, land)),
    ).toBeLessThan(30);
    // Outside Peru (the Pacific off Piura, Brazil east of Ucayali) the sea colour, drawn as the
    // world with Peru cut out: Peru itself is the style's background.
    for (const [name, lonLat] of [
      ['Pacific', [-84, -5]],
      ['Brazil', [-68, -8]],
    ] as const) {
      const p = await screenPoint(page, lonLat);
      expect(p.x, name).toBeGreaterThan(300);
      expect(p.x, name).toBeLessThan(1280);
      const pixel = await pixelAt(page, p.x, p.y);
      expect(colourDistance(pixel, hex(COLORS.background)), name).toBeLessThan(12);
    }
    const shot = PNG.sync.read(await page.screenshot({ path: screenshotPath('national-es.png') }));
    const outline = hex(COLORS.vraemOutline);
    let outlinePixels = 0;
    for (let i = 0; i < shot.data.length; i += 4) {
      const pixel = { r: shot.data[i] ?? 0, g: shot.data[i + 1] ?? 0, b: shot.data[i + 2] ?? 0 };
      if (colourDistance(pixel, outline) < 20) outlinePixels++;
    }
    expect(outlinePixels).toBeGreaterThan(200);
    const count = new Intl.NumberFormat('es-PE').format(NATIONAL.districts.length);
    expect(await page.getByTestId('scope-note').innerText()).toContain(`${count} distritos`);
    // What exists only for the VRAEM unfolds from the note.
    await page.getByTestId('scope-note').locator('summary').click();
    expect(await page.getByTestId('scope-note').innerText()).toContain(
      'solo existen para el VRAEM',
    );
    expect(
      await page.getByRole('button', { name: 'Todo el Perú' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.locator('.legend').innerText()).toContain('Otro distrito del Perú');
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('hovering and clicking Napo (Loreto) shows its name and its poverty 2018 value', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?scope=peru&i=pov&y=2018`);
    const poverty = INDICATORS.indicators.find((i) => i.id === 'poverty_total_pct');
    const value = poverty?.values[NAPO.ubigeo]?.find((o) => o.y === 2018)?.v;
    if (value === undefined) throw new Error('Napo has no poverty 2018 value in the data');
    const shown = new Intl.NumberFormat('es-PE', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
    const p = await screenPoint(page, NAPO.labelPoint);
    await page.mouse.move(p.x, p.y);
    const tooltip = page.locator('.map-tooltip');
    await tooltip.waitFor({ timeout: 20_000 });
    await expect.poll(() => tooltip.innerText(), { timeout: 20_000 }).toContain(shown);
    const tip = await tooltip.innerText();
    expect(tip).toContain('Napo');
    expect(tip).toContain('Loreto');
    await page.screenshot({ path: screenshotPath('national-hover-es.png') });
    await page.mouse.click(p.x, p.y);
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Napo');
    expect(await panel.innerText()).toContain(shown);
    expect(new URL(page.url()).searchParams.get('d')).toBe(NAPO.ubigeo);
    expect(new URL(page.url()).searchParams.get('scope')).toBe('peru');
    await page.context().close();
  });

  it('coca outside the 31 districts says "outside coverage", not "no data"', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?scope=peru&i=coca&y=2018`);
    const p = await screenPoint(page, NAPO.labelPoint);
    await page.mouse.move(p.x, p.y);
    const tooltip = page.locator('.map-tooltip');
    await expect
      .poll(() => tooltip.innerText(), { timeout: 20_000 })
      .toContain('Fuera de la cobertura de la fuente');
    await page.context().close();
  });

  it('switches back to the VRAEM scope: link without scope, 551 districts, hover still works', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?scope=peru&lang=en`);
    await page.screenshot({ path: screenshotPath('national-en.png') });
    await page.getByRole('button', { name: 'VRAEM', exact: true }).click();
    await page.getByTestId('scope-note').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('scope')).toBeNull();
    await waitForMapReady(page);
    await expect
      .poll(() => page.evaluate(() => window.atlasDebug?.idle() === true), { timeout: 60_000 })
      .toBe(true);
    const p = await screenPoint(page, PICHARI.labelPoint);
    await page.mouse.move(p.x, p.y);
    await expect
      .poll(() => page.locator('.map-tooltip').innerText(), { timeout: 20_000 })
      .toContain('Pichari');
    expect(await page.locator('option[value="all"]').first().innerText()).toContain('551');
    await page.context().close();
  });
});
