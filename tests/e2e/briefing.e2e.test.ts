import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { colourDistance, openAtlas, pixelAt, screenPoint, waitForMapReady } from './atlasPage';
import { launchChromium } from './chromium';
import { districtByUbigeo } from './fixtures';

const baseUrl = inject('baseUrl');
const SHOTS = resolve(__dirname, 'screenshots');
// Pichari (La Convención, Cusco): a large VRAEM district with coca and poverty values, near the
// middle of the VRAEM, so it stays on screen in every layout here.
const PICHARI = districtByUbigeo('080910');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlasDebug?.idle() === true);
  await page.waitForTimeout(300);
}

async function saveSlide(page: Page, title: string, note: string): Promise<void> {
  const panel = page.getByTestId('briefing-panel');
  await panel.getByLabel('Título de la lámina').first().fill(title);
  await panel.getByLabel('Nota (pie de la lámina)').fill(note);
  await panel.getByRole('button', { name: 'Guardar vista como lámina' }).click();
  await panel
    .locator('.slide-list li')
    .filter({ has: page.locator(`input[value="${title}"]`) })
    .waitFor();
}

async function pichariColour(page: Page) {
  const p = await screenPoint(page, PICHARI.labelPoint);
  return pixelAt(page, p.x + 6, p.y + 6);
}

async function legendHeading(page: Page): Promise<string> {
  return page.locator('.legend-dock h2').first().innerText();
}

