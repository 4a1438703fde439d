/**
 * Issue 24, "files as portals publish them": an indicator CSV whose value column is not called
 * "valor" (here "SUPERFICIE (ha)", with no year column) or that has one column per year. The
 * dialog reads it, shows the columns with a sample and its guess, the user corrects the mapping
 * and reads again; the report counts every row it read.
 *
 * The files are small synthetic test files built here from the committed data/ (district areas
 * in hectares, and coca hectares 2015–2017 with one cell replaced by "n/d"): test input only,
 * never shipped as data.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { ALL_DISTRICTS } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const dir = mkdtempSync(join(tmpdir(), 'atlas-import-columns-'));

// Five VRAEM districts and their area in hectares (data/districts.json, km² × 100).
const AREA = ALL_DISTRICTS.filter((d) => d.vraem).slice(0, 5);
const areaFile = join(dir, 'superficie-distritos.csv');
writeFileSync(
  areaFile,
  [
    'UBIGEO;DEPARTAMENTO;PROVINCIA;DISTRITO;SUPERFICIE (ha)',
    ...AREA.map(
      (d) =>
        `${d.ubigeo};${d.department.toUpperCase()};${d.province.toUpperCase()};${d.name.toUpperCase()};${Math.round(d.areaKm2 * 100)}`,
    ),
  ].join('\r\n'),
);

// Coca hectares 2015–2017 of six Satipo districts (data/indicators.json), one column per year.
const indicators = JSON.parse(
  readFileSync(resolve(__dirname, '../../data/indicators.json'), 'utf8'),
) as { indicators: { id: string; values: Record<string, { y: number; v: number }[]> }[] };
const coca = indicators.indicators.find((i) => i.id === 'coca_ha')?.values ?? {};
const WIDE = ['120602', '120603', '120604', '120606', '120608', '120609'];
const cocaOf = (u: string, y: number) => coca[u]?.find((o) => o.y === y)?.v;
const wideFile = join(dir, 'coca-por-anio.csv');
writeFileSync(
  wideFile,
  [
    'UBIGEO,DISTRITO,2015,2016,2017',
    ...WIDE.map((u, i) => {
      const name = ALL_DISTRICTS.find((d) => d.ubigeo === u)?.name ?? u;
      // Row 3 (the second district) says "n/d" for 2016: a gap, as portals write it.
      const cells = [2015, 2016, 2017].map((y) =>
        i === 1 && y === 2016 ? 'n/d' : String(cocaOf(u, y)),
      );
      return [u, name, ...cells].join(',');
    }),
  ].join('\n'),
);

async function pick(page: Page, open: string, kind: RegExp, file: string) {
  await page.getByRole('button', { name: open }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: kind }).check();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.locator('.import-report').waitFor();
  return dialog;
}

describe('importing files as portals publish them (built app, real Chromium)', () => {
  it('"SUPERFICIE (ha)" without a year: the columns with a sample, the year asked, then every row read', async () => {
    const atlas = await openAtlas(browser(), baseUrl);
    const { page } = atlas;
    await page.waitForFunction(() => !document.querySelector('select[disabled]'));
    const dialog = await pick(page, 'Importar datos', /Indicador distrital/, areaFile);
    const report = dialog.locator('.import-report');
    // Not "0 de 0": the file has five rows, none usable until a year is given.
    expect(await report.innerText()).toContain('superficie-distritos.csv: 0 de 5 filas válidas');
    expect(await report.innerText()).toContain(
      'Fila 1 · año: no se reconoce la columna; elíjala en «Columnas del archivo»',
    );
    const mapper = dialog.locator('.column-mapper');
    const sample = mapper.locator('.column-sample');
    expect(await sample.locator('thead th').allInnerTexts()).toEqual([
      'UBIGEO\nUbigeo',
      'DEPARTAMENTO',
      'PROVINCIA',
      'DISTRITO',
      'SUPERFICIE (ha)\nValor',
    ]);
    expect(await sample.locator('tbody tr')).toBeTruthy();
    expect(await sample.locator('tbody tr').count()).toBe(5);
    expect(await sample.locator('tbody tr').first().innerText()).toContain(AREA[0]?.ubigeo ?? '?');
    expect(await mapper.getByRole('combobox', { name: 'Valor' }).inputValue()).toBe('4');
    expect(await mapper.getByRole('combobox', { name: 'Año' }).inputValue()).toBe('-1');
    expect(await mapper.getByText('Falta elegir: Año.').count()).toBe(1);
    const read = mapper.getByRole('button', { name: 'Leer con estas columnas' });
    expect(await read.isDisabled()).toBe(true);
    // The unit came from the header; the user gives the year.
    expect(await mapper.getByRole('combobox', { name: 'Unidad', exact: true }).inputValue()).toBe(
      '-1',
    );
    expect(
      await mapper.getByRole('textbox', { name: 'Unidad de todo el archivo' }).inputValue(),
    ).toBe('ha');
    await dialog.evaluate((d) => (d.scrollTop = d.scrollHeight));
    await dialog.screenshot({ path: screenshotPath('import-columns-asked-es.png') });
    await mapper.getByRole('spinbutton', { name: 'Año de todos los datos' }).fill('2017');
    await read.click();
    await page.waitForFunction(() =>
      document.querySelector('.import-summary')?.textContent?.includes('5 de 5'),
    );
    expect(await dialog.locator('.import-summary').innerText()).toBe(
      'superficie-distritos.csv: 5 de 5 filas válidas, 5 distritos, años 2017.',
    );
    expect(await dialog.locator('.import-issues').count()).toBe(0);
    await dialog.evaluate((d) => (d.scrollTop = d.scrollHeight));
    await dialog.screenshot({ path: screenshotPath('import-columns-read-es.png') });
    await dialog.getByRole('button', { name: 'Usar las 5 filas válidas' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const legend = page.locator('.choropleth-legend');
    expect(await legend.innerText()).toContain('superficie-distritos.csv (importado)');
    expect(await legend.innerText()).toContain('ha');
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('one column per year: read as a wide file, a bad cell named by row and year, years chosen', async () => {
    const atlas = await openAtlas(browser(), `${baseUrl}?lang=en`);
    const { page } = atlas;
    await page.waitForFunction(() => !document.querySelector('select[disabled]'));
    const dialog = await pick(page, 'Import data', /District indicator/, wideFile);
    const report = dialog.locator('.import-report');
    expect(await report.innerText()).toContain(
      'coca-por-anio.csv: 6 of 6 rows valid, 6 districts, years 2015–2017.',
    );
    expect(await report.innerText()).toContain(
      'One column per year (2015, 2016, 2017): 17 values in 6 rows.',
    );
    expect(await report.innerText()).toContain('Row 3 · value “2016”: “n/d” is not a number');
    const mapper = dialog.locator('.column-mapper');
    expect(await mapper.getByRole('radio', { name: 'One column per year' }).isChecked()).toBe(true);
    expect(await mapper.locator('thead th').allInnerTexts()).toEqual([
      'UBIGEO\nUbigeo',
      'DISTRITO',
      '2015\n2015',
      '2016\n2016',
      '2017\n2017',
    ]);
    await dialog.evaluate((d) => (d.scrollTop = d.scrollHeight));
    await dialog.screenshot({ path: screenshotPath('import-columns-wide-en.png') });
    // Leave 2015 out and read again.
    await mapper.getByRole('checkbox', { name: '2015 (column “2015”)' }).uncheck();
    await mapper.getByRole('button', { name: 'Read with these columns' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.import-wide')?.textContent?.includes('(2016, 2017)'),
    );
    expect(await dialog.locator('.import-summary').innerText()).toBe(
      'coca-por-anio.csv: 6 of 6 rows valid, 6 districts, years 2016–2017.',
    );
    expect(await dialog.locator('.import-wide').innerText()).toBe(
      'One column per year (2016, 2017): 11 values in 6 rows.',
    );
    await dialog.getByRole('button', { name: 'Use the 6 valid rows' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // No unit in the file: the legend says so in words; classes hold values, none is empty.
    const legend = page.locator('.choropleth-legend');
    await legend.waitFor();
    expect(await legend.locator('.legend-unit').innerText()).toBe('Unit: not given in the file');
    expect(await legend.innerText()).not.toContain('empty class');
    await legend.screenshot({ path: screenshotPath('import-columns-legend-en.png') });
    // The table's imported column: Pangoa's coca for the map's year (the file's last, 2017).
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const cell = page.locator(
      '.district-table tr[data-ubigeo="120606"] td[data-indicator^="import-"]',
    );
    await cell.waitFor();
    expect(await cell.innerText()).toMatch(new RegExp(`^${cocaOf('120606', 2017)} .*\\(2017\\)`));
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });
});
