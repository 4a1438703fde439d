/**
 * Source lines a person puts in front of others: a slide, the map PNG, a chart's PNG and the
 * scatter carry the short citation in the interface language (publisher, title, year), never the
 * transcription notes ("as transcribed in … commit …"); the full reference stays one click away.
 * The words drawn into an exported PNG are read where they are drawn (the canvas's fillText),
 * since an image has no text to query. Screenshots at 1366×768 and 1440×900, es and en, plain
 * and "Texto grande".
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, waitForMapReady } from './atlasPage';
import { chromiumPerFile } from './browser';
import { drawnOnCanvas, recordCanvasText } from './canvasText';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const LONG = 300_000;
const PROVENANCE = /as transcribed|commit|copy in|github|xgboost/i;

const CASES = [
  {
    lang: 'es',
    large: false,
    viewport: { width: 1366, height: 768 },
    citation: 'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
  },
  {
    lang: 'es',
    large: true,
    viewport: { width: 1440, height: 900 },
    citation: 'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
  },
  {
    lang: 'en',
    large: false,
    viewport: { width: 1440, height: 900 },
    citation: 'Source: DEVIDA/UNODC via Quispe et al. 2022 (2016 data)',
  },
  {
    lang: 'en',
    large: true,
    viewport: { width: 1366, height: 768 },
    citation: 'Source: DEVIDA/UNODC via Quispe et al. 2022 (2016 data)',
  },
] as const;

const drawnText = async (page: Page) => (await drawnOnCanvas(page)).map((d) => d.text).join('\n');

describe('short citations on slides and images (built app, real Chromium)', () => {
  it.each(CASES)(
    'coca 2016 ($lang, $viewport.width×$viewport.height, large text $large): the slide and the map PNG cite DEVIDA in short',
    async ({ lang, large, viewport, citation }) => {
      const query = `i=coca&y=2016${lang === 'en' ? '&lang=en' : ''}`;
      const { page, consoleErrors } = await openAtlas(browser(), `${baseUrl}/?${query}`, {
        viewport,
      });
      const tag = `${lang}-${viewport.width}${large ? '-large' : ''}`;
      try {
        if (large) {
          await page
            .getByRole('button', { name: lang === 'es' ? 'Texto grande' : 'Large text' })
            .click();
          await page.reload();
          await waitForMapReady(page);
        }
        // The zone/Peru box under the legend: its short source in sight, the full one folded.
        const box = page.locator('.coca-context');
        await box.waitFor();
        expect(await box.locator('.coca-source').innerText()).toBe(
          lang === 'es' ? 'Fuente: UNODC (datos de 2016)' : 'Source: UNODC (2016 data)',
        );
        expect(await box.locator('.coca-source').innerText()).not.toMatch(PROVENANCE);

        // The map PNG: its footer is the short citation.
        await page.waitForFunction(() => window.atlasDebug?.idle() === true);
        await recordCanvasText(page);
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: lang === 'es' ? 'PNG del mapa' : 'Map PNG' }).click(),
        ]);
        await file.saveAs(screenshotPath(`source-map-${tag}.png`));
        const drawn = await drawnText(page);
        expect(drawn).toContain(citation);
        expect(drawn).not.toMatch(PROVENANCE);

        // A slide of this view, presented: the same short line, the full reference on hover.
        await page
          .getByRole('button', { name: lang === 'es' ? /^Presentación/ : /^Briefing/ })
          .click();
        const panel = page.getByTestId('briefing-panel');
        await panel.locator('.briefing-save button[type="submit"]').click();
        await panel
          .getByRole('button', { name: lang === 'es' ? 'Presentar' : 'Present' })
          .first()
          .click();
        const line = page.locator('.present-sources').first();
        await line.waitFor();
        await page.waitForFunction(() => window.atlasDebug?.idle() === true);
        await page.screenshot({ path: screenshotPath(`present-source-${tag}.png`) });
        expect(await page.locator('.present-sources').allInnerTexts()).toEqual([citation]);
        expect(await line.getAttribute('title')).toMatch(/04b3706/);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );

  it.each(['es', 'en'] as const)(
    'chart and scatter cards (%s): short source lines, full references folded, the chart PNG carries the short line',
    async (lang) => {
      const { page, consoleErrors } = await openAtlas(
        browser(),
        `${baseUrl}/?lang=${lang}&i=bivariate&bx=coca&by=pov&y=2018`,
        { viewport: { width: 1440, height: 900 } },
      );
      try {
        const scatter = page.getByTestId('scatter-panel');
        await scatter.locator('svg[data-chart="scatter"] circle').first().waitFor();
        const footer = await scatter.locator('.chart-footer p').first().innerText();
        expect(footer).toBe(
          lang === 'es'
            ? 'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2018); INEI, Mapa de Pobreza Monetaria 2018'
            : 'Source: DEVIDA/UNODC via Quispe et al. 2022 (2018 data); INEI, Mapa de Pobreza Monetaria 2018',
        );
        // The full references: folded, one click away.
        const references = scatter.locator('.chart-references');
        expect(await references.locator('p').first().isVisible()).toBe(false);
        await references.locator('summary').click();
        expect(await references.innerText()).toMatch(/Coca_ha/);
        await page.screenshot({ path: screenshotPath(`source-scatter-${lang}.png`) });
        // The scatter's PNG: drawn from its SVG with the short footer (the SVG's own text).
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          scatter.getByRole('button', { name: 'SVG' }).click(),
        ]);
        const svg = readFileSync((await file.path()) as string, 'utf8');
        expect(svg).toContain(lang === 'es' ? 'Fuente: DEVIDA/UNODC' : 'Source: DEVIDA/UNODC');
        expect(svg).not.toMatch(PROVENANCE);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );
});
