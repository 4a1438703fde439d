/**
 * Deployed as a ministry would: dist/ built with ATLAS_BASE=/atlas-vraem/ and served by a plain
 * static server under that sub-path only, with the headers of docs/DEPLOY.md. The smoke path: the
 * map is drawn, a link's district and camera are restored, every request stays under the
 * sub-path, the service worker takes the sub-path as its scope, and the atlas reopens offline.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLORS } from '../../src/map/palette';
import { colourDistance, openAtlas, screenPoint, waitForMapReady, waitForStill } from './atlasPage';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';
import { serveStatic, type StaticServer } from './staticServer';

const ROOT = resolve(__dirname, '../..');
// Beside the bench's builds: ignored by git, ESLint and Prettier.
const OUT = resolve(ROOT, 'node_modules/.cache/atlas-subpath');
const BASE = '/atlas-vraem/';
// Pichari open, coca 2016, the camera on the Apurímac–Ene valley.
const LINK = `${BASE}?i=coca_ha&y=2016&d=080910#map=8.6/-12.46/-73.79`;

let server: StaticServer | undefined;

beforeAll(() => {
  const build = spawnSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'],
    // NODE_ENV: vitest sets 'test', which would make a development build (React's, and no
    // service worker: main.tsx registers it in production builds only).
    {
      cwd: ROOT,
      env: { ...process.env, ATLAS_BASE: BASE, NODE_ENV: 'production' },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  return serveStatic(OUT, BASE).then((started) => {
    server = started;
  });
}, 300_000);
afterAll(async () => {
  await server?.close();
});

const browser = chromiumPerFile();

function hex(css: string) {
  return {
    r: parseInt(css.slice(1, 3), 16),
    g: parseInt(css.slice(3, 5), 16),
    b: parseInt(css.slice(5, 7), 16),
  };
}

/**
 * Pixels of the VRAEM outline's own colour: the districts and lines are on the map (a blank or
 * half-loaded map has none; the count depends on the layout around the map, hence a low bar).
 */
async function outlinePixels(page: Page, name: string): Promise<number> {
  await waitForStill(page);
  const shot = PNG.sync.read(await page.screenshot({ path: screenshotPath(name) }));
  const outline = hex(COLORS.vraemOutline);
  let count = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    const pixel = { r: shot.data[i] ?? 0, g: shot.data[i + 1] ?? 0, b: shot.data[i + 2] ?? 0 };
    if (colourDistance(pixel, outline) < 20) count++;
  }
  return count;
}

/** The link's district panel and camera: Pichari open, the hash's centre in the map's middle. */
async function expectLinkRestored(page: Page): Promise<void> {
  const panel = page.getByRole('dialog');
  await panel.waitFor();
  expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Pichari');
  const box = await page.locator('.map-area').boundingBox();
  if (!box) throw new Error('no map area');
  const centre = await screenPoint(page, [-73.79, -12.46]);
  expect(Math.abs(centre.x - (box.x + box.width / 2))).toBeLessThan(2);
  expect(Math.abs(centre.y - (box.y + box.height / 2))).toBeLessThan(2);
}

describe('deployed under a sub-path (/atlas-vraem/, plain static server)', () => {
  it(
    'draws the map, restores a link, keeps every request under the sub-path, and reopens offline',
    { timeout: 300_000 },
    async () => {
      if (!server) throw new Error('no server');
      const { page, consoleErrors, cspViolations } = await openAtlas(
        browser(),
        `${server.url}${LINK}`,
      );
      const context = page.context();
      try {
        expect(await outlinePixels(page, 'subpath-online.png')).toBeGreaterThan(800);
        await expectLinkRestored(page);

        // The service worker: registered for the sub-path, every file precached.
        const scope = await page.evaluate(() =>
          navigator.serviceWorker.ready.then((registration) => registration.scope),
        );
        expect(scope).toBe(`${server.url}${BASE}`);
        await page.getByText('Disponible sin conexión').waitFor({ timeout: 60_000 });

        await context.setOffline(true);
        await page.reload();
        await waitForMapReady(page);
        expect(
          await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null),
        ).toBe(`${server.url}${BASE}sw.js`);
        expect(await outlinePixels(page, 'subpath-offline.png')).toBeGreaterThan(800);
        await expectLinkRestored(page);

        // Nothing asked for outside the sub-path, no file missing.
        expect(server.misses).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(await cspViolations()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
