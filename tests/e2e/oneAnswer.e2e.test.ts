/**
 * Issue 24, "one answer for one question": Vizcatán del Ene in 2016 has no HDI (2019 only), no
 * NBI (2017 only) and no population within the 5-year tolerance (2007, 2017). The district
 * panel, the table, the comparison and the map's tooltip must all say so, in the same words.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();

const VIZCATAN = '120609';
const PANGOA = '120606';
const LABEL_POINT = [-74.24223, -12.17644] as const;

const EXPECTED = {
  es: {
    hdi: 'Sin dato para 2016 · hay datos de 2019',
    nbi_pct: 'Sin dato para 2016 · hay datos de 2017',
    population: 'Sin dato para 2016 · hay datos de 2007 y 2017',
    coca_ha: '2,120 ha (2016)',
    heading: 'Indicadores en 2016',
    table: 'Tabla',
    compare: 'Comparar',
  },
  en: {
    hdi: 'No data for 2016 · data exist for 2019',
    nbi_pct: 'No data for 2016 · data exist for 2017',
    population: 'No data for 2016 · data exist for 2007 and 2017',
    coca_ha: '2,120 ha (2016)',
    heading: 'Indicators in 2016',
    table: 'Table',
    compare: 'Compare',
  },
} as const;
const IDS = ['hdi', 'nbi_pct', 'population', 'coca_ha'] as const;
type Id = (typeof IDS)[number];
type Place = 'panel' | 'tooltip' | 'table' | 'compare';

/** The text a cell gives for the value itself (ranks and caveats are separate elements). */
const valueText = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => (el.firstChild?.textContent ?? '').trim());

for (const lang of ['es', 'en'] as const) {
  const want = EXPECTED[lang];
  describe(`Vizcatán del Ene, 2016, ${lang} (built app, real Chromium)`, () => {
    it('panel, tooltip, table and comparison give the same answer', async () => {
      const { page, consoleErrors } = await openAtlas(
        browser(),
        `${baseUrl}/?lang=${lang}&i=hdi&y=2016&d=${VIZCATAN}&sel=${VIZCATAN},${PANGOA}`,
      );
      const panel = page.locator('.district-panel');
      await panel.locator('.district-indicators').waitFor();
      expect(await panel.locator('#district-indicators-title').innerText()).toBe(want.heading);
      const seen: Record<Place, Partial<Record<Id, string>>> = {
        panel: {},
        tooltip: {},
        table: {},
        compare: {},
      };
      for (const id of IDS) {
        seen.panel[id] = await panel
          .locator(`.district-indicators tr[data-indicator="${id}"] td > span`)
          .innerText();
      }
      await panel.locator('.district-indicators').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`one-answer-panel-${lang}.png`) });
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });

      // The tooltip speaks for the map's layer: switch the layer, keep the year.
      const layerSelect = page.locator('select').first();
      for (const id of IDS) {
        await layerSelect.selectOption(id);
        await page.waitForFunction(() => window.atlasDebug?.idle() === true);
        const text = await hoverText(page, LABEL_POINT);
        expect(text, `tooltip of ${id}`).toContain('Vizcatán del Ene');
        const line = text.split('\n').find((l) => l.includes('2016')) ?? '';
        seen.tooltip[id] = line.slice(line.indexOf(': ') + 2).trim();
      }
      expect(new URL(page.url()).searchParams.get('y')).toBe('2016');

      await page.getByRole('button', { name: want.table, exact: true }).click();
      const row = `.district-table tr[data-ubigeo="${VIZCATAN}"]`;
      await page.locator(row).waitFor();
      for (const id of IDS)
        seen.table[id] = await valueText(page, `${row} td[data-indicator="${id}"]`);

      await page.getByRole('button', { name: new RegExp(`^${want.compare}`) }).click();
      await page.locator('.compare-panel tbody').waitFor();
      // Vizcatán del Ene is the first compared column (the order of the selection).
      for (const id of IDS) {
        seen.compare[id] = await valueText(page, `.compare-panel tr[data-indicator="${id}"] td`);
      }
      await page.screenshot({ path: screenshotPath(`one-answer-compare-${lang}.png`) });

      for (const place of Object.keys(seen) as Place[]) {
        for (const id of IDS) expect(seen[place][id], `${place}: ${id}`).toBe(want[id]);
      }
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  });
}
