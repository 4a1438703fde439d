import { describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { ALL_DISTRICTS } from './fixtures';

const baseUrl = inject('baseUrl');
const ALPHABETICAL = ALL_DISTRICTS.filter((d) => d.vraem).sort((a, b) =>
  a.name.localeCompare(b.name, 'es'),
);

const browser = chromiumPerFile();

describe('the map without a mouse', () => {
  it('arrows walk the VRAEM districts and announce name, value and rank; Enter opens; Esc closes', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016`);
    await page
      .getByRole('region', { name: 'Mapa de los distritos del VRAEM y su entorno' })
      .focus();
    await page.keyboard.press('ArrowRight');
    const announcement = page.getByTestId('map-announcement');
    const first = ALPHABETICAL[0];
    const second = ALPHABETICAL[1];
    const last = ALPHABETICAL.at(-1);
    if (!first || !second || !last) throw new Error('fixture');
    expect(await announcement.innerText()).toContain(
      `${first.name}, ${first.province}, ${first.department}.`,
    );
    await page.keyboard.press('ArrowRight');
    expect(await announcement.innerText()).toContain(second.name);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await announcement.innerText()).toContain(last.name);

    // Back to the start, then to Anchihuay (4th alphabetically), which had coca in 2016.
    await page.keyboard.press('ArrowRight');
    const target = ALPHABETICAL.findIndex((d) => d.name === 'Anchihuay');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
    const text = await announcement.innerText();
    expect(text).toMatch(
      /^Anchihuay, La Mar, Ayacucho\. Coca cultivada \(ha\): 319 ha \(2016\)\. Puesto \d+ de \d+ distritos del VRAEM con dato\.$/,
    );

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Anchihuay');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it("MapLibre's canvas, transparent over the drawn map, still takes Tab, shows a ring and pans with arrows", async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    const region = page.getByRole('region', {
      name: 'Mapa de los distritos del VRAEM y su entorno',
    });
    await region.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Mapa interactivo',
    );
    const ring = await region.evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toBe('solid 3px');
    const before = await page.evaluate(() => window.atlasDebug?.project(-74, -12.5));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.atlasDebug?.idle() === true);
    const after = await page.evaluate(() => window.atlasDebug?.project(-74, -12.5));
    // The camera moved east: the same place is now further left on screen.
    expect((after?.x ?? 0) - (before?.x ?? 0)).toBeLessThan(-20);
    await page.context().close();
  });
});
