/**
 * Bring your own data, in the built app: import a CSV through the file picker, see it on the map
 * and in the legend; a malformed file gives a report by row and field; markup in a file stays
 * text; nothing leaves the page's origin while a file is read.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
const FIXTURES = resolve(__dirname, '../fixtures/import');
const SCREENSHOTS = resolve(__dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

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
    const atlas = await openAtlas(browser, baseUrl);
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
      dialog.getByRole('button', { name: 'Usar las 1 filas válidas' }).count(),
    ).resolves.toBe(1);
    await dialog.screenshot({ path: resolve(SCREENSHOTS, 'import-report-es.png') });

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe('Importar datos');
    expect(atlas.foreignRequests).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('shows markup from a file as text and never runs it', async () => {
    const atlas = await openAtlas(browser, `${baseUrl}?lang=en`);
    const { page } = atlas;
    await importFile(page, 'Import data', /District indicator/, 'malformed-indicator.csv');
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(
      'Row 8 · ubigeo: “<img src=x onerror=window.__xss=1>” is not a 6-digit ubigeo',
    );
    expect(await dialog.locator('img').count()).toBe(0);
    await dialog.screenshot({ path: resolve(SCREENSHOTS, 'import-report-en.png') });
    await dialog.locator('.import-actions').getByRole('button', { name: 'Close' }).click();

    await importFile(page, 'Import data', /District indicator/, 'xss-indicator.csv');
    await page.getByRole('button', { name: 'Use the 2 valid rows' }).click();
    await page.waitForTimeout(500);
    const xss = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    expect(xss).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(atlas.foreignRequests).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
  });
});
