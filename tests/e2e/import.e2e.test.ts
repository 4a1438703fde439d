/**
 * Bring your own data, in the built app: import a CSV through the file picker, see it on the map
 * and in the legend; a malformed file gives a report by row and field; markup in a file stays
 * text; nothing leaves the page's origin while a file is read.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  colourDistance,
  hoverText,
  hoverUntil,
  openAtlas,
  pixelAt,
  screenPoint,
  type Pixel,
  waitForIdle,
} from './atlasPage';
import { districtByUbigeo } from './fixtures';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const FIXTURES = resolve(__dirname, '../fixtures/import');

// Andarapa (Apurímac, 030202): written "30202" and "51,7" in the fixture (2018 poverty, %).
const ANDARAPA = districtByUbigeo('030202');
// Canayre (Ayacucho, 050409): the first ACLED fixture event sits on its label point.
const CANAYRE = districtByUbigeo('050409');

async function colourAt(page: Page, lonLat: readonly [number, number]): Promise<Pixel> {
  await waitForIdle(page);
  const p = await screenPoint(page, lonLat);
  return pixelAt(page, p.x, p.y);
}

function rgb(css: string): Pixel {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map(Number);
  return { r, g, b };
}

const browser = chromiumPerFile();

async function importFile(page: Page, open: string, kind: RegExp, file: string): Promise<void> {
  await page.getByRole('button', { name: open }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: kind }).check();
  await dialog.locator('input[type=file]').setInputFiles(resolve(FIXTURES, file));
  await dialog.locator('.import-report').waitFor();
}

describe('import dialog (built app, real Chromium)', () => {
  it('reports a malformed file by row, field and reason; Esc closes and focus returns', async () => {
    const atlas = await openAtlas(browser(), baseUrl);
    const { page } = atlas;
    await importFile(page, 'Importar datos', /Indicador distrital/, 'malformed-indicator.csv');
    const dialog = page.getByRole('dialog');
    const text = await dialog.innerText();
    expect(text).toContain('malformed-indicator.csv: 1 de 7 filas válidas');
    expect(text).toContain('Problemas: 6');
    expect(text).toContain('Fila 3 · ubigeo: «999999» no es un distrito de Apurímac');
    expect(text).toContain('Fila 4 · año: «18» no es un año de 4 cifras');
    expect(text).toContain('Fila 5 · valor: «abc» no es un número');
    expect(text).toContain('Fila 6 · fila: fila vacía');
    expect(text).toContain('Fila 7 · fila: 050409 / 2018 se repite; ya está en la fila 2');
    await expect(
      dialog.getByRole('button', { name: 'Usar la 1 fila válida' }).count(),
    ).resolves.toBe(1);
    await dialog.screenshot({ path: screenshotPath('import-report-es.png') });

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe('Importar datos');
    expect(atlas.foreignRequests).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('shows markup from a file as text and never runs it', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}?lang=en`);
    const { page } = atlas;
    await importFile(page, 'Import data', /District indicator/, 'malformed-indicator.csv');
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(
      'Row 8 · ubigeo: “<img src=x onerror=window.__xss=1>” is not a 6-digit ubigeo',
    );
    expect(await dialog.locator('img').count()).toBe(0);
    await dialog.screenshot({ path: screenshotPath('import-report-en.png') });
    await dialog.locator('.import-actions').getByRole('button', { name: 'Close' }).click();

    await importFile(page, 'Import data', /District indicator/, 'xss-indicator.csv');
    await page.getByRole('button', { name: 'Use the 2 valid rows' }).click();
    // The file's markup is on the page (as the legend's text) and the map has drawn its layer:
    // whatever it could have run has had its chance.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('.choropleth-legend', { hasText: 'xss-indicator.csv (imported)' }).waitFor();
    await waitForIdle(page);
    const xss = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    expect(xss).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(atlas.foreignRequests).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('an imported indicator CSV becomes a map layer with its legend, tooltip and table column', async () => {
    const atlas = await openAtlas(browser(), baseUrl);
    const { page } = atlas;
    await page.waitForFunction(() => !document.querySelector('select[disabled]'));
    const before = await colourAt(page, ANDARAPA.labelPoint);
    await importFile(page, 'Importar datos', /Indicador distrital/, 'pobreza-2018-vraem.csv');
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(
      'pobreza-2018-vraem.csv: 69 de 69 filas válidas, 69 distritos, años 2018.',
    );
    expect(await dialog.innerText()).toContain('Leído como UTF-8 (BOM), separador «;».');
    await dialog.screenshot({ path: screenshotPath('import-dialog-es.png') });
    await dialog.getByRole('button', { name: 'Usar las 69 filas válidas' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const legend = page.locator('.choropleth-legend');
    await legend.waitFor();
    expect(await legend.innerText()).toContain('pobreza-2018-vraem.csv (importado)');
    const select = page.getByRole('combobox', { name: 'Colorear distritos por' });
    expect(await select.locator('option:checked').innerText()).toBe(
      'pobreza-2018-vraem.csv (importado)',
    );

    // The map: Andarapa changed colour, to one of the legend's class colours.
    const after = await colourAt(page, ANDARAPA.labelPoint);
    expect(colourDistance(before, after)).toBeGreaterThan(40);
    const swatches = await legend
      .locator('.swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    // (antialiasing and the outline blend the fill slightly: within 60 of a class colour, and
    // far closer to one than to the district's colour before the import)
    const distances = swatches.map((c) => colourDistance(after, rgb(c)));
    const nearest = Math.min(...distances);
    expect(nearest).toBeLessThan(60);
    expect(nearest).toBeLessThan(colourDistance(after, before) / 2);
    const tip = await hoverText(page, ANDARAPA.labelPoint);
    expect(tip).toMatch(/51\.7 ?%/); // es-PE prints a decimal point
    expect(tip).toContain('INEI, Mapa de pobreza 2018');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: screenshotPath('import-layer-es.png') });

    // The table has a column for it, with the value.
    await page.getByRole('button', { name: 'Tabla' }).click();
    const table = page.locator('.district-table');
    await table.waitFor();
    expect(await table.locator('thead').innerText()).toContain(
      'pobreza-2018-vraem.csv (importado)',
    );
    const row = table.locator('tbody tr', { hasText: 'Andarapa' });
    expect(await row.innerText()).toMatch(/51\.7/);

    expect(atlas.foreignRequests).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('imported ACLED events show as points with their file and dataset as source', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}?lang=en`);
    const { page } = atlas;
    await page.waitForFunction(() => !document.querySelector('select[disabled]'));
    await importFile(page, 'Import data', /ACLED events/, 'acled-fixture.csv');
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(
      'ACLED · acled-fixture.csv: 2 events inside the five departments; 1 outside them (not shown).',
    );
    await dialog.screenshot({ path: screenshotPath('import-dialog-en.png') });
    await dialog.getByRole('button', { name: 'Show the 2 events' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.locator('.imported-layers').innerText()).toContain(
      'acled-fixture.csv · ACLED (imported) (2)',
    );
    // Its key (issue 24): colour by type, size by deaths, where the points come from.
    const legend = page.locator('[data-testid^="point-legend-import-"]');
    const key = await legend.innerText();
    expect(key).toContain('Imported events: acled-fixture.csv (2)');
    expect(key).toContain('Colour: type of event');
    expect(key).toContain('Size: deaths');
    expect(key).toContain('Points at the file’s coordinates');
    expect(await legend.locator('.point-sizes circle').count()).toBe(4);
    const tip = await hoverUntil(page, CANAYRE.labelPoint, '2023-02-16');
    expect(tip).toContain('acled-fixture.csv · ACLED (imported)');
    const p = await screenPoint(page, CANAYRE.labelPoint);
    await page.mouse.click(p.x, p.y);
    const card = page.locator('.incident-card');
    await card.waitFor();
    expect(await card.innerText()).toContain('Canayre');
    expect(await card.innerText()).toContain('Fixture newspaper');
    await page.screenshot({ path: screenshotPath('import-events-en.png') });
    expect(atlas.foreignRequests).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('a large file shows progress and can be cancelled; the page stays responsive', async () => {
    const atlas = await openAtlas(browser(), baseUrl);
    const { page } = atlas;
    await page.getByRole('button', { name: 'Importar datos' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // About 25 MB (1.5 million rows as a spreadsheet writes them), built in the page and dropped
    // on the drop zone the way a drag from the file manager delivers it.
    await dialog.locator('.import-drop').evaluate((zone) => {
      const text = `ubigeo;año;valor\n${'50409;2018;12,5\n'.repeat(1_500_000)}`;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'grande.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    });
    await dialog.locator('progress').waitFor();
    expect(await dialog.innerText()).toContain('Leyendo grande.csv');
    // The main thread answers while the worker parses.
    expect(await page.evaluate(() => document.title.length)).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.getByText('Importación cancelada: no se cargó nada.').waitFor();
    expect(await dialog.locator('progress').count()).toBe(0);
    expect(await page.locator('.imported-layers').count()).toBe(0);
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });
});
