import { describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');

const browser = chromiumPerFile();

describe('bad input and failure modes', () => {
  it('broken URL parameters fall back to defaults and the map still opens', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?lang=xx&d=%3Cscript%3E&d2=1`,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a well-formed ubigeo that is not on the map opens no panel and leaves the link', async () => {
    const { page, consoleErrors } = await openAtlas(
      browser(),
      `${baseUrl}/?i=coca&y=2016&v=2&d=999999`,
    );
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('d'));
    expect(new URL(page.url()).searchParams.get('i')).toBe('coca');
    expect(await page.locator('.district-panel').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a missing data file shows an error screen that names the file', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route(/\/districts-[^/]*\.json$/, (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('data/districts.json');
    expect(text).toContain('HTTP 404');
    await context.close();
  });

  it('a data file that fails validation names the file and the field', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route(/\/districts-[^/]*\.json$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { districts: { ubigeo: string }[] };
      const first = body.districts[0];
      if (first) first.ubigeo = '12AB';
      await route.fulfill({ response, json: body });
    });
    await page.goto(baseUrl);
    const text = await page.getByRole('alert').innerText();
    expect(text).toContain('data/districts.json');
    expect(text).toContain('districts.0.ubigeo');
    await context.close();
  });

  it('without WebGL the page says so, and the district list and panel still work', async () => {
    const noWebGL = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page } = await openAtlas(noWebGL, baseUrl, { waitForMap: false });
      await page.getByText('WebGL').waitFor();
      await page.getByRole('searchbox').fill('vizcatan');
      await page.getByRole('button', { name: /Vizcatán del Ene/ }).click();
      expect(await page.getByRole('dialog').innerText()).toContain('120609');
    } finally {
      await noWebGL.close();
    }
  });
});
