/**
 * Offline use: after one visit the service worker holds every file of the build, and the atlas
 * opens and works with the browser context offline (map pixels, a district panel, a layer that
 * needs a theme data file, the lazily loaded charts). Also: no CSP violation with the service
 * worker in control, and a new version waits for the user instead of cutting a session short.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { COLORS } from '../../src/map/palette';
import {
  colourDistance,
  openAtlas,
  pixelAt,
  screenPoint,
  waitForIdle,
  waitForMapReady,
} from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';

const baseUrl = inject('baseUrl');
const DIST = resolve(__dirname, '../../dist');
const PICHARI = districtByUbigeo('080910');
const SW_FILE = join(DIST, 'sw.js');
// Two to three full map loads per test under software WebGL on a shared 2-core machine.
const SLOW = { timeout: 300_000 };

/** Every file the build emitted except the service worker itself: all must be precached. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtFiles(path);
    const file = relative(DIST, path);
    return file === 'sw.js' ? [] : [file];
  });
}

/** Waits until a service worker is active (it has precached) and then controls this page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.getByText('Disponible sin conexión').waitFor({ timeout: 60_000 });
}

async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname.slice(1));
    }
    return paths;
  });
}

async function colourAtPichari(page: Page) {
  await waitForIdle(page);
  const p = await screenPoint(page, PICHARI.labelPoint);
  return pixelAt(page, p.x, p.y);
}

function hex(css: string) {
  return {
    r: parseInt(css.slice(1, 3), 16),
    g: parseInt(css.slice(3, 5), 16),
    b: parseInt(css.slice(5, 7), 16),
  };
}

const browser = chromiumPerFile();

describe('offline use (built app, service worker, real Chromium)', () => {
  it(
    'after one visit, every built file is cached and the map works with the network off',
    SLOW,
    async () => {
      const { page, consoleErrors, cspViolations } = await openAtlas(browser(), baseUrl);
      const context: BrowserContext = page.context();
      await waitForOfflineReady(page);
      const cached = await cachedPaths(page);
      const files = builtFiles();
      expect(files.some((f) => /maplibre-gl-worker-.*\.js$/.test(f))).toBe(true);
      expect(files.some((f) => /ChartPanel-.*\.js$/.test(f))).toBe(true);
      expect(files.filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(8);
      expect(files.filter((f) => !cached.includes(f))).toEqual([]);

      await context.setOffline(true);
      // The network really is gone: a file the service worker does not hold cannot be fetched.
      // (That failed request is the one console error expected here; it is checked and cleared.)
      expect(
        await page.evaluate(() =>
          fetch(`/not-cached-${Date.now()}.txt`).then(
            () => 'fetched',
            () => 'network error',
          ),
        ),
      ).toBe('network error');
      await expect
        .poll(() => consoleErrors)
        .toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
      consoleErrors.length = 0;
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      await page.reload();
      await waitForMapReady(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.getByText('Disponible sin conexión').waitFor();

      // The districts are drawn: Pichari in the VRAEM fill, not the blank page colour.
      const vraem = await colourAtPichari(page);
      expect(colourDistance(vraem, hex('#ffffff'))).toBeGreaterThan(30);
      expect(colourDistance(vraem, hex(COLORS.peruLand))).toBeGreaterThan(15);

      // A theme layer (indicators.json) recolours the map.
      const layers = page.getByRole('combobox', { name: 'Colorear distritos por' });
      await page.waitForFunction(() => !document.querySelector('select[disabled]'));
      await layers.selectOption('coca_ha');
      expect(colourDistance(await colourAtPichari(page), vraem)).toBeGreaterThan(60);

      // A district panel, with its indicators.
      const p = await screenPoint(page, PICHARI.labelPoint);
      await page.mouse.click(p.x, p.y);
      const panel = page.getByRole('dialog');
      await panel.waitFor();
      expect(await panel.innerText()).toContain('080910');

      // The charts: a lazily loaded chunk (recharts) that the first visit never opened.
      await page.getByRole('button', { name: 'Gráficos' }).click();
      await page.locator('.chart-card svg').first().waitFor({ timeout: 30_000 });

      expect(failed).toEqual([]);
      expect(await cspViolations()).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it(
    'with the service worker in control, the charts and table raise no CSP violation',
    SLOW,
    async () => {
      const { page, consoleErrors, cspViolations, foreignRequests } = await openAtlas(
        browser(),
        `${baseUrl}/?lang=en`,
      );
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.getByText('Available offline').waitFor({ timeout: 60_000 });
      await page.reload();
      await waitForMapReady(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
        `${baseUrl}/sw.js`,
      );
      await page.getByRole('button', { name: 'Charts' }).click();
      await page.getByRole('button', { name: /DS 035-2018-PCM/ }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await page.locator('.district-table table').waitFor();
      expect(await cspViolations()).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  it(
    'a new version waits: the open session keeps working until the user presses reload',
    SLOW,
    async () => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
      const deployed = readFileSync(SW_FILE, 'utf8');
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        // No map waits: this is about the files a session runs on, not about drawing.
        await page.goto(`${baseUrl}/?i=coca_ha`);
        await waitForOfflineReady(page);
        await page.reload();
        await page.getByText('Disponible sin conexión').waitFor({ timeout: 60_000 });
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

        // "Deploy" a new version: the server now sends a service worker that differs by one line
        // (every real build changes it: it lists the hashed files). Put back in `finally`.
        writeFileSync(SW_FILE, `${deployed}\n// next version\n`);
        await page.evaluate(() => {
          (window as unknown as { sessionMark: string }).sessionMark = 'still here';
          return navigator.serviceWorker.getRegistration().then((r) => r?.update());
        });
        const reload = page.getByRole('button', { name: 'Nueva versión disponible — recargar' });
        await reload.waitFor({ timeout: 60_000 });
        // Nothing reloaded on its own, and the old version still serves this session.
        expect(
          await page.evaluate(() => (window as unknown as { sessionMark?: string }).sessionMark),
        ).toBe('still here');
        await page.getByRole('searchbox').fill('pichari');
        await page.getByRole('button', { name: /Pichari/ }).click();
        await page.getByRole('dialog').waitFor();
        expect(new URL(page.url()).searchParams.get('d')).toBe('080910');

        const waiting = () =>
          page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting));
        expect(await waiting()).toBe(true);

        // The user's choice: the new version takes over and the page reloads once, same view.
        const reloaded = page.waitForEvent('load', { timeout: 60_000 });
        await reload.click();
        await reloaded;
        expect(
          await page.evaluate(() => (window as unknown as { sessionMark?: string }).sessionMark),
        ).toBeUndefined();
        await page.getByText('Disponible sin conexión').waitFor({ timeout: 60_000 });
        await page.getByRole('dialog').waitFor();
        expect(await reload.count()).toBe(0);
        expect(await waiting()).toBe(false);
        // The reload keeps the view: the link still opens Pichari on the coca layer.
        expect(new URL(page.url()).searchParams.get('d')).toBe('080910');
        expect(errors).toEqual([]);
      } finally {
        writeFileSync(SW_FILE, deployed);
        await context.close();
      }
    },
  );
});
