/**
 * Layout for every screen: a 1366×768 laptop, a 390×844 phone, 200 % browser zoom and 200 %
 * text size (WCAG 1.4.4), and reduced motion. Screenshots in both languages, to be looked at by a
 * person (shots.ts says where).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const browser = chromiumPerFile();

/**
 * Elements that hide what overflows them (overflow hidden/clip) and do overflow: that content is
 * lost. Scrolling containers are fine (the content is reachable); the map's own internals and the
 * screen-reader-only text are left out.
 */
async function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.maplibregl-map, .sr-only, svg, canvas')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      const clipX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const clipY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (clipX || clipY) {
        const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        out.push(`${name} ${clipX ? 'x' : ''}${clipY ? 'y' : ''}`);
      }
    }
    return out;
  });
}

/**
 * In the one-column layout the controls and district list fold behind a button under the map,
 * closed when the page opens narrow: checks that, opens them, and checks the button says so. On
 * a wide screen the button is hidden and the sidebar open; a page that became narrow after
 * opening wide (text enlarged) keeps it open.
 */
async function openSidebar(
  page: Page,
  lang: 'es' | 'en',
  start: 'wide' | 'closed' | 'open',
): Promise<void> {
  const name =
    lang === 'es' ? 'Capas, filtros y lista de distritos' : 'Layers, filters and district list';
  const toggle = page.getByRole('button', { name });
  const select = page.locator('.layer-controls select').first();
  if (start === 'wide') {
    expect(await toggle.isVisible()).toBe(false);
    expect(await select.isVisible()).toBe(true);
    return;
  }
  expect(await toggle.getAttribute('aria-expanded')).toBe(String(start === 'open'));
  expect(await select.isVisible()).toBe(start === 'open');
  if (start === 'open') return;
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await select.waitFor();
}

/** Share of the map's width that the VRAEM's outline spans on screen (the first fit). */
async function vraemWidthShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = document.querySelector('.map-area')?.getBoundingClientRect();
    const west = window.atlasDebug?.project(-75.14, -12.5);
    const east = window.atlasDebug?.project(-73.02, -12.5);
    return map && west && east ? (east.x - west.x) / map.width : 0;
  });
}

/** The page itself must not scroll sideways. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** A control is usable when it can be scrolled into view and then lies inside the viewport. */
async function reachable(page: Page, selector: string): Promise<boolean> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 1 && box.y < size.height;
}

const SCREENS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

describe.each(['es', 'en'] as const)('layout (%s)', (lang) => {
  it.each(SCREENS)(
    '$name $width×$height: map usable, controls reachable, nothing clipped',
    async ({ name, width, height }) => {
      const query = `i=coca_ha&y=2016${lang === 'en' ? '&lang=en' : ''}`;
      const { page } = await openAtlas(browser(), `${baseUrl}/?${query}`, {
        viewport: { width, height },
      });
      await page.locator('.choropleth-legend').waitFor();
      await page.screenshot({
        path: screenshotPath(`layout-${width}x${height}-${lang}.png`),
      });

      const map = await page.locator('.map-area').boundingBox();
      if (!map) throw new Error('no map area');
      // The first view fits the VRAEM to the map's own size: on a phone it fills most of the
      // width; on a laptop, the room right of the legend (firstView.e2e checks no panel covers it).
      expect(await vraemWidthShare(page)).toBeGreaterThan(name === 'phone' ? 0.6 : 0.25);
      await openSidebar(page, lang, name === 'phone' ? 'closed' : 'wide');
      // The map keeps a useful share of the screen, on the screen.
      expect(map.width).toBeGreaterThanOrEqual(width * 0.9);
      expect(map.height).toBeGreaterThanOrEqual(name === 'phone' ? 300 : height * 0.6);
      expect(map.y).toBeLessThan(height / 3);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // The longest offline status (shown during a first visit, after the first frame) once made
      // a phone page 15 px wider than the screen; show it now, whatever the worker's timing.
      await page.evaluate(() => {
        const status = document.querySelector('.offline-status');
        if (status) status.textContent = 'Guardando el atlas para usarlo sin conexión…';
      });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await clippedElements(page)).toEqual([]);
      for (const selector of [
        '.layer-controls select',
        '.district-list input',
        '.district-list li:last-child button',
        '.choropleth-legend .caveat',
        '.charts-toggle',
        '.table-toggle',
      ])
        expect(await reachable(page, selector), selector).toBe(true);

      // A district panel opened from the list leaves part of the map in sight and closes again.
      await page.locator('.district-list li button').first().click();
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      await page.screenshot({
        path: screenshotPath(`layout-${width}x${height}-${lang}-panel.png`),
      });
      const box = await panel.boundingBox();
      if (!box) throw new Error('no panel');
      expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
      expect(await clippedElements(page)).toEqual([]);
      await panel.getByRole('button', { name: lang === 'es' ? 'Cerrar' : 'Close' }).click();
      await panel.waitFor({ state: 'detached' });
      await page.context().close();
    },
  );
});

describe('200 % text', () => {
  it('200 % browser zoom on a 1366×768 laptop (683×384 CSS pixels at 2×): nothing clipped, all reachable', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016`, {
      viewport: { width: 683, height: 384 },
      deviceScaleFactor: 2,
    });
    await page.locator('.choropleth-legend').waitFor();
    await page.screenshot({ path: screenshotPath('layout-zoom200-es.png') });
    await openSidebar(page, 'es', 'closed');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await clippedElements(page)).toEqual([]);
    for (const selector of ['.layer-controls select', '.district-list li:last-child button'])
      expect(await reachable(page, selector), selector).toBe(true);
    await page.context().close();
  });

  it('200 % default font size at 1366×768: text grows, nothing clipped, the sidebar scrolls', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016&lang=en`, {
      viewport: { width: 1366, height: 768 },
    });
    await page.locator('.choropleth-legend').waitFor();
    const before = await page
      .locator('.layer-controls h2')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // The browser's own default font size setting (what a user with low vision changes), 16 → 32 px.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const after = await page
      .locator('.layer-controls h2')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeCloseTo(before * 2, 0);
    await page.screenshot({ path: screenshotPath('layout-text200-en.png') });
    await openSidebar(page, 'en', 'open');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await clippedElements(page)).toEqual([]);
    for (const selector of [
      '.layer-controls select',
      '.district-list li:last-child button',
      '.choropleth-legend .caveat',
    ])
      expect(await reachable(page, selector), selector).toBe(true);
    await page.context().close();
  });
});
