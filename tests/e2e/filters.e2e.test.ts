import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { colourDistance, openAtlas, pixelAt, screenPoint, waitForMapReady } from './atlasPage';
import { districtByUbigeo } from './fixtures';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function colourOf(page: Page, ubigeo: string) {
  const p = await screenPoint(page, districtByUbigeo(ubigeo).labelPoint);
  return pixelAt(page, p.x, p.y);
}

const count = (page: Page) => page.locator('.filter-panel .count').innerText();
const tableRows = (page: Page) => page.locator('.district-table tbody tr').count();

describe('district filters (built app, real Chromium)', () => {
  it('search, department and a value range: list, table, map and link agree', async () => {
    const { page, foreignRequests, cspViolations } = await openAtlas(
      browser,
      `${baseUrl}/?i=pov&y=2013&tb=1`,
    );
    await page.locator('.district-table').waitFor();
    expect(await count(page)).toBe('79 de 79 distritos');
    // Río Tambo (Junín) and Uchuraccay (Ayacucho, 050410) are both VRAEM districts with colour.
    const tamboBefore = await colourOf(page, '120608');
    const siviaBefore = await colourOf(page, '050410');

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
    await waitForMapReady(page);
    // Kept districts keep their colour; the others fade towards the background.
    expect(colourDistance(await colourOf(page, '120608'), tamboBefore)).toBeLessThan(12);
    expect(colourDistance(await colourOf(page, '050410'), siviaBefore)).toBeGreaterThan(40);

    await page.getByLabel('Indicador').selectOption('poverty_total_pct');
    await page.getByLabel('Comparación').selectOption('ge');
    await page.getByLabel(/^Valor/).fill('50');
    await page.getByRole('button', { name: 'Añadir condición' }).click();
    await expect.poll(() => tableRows(page)).toBeLessThan(7);
    const rows = await tableRows(page);
    expect(await count(page)).toBe(`${rows} de 79 distritos`);
    const url = new URL(page.url());
    expect(url.searchParams.get('dep')).toBe('12');
    expect(url.searchParams.get('r')).toBe('pov.ge.50');
    await page.screenshot({ path: 'tests/e2e/screenshots/filters-es.png' });

    // The link reopens the same filter.
    const again = await openAtlas(browser, page.url());
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
    const { page } = await openAtlas(browser, `${baseUrl}/?lang=en&m=all&dep=09&v=2`);
    // Huancavelica has 102 districts, 27 of them in the VRAEM.
    await expect.poll(() => count(page)).toBe('102 of 551 districts');
    expect(await page.locator('.district-list li').count()).toBe(102);
    await page.screenshot({ path: 'tests/e2e/screenshots/filters-en.png' });
    await page.context().close();
  });
});