/** Two slides (coca 2020, total poverty 2018) saved from two views, as a user would. */
async function twoSlides(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/?i=coca&y=2020&v=2`);
  await waitForMapReady(page);
  await page.getByRole('button', { name: /^Presentación/ }).click();
  await saveSlide(page, 'Coca 2020', 'Hectáreas de coca por distrito (UNODC/DEVIDA).');
  await page.goto(`${baseUrl}/?i=pov&y=2018&v=2`);
  await waitForMapReady(page);
  await page.getByRole('button', { name: /^Presentación/ }).click();
  await saveSlide(page, 'Pobreza 2018', 'Pobreza monetaria total, INEI.');
}

describe('briefing (built app, real Chromium)', () => {
  it('slides survive a reload; present mode pages with PageDown/ArrowRight and Esc leaves', async () => {
    const { page, consoleErrors } = await openAtlas(browser, `${baseUrl}/`);
    await twoSlides(page);
    await page.reload();
    await waitForMapReady(page);
    await page.getByRole('button', { name: /^Presentación/ }).click();
    const list = page.getByTestId('briefing-panel').locator('.slide-list li');
    expect(await list.count()).toBe(2);
    expect(
      await list
        .locator('.slide-title')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['Coca 2020', 'Pobreza 2018']);

    await page
      .getByTestId('briefing-panel')
      .getByRole('button', { name: 'Presentar' })
      .last()
      .click();
    // "Presentar" on the last slide starts there; Home goes to the first.
    await page.keyboard.press('Home');
    await page.getByTestId('present-counter').filter({ hasText: '1 / 2' }).waitFor();
    await settle(page);
    expect(await page.getByTestId('present-title').innerText()).toBe('Coca 2020');
    expect(await legendHeading(page)).toContain('Coca cultivada (ha) · 2020');
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    const cocaColour = await pichariColour(page);
    await page.screenshot({ path: `${SHOTS}/briefing-present-es.png` });

    await page.keyboard.press('PageDown');
    await page.getByTestId('present-counter').filter({ hasText: '2 / 2' }).waitFor();
    await settle(page);
    expect(await page.getByTestId('present-title').innerText()).toBe('Pobreza 2018');
    expect(await legendHeading(page)).toContain('Pobreza monetaria total (%) · 2018');
    expect(await page.getByText('Pobreza monetaria total, INEI.').isVisible()).toBe(true);
    const povertyColour = await pichariColour(page);
    expect(colourDistance(cocaColour, povertyColour)).toBeGreaterThan(30);

    await page.keyboard.press('PageUp');
    await page.getByTestId('present-counter').filter({ hasText: '1 / 2' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('present-counter').filter({ hasText: '2 / 2' }).waitFor();
    // Past the end stays on the last slide.
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('present-counter').innerText()).toBe('2 / 2');

    await page.keyboard.press('Escape');
    await page.getByTestId('present-counter').waitFor({ state: 'detached' });
    expect(await page.locator('.sidebar').isVisible()).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.classList.contains('presenting')),
    ).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('present mode in English keeps the slide words and shows an English legend', async () => {
    const { page } = await openAtlas(browser, `${baseUrl}/`);
    await twoSlides(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByTestId('briefing-panel')
      .getByRole('button', { name: 'Present' })
      .first()
      .click();
    await page.getByTestId('present-counter').filter({ hasText: '1 / 2' }).waitFor();
    await settle(page);
    expect(await legendHeading(page)).toContain('Coca cultivation (ha) · 2020');
    expect(await page.getByText('Esc: exit').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/briefing-present-en.png` });
    await page.context().close();
  });

  it('a briefing link opens its slides in a fresh browser with no storage', async () => {
    const first = await openAtlas(browser, `${baseUrl}/`);
    await twoSlides(first.page);
    await first.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await first.page.getByRole('button', { name: 'Copiar enlace de la presentación' }).click();
    await first.page.getByText(/Enlace copiado \(\d+ caracteres\)/).waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#briefing=[A-Za-z0-9_-]+$/);
    await first.page.context().close();

    const { page, consoleErrors } = await openAtlas(browser, link);
    const panel = page.getByTestId('briefing-panel');
    await panel.getByText('Presentación abierta desde un enlace').waitFor();
    expect(
      await panel
        .locator('.slide-title')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['Coca 2020', 'Pobreza 2018']);
    // Nothing was written to this browser's storage by opening the link.
    expect(await page.evaluate(() => localStorage.getItem('atlas-vraem.briefing'))).toBeNull();
    await panel.getByRole('button', { name: 'Presentar' }).first().click();
    expect(await page.getByTestId('present-title').innerText()).toBe('Coca 2020');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a malformed JSON import names the field and keeps the slides', async () => {
    const { page } = await openAtlas(browser, `${baseUrl}/`);
    await twoSlides(page);
    await page.getByTestId('briefing-import').setInputFiles({
      name: 'roto.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          version: 1,
          title: 'x',
          slides: [{ id: 's1', title: 7, note: '', view: { query: '', hash: '' } }],
        }),
      ),
    });
    await page
      .getByText('El archivo «roto.json» no es una presentación válida: slides[0].title')
      .waitFor();
    expect(await page.getByTestId('briefing-panel').locator('.slide-list li').count()).toBe(2);
    await page.context().close();
  });

  it('map PNG export downloads an image twice the map size, with the map drawn in it', async () => {
    const { page, consoleErrors } = await openAtlas(browser, `${baseUrl}/?i=coca&y=2020&v=2`);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG del mapa' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^coca-cultivada-ha-2020\.png$/);
    const png = PNG.sync.read(readFileSync((await download.path()) as string));
    expect(png.width).toBe(Math.round(box.width) * 2);
    expect(png.height).toBe(Math.round(box.height) * 2);
    // Pichari's pixel in the image has the colour it has on screen (the WebGL pixels were read).
    const p = await screenPoint(page, PICHARI.labelPoint);
    const onScreen = await pixelAt(page, p.x + 6, p.y + 6);
    const at = (Math.round(p.y - box.y + 6) * 2 * png.width + Math.round(p.x - box.x + 6) * 2) * 4;
    const inImage = { r: png.data[at] ?? 0, g: png.data[at + 1] ?? 0, b: png.data[at + 2] ?? 0 };
    expect(colourDistance(onScreen, inImage)).toBeLessThan(20);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a permalink with a viewport hash reopens the same view', async () => {
    const { page } = await openAtlas(browser, `${baseUrl}/?i=coca&y=2020&v=2`);
    // Over the map, right of the legend.
    await page.mouse.move(1000, 300);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => /^#map=/.test(window.location.hash));
    await settle(page);
    const url = page.url();
    const hash = new URL(url).hash;
    const before = await screenPoint(page, PICHARI.labelPoint);
    // Panning made no history entries.
    expect(await page.evaluate(() => window.history.length)).toBe(1);
    await page.context().close();

    const again = await openAtlas(browser, url);
    expect(new URL(again.page.url()).hash).toBe(hash);
    const after = await screenPoint(again.page, PICHARI.labelPoint);
    expect(Math.abs(after.x - before.x)).toBeLessThan(3);
    expect(Math.abs(after.y - before.y)).toBeLessThan(3);
    expect(await legendHeading(again.page)).toContain('Coca cultivada (ha) · 2020');
    await again.page.context().close();
  });

  it('print layout: map, legend, title and sources shown; controls hidden', async () => {
    const { page } = await openAtlas(browser, `${baseUrl}/?i=coca&y=2020&ch=1&sel=080910&v=2`);
    await page.locator('.chart-card').first().waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.print-header')).toBe(true);
    expect(await page.locator('.print-header h2').innerText()).toBe('Coca cultivada (ha) · 2020');
    expect(await page.getByTestId('print-footer').innerText()).toMatch(/Fuente: .+\s+Datos de: 2020/);
    expect(await visible('.print-map')).toBe(true);
    expect(await visible('.legend-dock .legend')).toBe(true);
    expect(await visible('.chart-card')).toBe(true);
    for (const hidden of [
      '.sidebar',
      '.briefing-bar',
      '.charts-toggle',
      '.maplibregl-ctrl',
      '.header-actions',
    ]) {
      expect(await visible(hidden), hidden).toBe(false);
    }
    await page.screenshot({ path: `${SHOTS}/briefing-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('large text is remembered and the app fits a 1366×768 laptop', async () => {
    const { page } = await openAtlas(browser, `${baseUrl}/?i=coca&y=2020&v=2`, {
      viewport: { width: 1366, height: 768 },
    });
    await page.getByRole('button', { name: 'Texto grande' }).click();
    await page.reload();
    await waitForMapReady(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '20px',
    );
    // Nothing spills past the window, and the toolbar does not cover the chart/table buttons.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1366);
    const bar = await page.locator('.briefing-bar').boundingBox();
    const table = await page.locator('.table-toggle').boundingBox();
    if (!bar || !table) throw new Error('toolbar missing');
    expect(bar.x + bar.width).toBeLessThan(table.x);
    await page.screenshot({ path: `${SHOTS}/briefing-large-text-1366.png` });
    await page.context().close();
  });
});
