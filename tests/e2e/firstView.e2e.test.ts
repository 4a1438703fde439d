/**
 * The first view a policymaker gets, on the laptops they have (1366×768, 1440×900), in Spanish and
 * English, with plain and large text ("Texto grande", remembered), charts closed and open: the
 * whole VRAEM (its bounding box) is on the map and under no panel, and the panels show all they
 * hold — the legend and the zone/Peru box without scrolling, every chart and the decree timeline
 * in the chart column without being cut at its side. Screenshots for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, waitForMapReady, waitForStill } from './atlasPage';
import { chromiumPerFile } from './browser';
import { ALL_DISTRICTS } from './fixtures';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');
const browser = chromiumPerFile();
const LONG = 240_000;

const VRAEM = ALL_DISTRICTS.filter((d) => d.vraem);
const BBOX = [
  Math.min(...VRAEM.map((d) => d.bbox[0])),
  Math.min(...VRAEM.map((d) => d.bbox[1])),
  Math.max(...VRAEM.map((d) => d.bbox[2])),
  Math.max(...VRAEM.map((d) => d.bbox[3])),
] as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  name: string;
}

/** The VRAEM's bounding box on screen (page pixels). */
async function vraemOnScreen(page: Page): Promise<Box> {
  return page.evaluate((b) => {
    const sw = window.atlasDebug?.project(b[0], b[1]);
    const ne = window.atlasDebug?.project(b[2], b[3]);
    if (!sw || !ne) throw new Error('no atlasDebug');
    return { left: sw.x, top: ne.y, right: ne.x, bottom: sw.y, name: 'VRAEM' };
  }, BBOX);
}

const PANELS = [
  '.sidebar',
  '.legend-dock',
  '.chart-panel',
  '.view-toggles',
  '.briefing-bar',
  '.maplibregl-ctrl-top-right',
  '.map-hint',
  '.key-figures',
];

async function panelBoxes(page: Page): Promise<Box[]> {
  return page.evaluate((selectors) => {
    const out: { left: number; top: number; right: number; bottom: number; name: string }[] = [];
    for (const selector of selectors) {
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden')
          out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, name: selector });
      }
    }
    return out;
  }, PANELS);
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
  );
}

/** Content a panel hides: more to see than it shows, by scrolling or not at all. */
async function hiddenContent(page: Page, selector: string, axis: 'x' | 'y' | 'both') {
  return page.evaluate(
    ({ selector, axis }) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const x = el.scrollWidth - el.clientWidth;
      const y = el.scrollHeight - el.clientHeight;
      return axis === 'x' ? x : axis === 'y' ? y : Math.max(x, y);
    },
    { selector, axis },
  );
}

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
] as const;
const CASES = SCREENS.flatMap((screen) =>
  (['es', 'en'] as const).flatMap((lang) =>
    ([false, true] as const).flatMap((large) =>
      ([false, true] as const).map((charts) => ({ ...screen, lang, large, charts })),
    ),
  ),
);

describe('first view', () => {
  it.each(CASES)(
    '$width×$height $lang large=$large charts=$charts: VRAEM under no panel, panels whole',
    async ({ width, height, lang, large, charts }) => {
      const query = `i=coca&y=2016${charts ? '&ch=1&sel=080910' : ''}${lang === 'en' ? '&lang=en' : ''}`;
      const { page } = await openAtlas(browser(), `${baseUrl}/?${query}`, {
        viewport: { width, height },
      });
      try {
        if (large) {
          await page
            .getByRole('button', { name: lang === 'es' ? 'Texto grande' : 'Large text' })
            .click();
          // The panels grew: the map refits to them and writes that camera to the hash, which
          // the reload keeps (a reload before it would restore the plain-text camera).
          await waitForStill(page);
          await page.reload();
          await waitForMapReady(page);
        }
        await page.locator('.coca-context').waitFor();
        if (charts) await page.locator('.timeline-list').waitFor();
        // The fit follows the panels' size a frame after they settle.
        await waitForStill(page);
        const name = `first-view-${width}x${height}-${lang}${large ? '-large' : ''}${charts ? '-charts' : ''}.png`;
        await page.screenshot({ path: screenshotPath(name) });

        const vraem = await vraemOnScreen(page);
        const map = await page.locator('.map-area').boundingBox();
        if (!map) throw new Error('no map');
        // The whole VRAEM is on the map...
        expect(vraem.left).toBeGreaterThanOrEqual(map.x);
        expect(vraem.right).toBeLessThanOrEqual(map.x + map.width);
        expect(vraem.top).toBeGreaterThanOrEqual(map.y);
        expect(vraem.bottom).toBeLessThanOrEqual(map.y + map.height);
        // ...under no panel...
        const covering = (await panelBoxes(page)).filter((p) => overlaps(p, vraem));
        expect(covering.map((p) => p.name)).toEqual([]);
        // ...and big enough to read (a quarter of the map's height at least).
        expect(vraem.bottom - vraem.top).toBeGreaterThan(map.height * 0.25);

        // The legend and the zone/Peru box show whole, without scrolling.
        expect(await hiddenContent(page, '.legend-dock', 'both')).toBeLessThanOrEqual(1);
        // The two button rows over the map do not run into each other (the briefing row once
        // covered 'Tabla' at 1366 px with large text and the charts open).
        const briefingBar = await page.locator('.briefing-bar').boundingBox();
        const toggles = await page.locator('.view-toggles').boundingBox();
        if (!briefingBar || !toggles) throw new Error('no toolbar');
        const rowsMeet =
          briefingBar.x + briefingBar.width > toggles.x &&
          briefingBar.y < toggles.y + toggles.height &&
          toggles.y < briefingBar.y + briefingBar.height;
        expect(rowsMeet).toBe(false);
        if (charts) {
          // The chart column is never cut at its side; down, it scrolls, and each chart and the
          // timeline lie wholly inside its width.
          expect(await hiddenContent(page, '.chart-panel', 'x')).toBeLessThanOrEqual(1);
          const panel = await page.locator('.chart-panel').boundingBox();
          if (!panel) throw new Error('no chart panel');
          for (const part of ['.chart-card >> nth=0', '.chart-card >> nth=1', '.timeline-list']) {
            const box = await page.locator(`.chart-panel ${part}`).boundingBox();
            if (!box) throw new Error(`no ${part} in the chart column`);
            expect(box.x, part).toBeGreaterThanOrEqual(panel.x);
            expect(box.x + box.width, part).toBeLessThanOrEqual(panel.x + panel.width + 1);
          }
          // The heading that takes focus when the column opens shows no ring.
          const outline = await page
            .locator('#chart-panel-title')
            .evaluate((el) => getComputedStyle(el).outlineStyle);
          expect(outline).toBe('none');
        }
      } finally {
        await page.context().close();
      }
    },
    LONG,
  );
});
