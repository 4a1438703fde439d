import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { COLORS } from '../../src/map/palette';
import {
  colourDistance,
  openAtlas,
  over,
  pixelAt,
  screenPoint,
  type Pixel,
  waitForIdle,
  waitForMapReady,
  wheelZoom,
} from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const PICHARI = districtByUbigeo('080910');
const VIZCATAN = districtByUbigeo('120609');
// Huamanga's seat, Ayacucho city: a district of the 5 departments outside the VRAEM, in view.
const AYACUCHO = districtByUbigeo('050101');

function hex(css: string): Pixel {
  return {
    r: parseInt(css.slice(1, 3), 16),
    g: parseInt(css.slice(3, 5), 16),
    b: parseInt(css.slice(5, 7), 16),
  };
}

const browser = chromiumPerFile();

describe('the VRAEM district map (built app, real Chromium)', () => {
  it('draws VRAEM districts strongly and other districts faintly (pixels)', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    const land = hex(COLORS.peruLand);
    const inside = await screenPoint(page, PICHARI.labelPoint);
    const outside = await screenPoint(page, AYACUCHO.labelPoint);
    const insidePixel = await pixelAt(page, inside.x, inside.y);
    const outsidePixel = await pixelAt(page, outside.x, outside.y);
    expect(colourDistance(insidePixel, over(COLORS.vraemFill, land))).toBeLessThan(30);
    expect(colourDistance(outsidePixel, over(COLORS.contextFill, land))).toBeLessThan(30);
    expect(colourDistance(insidePixel, outsidePixel)).toBeGreaterThan(80);
    // The VRAEM outline is drawn above the district fills, in its own colour (it once vanished
    // under the fills until the first hover).
    const shot = PNG.sync.read(await page.screenshot({ path: screenshotPath('map-es.png') }));
    const outline = hex(COLORS.vraemOutline);
    let outlinePixels = 0;
    for (let i = 0; i < shot.data.length; i += 4) {
      const pixel = { r: shot.data[i] ?? 0, g: shot.data[i + 1] ?? 0, b: shot.data[i + 2] ?? 0 };
      if (colourDistance(pixel, outline) < 20) outlinePixels++;
    }
    // ~1,800 on the first view at 1280 × 800 (the VRAEM below the key figures); none when the
    // outline is hidden under the fills.
    expect(outlinePixels).toBeGreaterThan(1000);
    await page.context().close();
  });

  it('hovering Pichari shows its name, province, department and VRAEM status', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    const point = await screenPoint(page, PICHARI.labelPoint);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('.map-tooltip');
    await tooltip.waitFor({ timeout: 10_000 });
    const text = await tooltip.innerText();
    expect(text).toContain('Pichari');
    expect(text).toContain('La Convención, Cusco');
    expect(text).toContain('Distrito del VRAEM');
    await page.context().close();
  });

  it('clicking a district opens its panel, and Esc closes it and updates the link', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    const point = await screenPoint(page, PICHARI.labelPoint);
    await page.mouse.click(point.x, point.y);
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Pichari');
    expect(await panel.innerText()).toContain('080910');
    expect(new URL(page.url()).searchParams.get('d')).toBe('080910');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('d')).toBeNull();
    await page.context().close();
  });

  it('a link with ?d=120609 opens Vizcatán del Ene, carved out of Pangoa, with its area and population', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?d=120609`);
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('Vizcatán del Ene');
    expect(await panel.getByTestId('lineage-text').innerText()).toMatch(/Pangoa \(120606\)/);
    expect(text).toContain(
      new Intl.NumberFormat('es-PE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        VIZCATAN.areaKm2,
      ),
    );
    await page.context().close();
  });

  it('a district created after 2017 says so and has no 2017 population', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?d=050413`);
    const text = await page.getByRole('dialog').innerText();
    expect(text).toContain('Putis');
    expect(text).toContain('Creado después de 2017');
    expect(text).toContain('no existía en el censo 2017');
    await page.context().close();
  });

  it('switches to English and back, keeping the choice in the link', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?lang=en&d=080910`);
    expect(await page.locator('h1').innerText()).toBe('Atlas VRAEM');
    expect(await page.getByRole('dialog').innerText()).toContain('Province');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: screenshotPath('atlas-en-panel.png') });
    await page.getByRole('button', { name: 'Español' }).click();
    expect(await page.getByRole('dialog').innerText()).toContain('Provincia');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await page.context().close();
  });

  it('opens in Spanish without the English messages; the switch loads them, then shows English', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?d=080910`);
    const englishLoaded = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /\/assets\/en-[\w-]+\.js$/.test(entry.name)),
      );
    expect(await englishLoaded()).toBe(false);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Español' }).waitFor();
    expect(await englishLoaded()).toBe(true);
    const dialog = await page.getByRole('dialog').innerText();
    expect(dialog).toContain('Province');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // The same words as an atlas opened in English (which waits for them before its first render).
    const opened = await openAtlas(browser(), `${baseUrl}/?lang=en&d=080910`);
    expect(await opened.page.getByRole('dialog').innerText()).toBe(dialog);
    expect(await opened.page.locator('header').innerText()).toBe(
      await page.locator('header').innerText(),
    );
    await opened.page.context().close();
    await page.context().close();
  });

  it('"Copiar enlace" copies a link that reopens the same view', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2015&d=120609`);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.getByRole('button', { name: 'Copiar enlace' }).click();
    await page.getByText('Enlace copiado').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const reopened = await openAtlas(browser(), copied);
    expect(
      await reopened.page.getByRole('dialog').getByRole('heading', { level: 2 }).innerText(),
    ).toBe('Vizcatán del Ene');
    expect(await reopened.page.locator('.choropleth-legend h2').innerText()).toBe(
      'Coca cultivada (ha) · 2015',
    );
    await reopened.page.context().close();
    await page.context().close();
  });

  it('district names appear as you zoom in', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    const point = await screenPoint(page, PICHARI.labelPoint);
    const before = await pixelAt(page, point.x, point.y);
    for (let i = 0; i < 3; i++) await wheelZoom(page, point, -600);
    await page.screenshot({ path: screenshotPath('map-zoomed-labels.png') });
    // The label is drawn at the label point: dark text over the district fill.
    const after = await screenPoint(page, PICHARI.labelPoint);
    const clip = { x: after.x - 30, y: after.y - 8, width: 60, height: 16 };
    const png = PNG.sync.read(await page.screenshot({ clip }));
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 200) dark++;
    }
    expect(
      dark,
      `dark text pixels around the label (fill there was ${JSON.stringify(before)})`,
    ).toBeGreaterThan(15);
    await page.context().close();
  });

  it('makes no request outside its own origin, logs no console error and breaks no CSP rule', async () => {
    const { page, foreignRequests, consoleErrors, cspViolations } = await openAtlas(
      browser(),
      `${baseUrl}/?d=120609`,
    );
    const point = await screenPoint(page, PICHARI.labelPoint);
    await page.mouse.move(point.x, point.y);
    await page.mouse.click(point.x, point.y);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForIdle(page);
    // Every view: each layer, incidents, charts and the comparable view.
    for (const query of [
      '?i=coca_ha&ev=1&ch=1&sel=080910',
      '?i=emergency',
      '?i=authorities',
      '?i=poverty_total_pct&cmp=1',
    ]) {
      await page.goto(`${baseUrl}/${query}`);
      await waitForMapReady(page);
    }
    expect(
      await page.evaluate(
        () => document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
      ),
    ).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await page.context().close();
  });
});
