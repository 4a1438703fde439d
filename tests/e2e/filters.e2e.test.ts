import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { colourDistance, openAtlas, pixelAt, screenPoint, waitForMapReady } from './atlasPage';
import { districtByUbigeo } from './fixtures';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const browser = chromiumPerFile();

async function colourOf(page: Page, ubigeo: string) {
  const p = await screenPoint(page, districtByUbigeo(ubigeo).labelPoint);
  return pixelAt(page, p.x, p.y);
}

const count = (page: Page) => page.locator('.filter-panel .count').innerText();
const tableRows = (page: Page) => page.locator('.district-table tbody tr').count();

describe('district filters (built app, real Chromium)', () => {
  it('search, department and a value range: list, table, map and link agree', async () => {
    const { page, foreignRequests, cspViolations } = await openAtlas(
      browser(),
      `${baseUrl}/?i=pov&y=2013`,
    );
    await waitForMapReady(page);
    // Río Tambo (Junín) and Sivia (Ayacucho, 050410) are both VRAEM districts with colour.
    const tamboBefore = await colourOf(page, '120608');
    const siviaBefore = await colourOf(page, '050410');
    // The table covers the map while it is open: the map is read with it closed.
    const tableToggle = page.getByRole('button', { name: 'Tabla', exact: true });
    await tableToggle.click();
    await page.locator('.district-table').waitFor();
    expect(await count(page)).toBe('79 de 79 distritos');

    await page.getByLabel('Buscar distrito, provincia o ubigeo').fill('rio tambo');
    await expect.poll(() => count(page)).toBe('1 de 79 distritos');
    expect(await tableRows(page)).toBe(1);
    expect(await page.locator('.district-table tbody th').innerText()).toBe('Río Tambo');
    await page.getByLabel('Buscar distrito, provincia o ubigeo').fill('');

    await page.getByRole('button', { name: 'Más filtros' }).click();
    await page.getByRole('checkbox', { name: 'Junín' }).check();
    await expect.poll(() => count(page)).toBe('7 de 79 distritos');
    expect(await tableRows(page)).toBe(7);
    expect(await page.locator('.district-list li').count()).toBe(7);
    await tableToggle.click();
    await page.locator('.district-table').waitFor({ state: 'detached' });
    await waitForMapReady(page);
    // Kept districts keep their colour; the others fade towards the background.
    expect(colourDistance(await colourOf(page, '120608'), tamboBefore)).toBeLessThan(12);
    expect(colourDistance(await colourOf(page, '050410'), siviaBefore)).toBeGreaterThan(40);
    await tableToggle.click();
    await page.locator('.district-table').waitFor();

    const filterPanel = page.locator('.filter-panel');
    await filterPanel.getByLabel('Indicador', { exact: true }).selectOption('poverty_total_pct');
    await filterPanel.getByLabel('Comparación', { exact: true }).selectOption('ge');
    await page.getByLabel(/^Valor/).fill('50');
    await page.getByRole('button', { name: 'Añadir condición' }).click();
    await expect.poll(() => tableRows(page)).toBeLessThan(7);
    const rows = await tableRows(page);
    expect(await count(page)).toBe(`${rows} de 79 distritos`);
    const url = new URL(page.url());
    expect(url.searchParams.get('dep')).toBe('12');
    expect(url.searchParams.get('r')).toBe('pov.ge.50');
    await page.screenshot({ path: screenshotPath('filters-es.png') });

    // The link reopens the same filter.
    const again = await openAtlas(browser(), page.url());
    await again.page.locator('.district-table').waitFor();
    await expect.poll(() => count(again.page)).toBe(`${rows} de 79 distritos`);
    expect(await tableRows(again.page)).toBe(rows);
    await again.page.context().close();

    // A bad number gets a message and keeps the filter.
    await page.getByLabel(/^Valor/).fill('cincuenta');
    await page.getByRole('button', { name: 'Añadir condición' }).click();
    await page.getByRole('alert').filter({ hasText: 'Escriba un número' }).waitFor();
    expect(await tableRows(page)).toBe(rows);

    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect.poll(() => count(page)).toBe('79 de 79 distritos');
    expect(foreignRequests).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await page.context().close();
  });

  it('membership "the 5 departments" in English counts 551 and lists the districts outside the VRAEM too', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?lang=en&m=all&dep=09&v=2`);
    // Huancavelica has 102 districts, 27 of them in the VRAEM.
    await expect.poll(() => count(page)).toBe('102 of 551 districts');
    expect(await page.locator('.district-list li').count()).toBe(102);
    await page.screenshot({ path: screenshotPath('filters-en.png') });
    await page.context().close();
  });

  it('ticks table rows into a comparison with ranks, and exports the filtered rows as GeoJSON', async () => {
    const { page } = await openAtlas(
      browser(),
      `${baseUrl}/?i=coca&y=2018&tb=1&prov=1206&dep=12&v=2`,
    );
    const table = page.locator('.district-table');
    await expect.poll(() => tableRows(page)).toBe(4);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Exportar GeoJSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('atlas-vraem-2018.geojson');
    const geojson = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as {
      type: string;
      features: { properties: Record<string, unknown>; geometry: { type: string } }[];
      atlas: { description: string; sources: { id: string }[] };
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f) => f.properties.name).sort()).toEqual([
      'Mazamari',
      'Pangoa',
      'Río Tambo',
      'Vizcatán del Ene',
    ]);
    const tambo = geojson.features.find((f) => f.properties.ubigeo === '120608');
    expect(tambo?.properties.coca_ha).toBe(1140.067);
    expect(tambo?.properties.coca_ha_year).toBe(2018);
    expect(['Polygon', 'MultiPolygon']).toContain(tambo?.geometry.type);
    expect(geojson.atlas.description).toContain('Satipo');

    for (const name of ['Río Tambo', 'Pangoa', 'Mazamari']) {
      await table.getByRole('checkbox', { name: `Comparar ${name}` }).check();
    }
    expect(new URL(page.url()).searchParams.get('sel')).toBe('120608,120606,120604');
    await page.getByRole('button', { name: 'Comparar (3)' }).click();
    const compare = page.locator('.compare-panel');
    await compare.waitFor();
    expect(await compare.locator('thead th').count()).toBe(4);
    const cocaRow = compare.locator('tbody tr', { hasText: 'Coca cultivada (ha)' });
    expect(await cocaRow.locator('td').first().innerText()).toMatch(
      /1[.,]140 ha \(2018\)[\s\S]*puesto \d+ de \d+/,
    );
    await page.screenshot({ path: screenshotPath('compare-es.png') });
    await compare.getByRole('button', { name: 'Quitar Mazamari de la comparación' }).click();
    await expect.poll(() => compare.locator('thead th').count()).toBe(3);
    await page.context().close();
  });

  it('selects by area: within 10 km of the Mantaro, and a circle drawn on the map', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?tb=1&m=all`);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.locator('.district-table').waitFor();
    // A link with a filter opens with the filters shown.
    await page.getByRole('button', { name: 'Ocultar filtros' }).waitFor();
    await page.getByLabel('Seleccionar por').selectOption('river');
    await page.locator('.area-controls select').nth(1).selectOption('rio-mantaro');
    await page.getByLabel('Hasta (km)').fill('10');
    await page.locator('.area-controls').getByRole('button', { name: 'Aplicar' }).click();
    const status = page.locator('.area-controls .note');
    await expect
      .poll(() => status.innerText(), { timeout: 30_000 })
      .toMatch(/selecciona \d+ distritos/);
    const selected = Number(/selecciona (\d+)/.exec(await status.innerText())?.[1]);
    expect(selected).toBeGreaterThan(5);
    await expect.poll(() => tableRows(page)).toBe(selected);
    expect(await count(page)).toBe(`${selected} de 551 distritos`);
    expect(new URL(page.url()).searchParams.get('a')).toBe('river:rio-mantaro:10');
    // The geometry ran in the area worker; the page never loaded turf's chunk (its fallback).
    expect(workers.filter((url) => url.includes('areaSelectionWorker'))).toHaveLength(1);
    expect(requests.filter((url) => /\/spatial-[\w-]+\.js$/.test(url))).toEqual([]);

    // Stricter rule (the central point within 10 km), fewer districts.
    await page.getByRole('radio', { name: 'su punto central está dentro' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('ar')).toBe('centre');
    await expect.poll(() => status.innerText()).toMatch(/selecciona \d+ distritos/);
    const strict = Number(/selecciona (\d+)/.exec(await status.innerText())?.[1]);
    expect(strict).toBeLessThan(selected);

    // A 5 km circle drawn on Río Tambo's central point selects Río Tambo.
    await page.getByLabel('Seleccionar por').selectOption('circle');
    await page.getByLabel('Radio (km)').fill('5');
    await page.getByRole('button', { name: 'Dibujar en el mapa' }).click();
    await page.locator('.draw-surface').waitFor();
    const p = await screenPoint(page, districtByUbigeo('120608').labelPoint);
    await page.locator('.district-table').getByRole('button', { name: 'Cerrar' }).click();
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('a') ?? '').toMatch(/^circle:/);
    await page.getByRole('radio', { name: 'toca el área' }).check();
    await expect
      .poll(() => page.locator('.district-list li').allInnerTexts())
      .toContainEqual(expect.stringContaining('Río Tambo'));
    await page.screenshot({ path: screenshotPath('area-es.png') });
    await page.context().close();
  });
});
