/**
 * Issue 20 on screen: the figures a policymaker quotes read right where they are shown, in
 * Spanish and English (the data themselves are checked in tests/scripts/dataTruth.test.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { hoverText, openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();

const VILCABAMBA = districtByUbigeo('080909');
const SANTA_ROSA = districtByUbigeo('050507');
const KIMBIRI = districtByUbigeo('080907');

describe('numbers shown for their own year and boundaries (built app, real Chromium)', () => {
  it('coca 2016: the zone share reads 46 % as cited, never "43 %" as the source’s share (es, en)', async () => {
    for (const [lang, cited, printed] of [
      ['es', 'citado por Vera Delzo 2018', 'no se muestra como participación de 2016'],
      ['en', 'cited by Vera Delzo 2018', 'not shown as the 2016 share'],
    ] as const) {
      const { page, consoleErrors } = await openAtlas(
        browser(),
        `${baseUrl}/?i=coca&y=2016&lang=${lang}`,
      );
      const box = page.locator('.coca-context');
      // The cited share, the notes and the source are one click away (the box's headline stays
      // beside the map).
      await box.locator('summary').click();
      await box.locator('.cited-share').waitFor();
      const text = await box.innerText();
      expect(text).toContain('46%');
      expect(text).toContain(cited);
      expect(text).toContain('20,304 / 43,900');
      expect(text).toContain(printed);
      expect(text).not.toMatch(
        /(Porcentaje publicado por la fuente|Share published by the source)/,
      );
      await page.screenshot({ path: screenshotPath(`coca-2016-share-${lang}.png`) });
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }
  });

  it('the slider reaches the zone’s 2024: the district layer says which years it has, the box answers 36,345 ha', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2024`);
    await page.getByTestId('year-value').filter({ hasText: '2024' }).waitFor();
    expect(await page.getByRole('slider').getAttribute('max')).toBe('2024');
    expect(await page.getByTestId('year-note').innerText()).toContain('2012–2020');
    expect(await page.locator('.coca-context').innerText()).toContain('36,345');
    await page.context().close();
  });

  it('comparable population: Vilcabamba’s unit reads 18,807 in 2007 (every member summed)', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=pop&y=2007&cmp=1&lang=es`);
    const text = await hoverText(page, VILCABAMBA.labelPoint);
    expect(text).toContain('Vilcabamba + Inkawasi + Villa Virgen');
    expect(text).toContain('18,807');
    await page.screenshot({ path: screenshotPath('comparable-vilcabamba-es.png') });
    await page.context().close();
  });

  it('comparable coca: Santa Rosa is one unit with San Miguel and Samugari (two-parent lineage)', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2015&cmp=1&lang=en`);
    const text = await hoverText(page, SANTA_ROSA.labelPoint);
    expect(text).toMatch(/San Miguel \+ Santa Rosa \+ Samugari/);
    await page.screenshot({ path: screenshotPath('comparable-santa-rosa-en.png') });
    await page.context().close();
  });

  it('Kimbiri 2022: the population carries "limits changed", naming the districts carved from it', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=pop&y=2022&lang=es`);
    const text = await hoverText(page, KIMBIRI.labelPoint);
    expect(text).toContain('13,885');
    expect(text).toMatch(
      /límites cambiaron después de 2017: parte del territorio pasó a [^;]*Cielo Punco/,
    );
    await page.context().close();
  });
});
