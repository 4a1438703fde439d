import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  colourDistance,
  openAtlas,
  type AtlasPage,
  pixelAt,
  screenPoint,
  waitForMapReady,
  waitForStill,
  wheelZoom,
} from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
// Pichari (La Convención, Cusco): a large VRAEM district with coca and poverty values, near the
// middle of the VRAEM, so it stays on screen in every layout here.
const PICHARI = districtByUbigeo('080910');

const browser = chromiumPerFile();

/** Runs `body`, then closes the context even if it failed (a left-open page slows the rest). */
async function using(atlas: AtlasPage, body: (atlas: AtlasPage) => Promise<void>): Promise<void> {
  try {
    await body(atlas);
  } finally {
    await atlas.page.context().close();
  }
}

/** A slide's view is drawn and stays put (its camera jump and any refit are done). */
const settle = (page: Page) => waitForStill(page);

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

/**
 * Two slides saved from two views, as a user makes them: coca 2020 from the link, then total
 * poverty chosen in the layer menu (no reload).
 */
async function twoSlides(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Presentación/ }).click();
  await saveSlide(page, 'Coca 2020', 'Hectáreas de coca por distrito (UNODC/DEVIDA).');
  await page
    .getByLabel('Colorear distritos por')
    .selectOption({ label: 'Pobreza monetaria total (%)' });
  await page.locator('.legend-dock h2').filter({ hasText: 'Pobreza monetaria total' }).waitFor();
  await saveSlide(page, 'Pobreza', 'Pobreza monetaria total, INEI.');
}

// The panel's code loads when it is first opened: wait for it before reading the list.
const slideTitles = async (page: Page) => {
  await page.getByTestId('briefing-panel').locator('.slide-title').first().waitFor();
  return page
    .getByTestId('briefing-panel')
    .locator('.slide-title')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
};

// The machine these run on is shared and slow: page loads take 10–40 s, so the long flows get
// their own timeouts (never asserted: only a bound so that a hang fails).
const LONG = 480_000;

