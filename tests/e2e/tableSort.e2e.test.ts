import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const browser = chromiumPerFile();

/** "1,234.5 ha (2016)" (es-PE, as CLDR writes it) → 1234.5; null for a cell that says why not. */
function numberIn(text: string): number | null {
  const match = /^-?[\d,]+(\.\d+)?/.exec(text.trim());
  return match ? Number(match[0].replace(/,/g, '')) : null;
}

/** The numbers of one column, top to bottom (column 0 is the compare checkbox). */
async function columnNumbers(table: Locator, column: number): Promise<(number | null)[]> {
  const texts = await table.locator(`tbody tr td:nth-of-type(${column + 1})`).allInnerTexts();
  return texts.map(numberIn);
}

describe('sorting the district table both ways (built app, real Chromium)', () => {
  it('a second click on an indicator header sorts it ascending, missing values still last', async () => {
    const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016&tb=1`);
    const table = page.locator('.district-table');
    await table.waitFor();
    const button = table.getByRole('button', { name: /^Coca cultivada \(ha\)/ });
    const header = table.locator('thead th', { hasText: 'Coca cultivada (ha)' });
    // td columns: 0 checkbox, 1 province, 2 coca.
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const down = await columnNumbers(table, 2);
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await button.innerText()).toMatch(/▲$/);
    const up = await columnNumbers(table, 2);
    const present = up.filter((v): v is number => v !== null);
    expect(present.length).toBeGreaterThan(10);
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(present[0]).toBeLessThan(present.at(-1) ?? 0);
    // Missing values stay last in both directions.
    expect(up.slice(present.length).every((v) => v === null)).toBe(true);
    expect(present).toEqual(down.filter((v): v is number => v !== null).reverse());
    await page.screenshot({ path: screenshotPath('table-sort-ascending-es.png') });
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');

    // A text column opens A→Z and reverses on the second click.
    const province = table.getByRole('button', { name: /^Provincia/ });
    const provinceHeader = table.locator('thead th', { hasText: 'Provincia' });
    await province.click();
    expect(await provinceHeader.getAttribute('aria-sort')).toBe('ascending');
    const az = await table.locator('tbody tr td:nth-of-type(2)').allInnerTexts();
    await province.click();
    expect(await provinceHeader.getAttribute('aria-sort')).toBe('descending');
    const za = await table.locator('tbody tr td:nth-of-type(2)').allInnerTexts();
    expect(za[0]).toBe(az.at(-1));
    expect((az[0] ?? '').localeCompare(az.at(-1) ?? '', 'es')).toBeLessThan(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
