/**
 * Cold loads (a fresh browser context each time, so an empty HTTP cache) of the app and of the
 * baseline page, interleaved app/baseline so that any drift of the machine hits both alike.
 * Each load gives: navigation start → first-frame mark, and the Resource Timing entries
 * requested before that mark, with their gzip (encoded) body sizes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gzipSizeOf } from './build';
import { prepareContext } from './probes';

export const APP_MARK = 'atlas:first-frame';
export const BASELINE_MARK = 'baseline:first-frame';
export const VIEWPORT = { width: 1280, height: 800 };

export interface Transfer {
  file: string;
  kind: 'js' | 'data' | 'css' | 'other';
  /** gzip bytes: the encoded body size, or zlib's size where the server sent it uncompressed. */
  gzip: number;
  raw: number;
  /** False if the server sent the file uncompressed and the bench gzipped it itself. */
  servedGzip: boolean;
}

export interface LoadSample {
  firstFrameMs: number;
  transfers: Transfer[];
  /** Size of the map container (CSS px), to give the baseline the same canvas. */
  mapSize: { width: number; height: number } | null;
}

interface RawEntry {
  name: string;
  startTime: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

function kindOf(file: string): Transfer['kind'] {
  if (/\.m?js$/.test(file)) return 'js';
  if (file.endsWith('.json')) return 'data';
  if (file.endsWith('.css')) return 'css';
  return 'other';
}

function toTransfer(entry: RawEntry, outDir: string): Transfer {
  const path = new URL(entry.name).pathname;
  const file = path.replace(/^\//, '');
  const kind = kindOf(file);
  // A compressible file whose encoded size equals its decoded size was sent as is.
  const compressed = entry.encodedBodySize < entry.decodedBodySize;
  const local = join(outDir, file);
  const servedGzip = compressed || entry.decodedBodySize < 1024 || !existsSync(local);
  return {
    file,
    kind,
    gzip: servedGzip ? entry.encodedBodySize : gzipSizeOf(local),
    raw: entry.decodedBodySize,
    servedGzip,
  };
}

async function readLoad(
  page: Page,
  mark: string,
  timeoutMs: number,
): Promise<{ at: number; entries: RawEntry[] }> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: timeoutMs,
  });
  return page.evaluate((name) => {
    const found = performance.getEntriesByName(name)[0];
    return {
      at: found?.startTime ?? Number.NaN,
      entries: performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return {
          name: r.name,
          startTime: r.startTime,
          encodedBodySize: r.encodedBodySize,
          decodedBodySize: r.decodedBodySize,
        };
      }),
    };
  }, mark);
}

/** One cold load: navigation start → `mark`, and what was requested before it. */
export async function coldLoad(
  browser: Browser,
  url: string,
  mark: string,
  outDir: string,
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await prepareContext(context, false);
    const page = await context.newPage();
    await page.goto(url);
    const { at: firstFrameMs, entries } = await readLoad(page, mark, 60_000);
    const transfers = entries
      .filter((e) => e.startTime < firstFrameMs && e.name.startsWith('http'))
      .map((e) => toTransfer(e, outDir));
    const mapSize = await page.evaluate(() => {
      const rect = document.querySelector('.maplibregl-map')?.getBoundingClientRect();
      return rect ? { width: Math.round(rect.width), height: Math.round(rect.height) } : null;
    });
    return { firstFrameMs, transfers, mapSize };
  } finally {
    await context.close();
  }
}

export interface FirstFrameResult {
  app: LoadSample[];
  baseline: LoadSample[];
  /** The baseline page's URL, sized like the app's map. */
  baselineUrl: string;
}

/**
 * One warm-up pair (not counted: the first load after the server starts pays for cold disk
 * caches and a cold Chromium), then `runs` interleaved pairs.
 */
export async function measureFirstFrames(
  browser: Browser,
  appUrl: string,
  appOut: string,
  baselineUrlFor: (size: { width: number; height: number }) => string,
  baselineOut: string,
  runs: number,
): Promise<FirstFrameResult> {
  const warm = await coldLoad(browser, `${appUrl}/`, APP_MARK, appOut);
  const size = warm.mapSize ?? { width: VIEWPORT.width, height: VIEWPORT.height };
  const baselineUrl = baselineUrlFor(size);
  await coldLoad(browser, baselineUrl, BASELINE_MARK, baselineOut);
  const result: FirstFrameResult = { app: [], baseline: [], baselineUrl };
  for (let i = 0; i < runs; i++) {
    result.app.push(await coldLoad(browser, `${appUrl}/`, APP_MARK, appOut));
    result.baseline.push(await coldLoad(browser, baselineUrl, BASELINE_MARK, baselineOut));
  }
  return result;
}

/** Cold loads of one page of the app only (national scope): one warm-up, then `runs`. */
export async function measureAppLoads(
  browser: Browser,
  url: string,
  appOut: string,
  runs: number,
): Promise<LoadSample[]> {
  await coldLoad(browser, url, APP_MARK, appOut);
  const out: LoadSample[] = [];
  for (let i = 0; i < runs; i++) out.push(await coldLoad(browser, url, APP_MARK, appOut));
  return out;
}
