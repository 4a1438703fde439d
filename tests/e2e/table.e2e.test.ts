import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const browser = chromiumPerFile();

describe('the district table (built app, real Chromium)', () => {
  it('sorts by coca with missing values last, selects a district, and exports a CSV Excel reads', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016&tb=1`);
    const table = page.locator('.district-table');
    await table.waitFor();
    expect(await table.locator('h2').innerText()).toBe('Distritos en 2016 (79)');
    await table.getByRole('button', { name: 'Coca cultivada (ha)' }).click();
    const header = table.locator('thead th', { hasText: 'Coca cultivada (ha)' });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const firstRow = table.locator('tbody tr').first();
    const lastRow = table.locator('tbody tr').last();
    expect(await firstRow.locator('td.number').first().innerText()).toMatch(/ha \(2016\)/);
    // Columns: compare checkbox, province, coca.
    expect(await lastRow.locator('td').nth(2).getAttribute('class')).toBe('missing');

    await firstRow.locator('th button').click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: screenshotPath('table-panel.png') });
    expect(new URL(page.url()).searchParams.get('d')).not.toBeNull();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Exportar CSV' }).click(),
    ]);
    const bytes = readFileSync((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [head, ...lines] = text.split('\r\n');
    expect(head).toContain(
      'ubigeo;Distrito;Provincia;Departamento;VRAEM;Coca cultivada (ha);Coca cultivada (ha) · estado;Coca cultivada (ha) · Año',
    );
    expect(lines).toHaveLength(79);
    // The coca column holds numbers or nothing; a gap's reason is in the status column.
    const coca = lines.map((l) => l.split(';')[5] ?? '');
    expect(coca.every((c) => /^(\d+(,\d+)?)?$/.test(c))).toBe(true);
    expect(coca).toContain('');
    await page.context().close();
  });

  it('an imported source that looks like a formula is exported escaped, as text', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    await page.waitForFunction(() => !document.querySelector('select[disabled]'));
    await page.getByRole('button', { name: 'Importar datos' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /Indicador distrital/ }).check();
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'formula.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'ubigeo;año;valor;unidad;fuente\n050409;2018;12,5;%;"=HYPERLINK(""http://x"",""y"")"\n',
      ),
    });
    await dialog.locator('.import-report').waitFor();
    await dialog.getByRole('button', { name: /Usar/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Tabla' }).click();
    const table = page.locator('.district-table');
    await table.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Exportar CSV' }).click(),
    ]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    const canayre = text.split('\r\n').find((l) => l.startsWith('050409;')) ?? '';
    expect(canayre).toContain(`;12,5;;2018;"'=HYPERLINK(""http://x"",""y"")";`);
    expect(text).not.toMatch(/[;\n]"?=HYPERLINK/);
    await page.context().close();
  });
});