describe('briefing (built app, real Chromium)', () => {
  it(
    'slides survive a reload; present pages with the keyboard (map and legend change), Esc leaves; the briefing link opens with no storage',
    async () => {
      const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2020&v=2`);
      let link: string | undefined;
      try {
        await twoSlides(page);
        await page.reload();
        await waitForMapReady(page);
        await page.getByRole('button', { name: /^Presentación/ }).click();
        expect(await slideTitles(page)).toEqual(['Coca 2020', 'Pobreza']);

        // A malformed file names the field and loses nothing.
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
        expect(await slideTitles(page)).toEqual(['Coca 2020', 'Pobreza']);

        // "Presentar" on the last slide starts there; Home goes to the first.
        await page
          .getByTestId('briefing-panel')
          .getByRole('button', { name: 'Presentar' })
          .nth(1)
          .click();
        await page.getByTestId('present-counter').filter({ hasText: '2 / 2' }).waitFor();
        await page.keyboard.press('Home');
        await page.getByTestId('present-counter').filter({ hasText: '1 / 2' }).waitFor();
        await settle(page);
        expect(await page.getByTestId('present-title').innerText()).toBe('Coca 2020');
        expect(await legendHeading(page)).toContain('Coca cultivada (ha) · 2020');
        expect(await page.locator('.sidebar').isVisible()).toBe(false);
        const cocaColour = await pichariColour(page);
        await page.screenshot({ path: screenshotPath('briefing-present-es.png') });

        await page.keyboard.press('PageDown');
        await page.getByTestId('present-counter').filter({ hasText: '2 / 2' }).waitFor();
        await settle(page);
        expect(await page.getByTestId('present-title').innerText()).toBe('Pobreza');
        expect(await legendHeading(page)).toContain('Pobreza monetaria total (%)');
        expect(await page.getByText('Pobreza monetaria total, INEI.').isVisible()).toBe(true);
        const povertyColour = await pichariColour(page);
        expect(colourDistance(cocaColour, povertyColour)).toBeGreaterThan(30);

        await page.keyboard.press('PageUp');
        await page.getByTestId('present-counter').filter({ hasText: '1 / 2' }).waitFor();
        await page.keyboard.press('ArrowRight');
        await page.getByTestId('present-counter').filter({ hasText: '2 / 2' }).waitFor();
        await page.keyboard.press('ArrowRight'); // past the end: stays
        expect(await page.getByTestId('present-counter').innerText()).toBe('2 / 2');

        await page.keyboard.press('Escape');
        await page.getByTestId('present-counter').waitFor({ state: 'detached' });
        expect(await page.locator('.sidebar').isVisible()).toBe(true);
        expect(
          await page.evaluate(() => document.documentElement.classList.contains('presenting')),
        ).toBe(false);

        // English: the slide's words stay, the app's words and the legend change.
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
        await page.screenshot({ path: screenshotPath('briefing-present-en.png') });
        await page.keyboard.press('Escape');

        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.getByRole('button', { name: 'Copy briefing link' }).click();
        await page.getByText(/Link copied \(\d+ characters\)/).waitFor();
        link = await page.evaluate(() => navigator.clipboard.readText());
        expect(link).toMatch(/#briefing=[A-Za-z0-9_-]+$/);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }

      if (link === undefined) throw new Error('no briefing link was copied');
      const fresh = await openAtlas(browser(), link);
      try {
        const panel = fresh.page.getByTestId('briefing-panel');
        await panel.getByText('Presentación abierta desde un enlace').waitFor();
        expect(await slideTitles(fresh.page)).toEqual(['Coca 2020', 'Pobreza']);
        // Opening the link wrote nothing to this browser's storage.
        expect(
          await fresh.page.evaluate(() => localStorage.getItem('atlas-vraem.briefing')),
        ).toBeNull();
        await panel.getByRole('button', { name: 'Presentar' }).nth(1).click({ timeout: 90_000 });
        await fresh.page.getByTestId('present-counter').filter({ hasText: '2 / 2' }).waitFor();
        expect(await legendHeading(fresh.page)).toContain('Pobreza monetaria total (%)');
        expect(fresh.consoleErrors).toEqual([]);
      } finally {
        await fresh.page.context().close();
      }
    },
    LONG,
  );

  it(
    'a permalink with a viewport hash reopens the same view; panning adds no history',
    async () => {
      let url = '';
      let before = { x: 0, y: 0 };
      const first = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2020&v=2`);
      await using(first, async ({ page }) => {
        const entries = await page.evaluate(() => window.history.length);
        // Over the map, right of the legend. The zoom ends in a 'moveend' that rewrites the hash:
        // the link is read once the hash has changed and the map is still.
        await wheelZoom(page, { x: 1000, y: 300 }, -400);
        expect(new URL(page.url()).hash).toMatch(/^#map=/);
        url = page.url();
        before = await screenPoint(page, PICHARI.labelPoint);
        expect(await page.evaluate(() => window.history.length)).toBe(entries);
      });

      const again = await openAtlas(browser(), url);
      await using(again, async ({ page }) => {
        expect(new URL(page.url()).hash).toBe(new URL(url).hash);
        const after = await screenPoint(page, PICHARI.labelPoint);
        expect(Math.abs(after.x - before.x)).toBeLessThan(3);
        expect(Math.abs(after.y - before.y)).toBeLessThan(3);
        expect(await legendHeading(page)).toContain('Coca cultivada (ha) · 2020');
      });
    },
    LONG,
  );

  it(
    'print layout: map, legend, title, chart and sources shown; controls hidden',
    async () => {
      const atlas = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2020&ch=1&sel=080910&v=2`);
      await using(atlas, async ({ page }) => {
        await page.locator('.chart-card').first().waitFor();
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await page.emulateMedia({ media: 'print' });
        const visible = (selector: string) => page.locator(selector).first().isVisible();
        expect(await page.locator('.print-header h2').innerText()).toBe(
          'Coca cultivada (ha) · 2020',
        );
        expect(await page.getByTestId('print-footer').innerText()).toMatch(
          /^Fuente: DEVIDA\/UNODC vía Quispe et al\. 2022 \(datos de 2020\)\s+Atlas VRAEM/,
        );
        for (const shown of [
          '.print-map',
          '.legend-dock .legend',
          '.chart-card',
          '.app-header h1',
        ]) {
          expect(await visible(shown), shown).toBe(true);
        }
        for (const hidden of [
          '.sidebar',
          '.briefing-bar',
          '.view-toggles',
          '.maplibregl-ctrl',
          '.header-actions',
        ]) {
          expect(await visible(hidden), hidden).toBe(false);
        }
        await page.screenshot({ path: screenshotPath('briefing-print.png'), fullPage: true });
        const pdf = await page.pdf({ format: 'A4', landscape: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      });
    },
    LONG,
  );

  it(
    'large text is remembered and the app fits a 1366×768 laptop',
    async () => {
      const atlas = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2020&v=2`, {
        viewport: { width: 1366, height: 768 },
      });
      await using(atlas, async ({ page }) => {
        await page.getByRole('button', { name: 'Texto grande' }).click();
        await page.reload();
        await waitForMapReady(page);
        const rootSize = await page.evaluate(
          () => getComputedStyle(document.documentElement).fontSize,
        );
        expect(rootSize).toBe('20px');
        // Nothing spills past the window; the toolbar leaves the view buttons free.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          1366,
        );
        const bar = await page.locator('.briefing-bar').boundingBox();
        const toggles = await page.locator('.view-toggles').boundingBox();
        if (!bar || !toggles) throw new Error('toolbar missing');
        expect(bar.x + bar.width).toBeLessThan(toggles.x);
        await page.screenshot({ path: screenshotPath('briefing-large-text-1366.png') });
      });
    },
    LONG,
  );
  it(
    'a slide saved without a title presents with what its map shows',
    async () => {
      const atlas = await openAtlas(browser(), `${baseUrl}/?i=coca&y=2020&v=2`);
      await using(atlas, async ({ page }) => {
        await page.getByRole('button', { name: /^Presentación/ }).click();
        const panel = page.getByTestId('briefing-panel');
        await panel.getByLabel('Nota (pie de la lámina)').fill('Sin título.');
        await panel.getByRole('button', { name: 'Guardar vista como lámina' }).click();
        await panel.locator('.slide-list li').first().waitFor();
        await panel.getByRole('button', { name: 'Presentar' }).first().click();
        await page.getByTestId('present-counter').filter({ hasText: '1 / 1' }).waitFor();
        // The image's title for the map on screen, never an empty bar on the projector.
        expect(await page.getByTestId('present-title').innerText()).toBe(
          'Coca cultivada (ha) · 2020',
        );
        await page.keyboard.press('Escape');
        expect(atlas.consoleErrors).toEqual([]);
      });
    },
    LONG,
  );
});
