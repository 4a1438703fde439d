/**
 * Interaction latencies on the built app: year change (slider, keyboard) and hover (tooltip).
 * See probes.ts for where each latency starts and ends.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  indexDistricts,
  unionBBox,
  type BBox,
  type DistrictIndex,
} from '../../src/domain/districts';
import { districtsFileSchema } from '../../src/data/schemas';
import { screenPoint, waitForMapReady } from '../e2e/atlasPage';
import { ROOT } from './build';
import { BASELINE_MARK, VIEWPORT } from './firstFrame';
import { armLatency, collectLatency, prepareContext, type ArmOptions } from './probes';

const indexes = new Map<string, DistrictIndex>();

/** data/districts.json (or another district file of data/), validated with the app's schema. */
export function districts(file = 'data/districts.json'): DistrictIndex {
  let index = indexes.get(file);
  if (!index) {
    index = indexDistricts(
      districtsFileSchema.parse(JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'))).districts,
    );
    indexes.set(file, index);
  }
  return index;
}

/** The box the app fits its first view to (src/map/AtlasMap.tsx: unionBBox of the VRAEM). */
export function vraemBBox(): BBox {
  const box = unionBBox(districts().vraem);
  if (!box) throw new Error('data/districts.json has no VRAEM district');
  return box;
}

export interface LatencyRun {
  /**
   * input → frame, ms, one per measured change: the later of the end of the task that drew the
   * change and the presentation of the first frame after the input (keydown only).
   */
  latencies: number[];
  /** input → end of the task that drew the change (before the GPU process has drawn it). */
  drawTaskLatencies: number[];
  /** input → DOM updated, ms. */
  domLatencies: number[];
  /** Changes that produced no frame within the timeout (not counted in the latencies). */
  timeouts: number;
}

/**
 * Opens a page with the bench probe installed. The app: waits for the map and the theme data;
 * the baseline: for its first-frame mark.
 */
export async function openProbed(
  browser: Browser,
  url: string,
  baselineMark?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await prepareContext(context, true);
  const page = await context.newPage();
  // A cold load of the national scope has taken over 30 s (Playwright's default) on a busy machine.
  await page.goto(url, { timeout: 120_000 });
  if (baselineMark) {
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, baselineMark, {
      timeout: 60_000,
    });
    await page.waitForTimeout(500);
    return { context, page };
  }
  await waitForMapReady(page);
  await page.waitForFunction(() => !document.querySelector('select[disabled]'), null, {
    timeout: 60_000,
  });
  // The service worker registers after the first frame and then downloads and stores the whole
  // atlas for offline use (42 files, 7.2 MiB): on two cores that competes with every frame for a
  // few seconds. Interactions are measured once it is active, then after a short settle.
  await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => undefined),
      new Promise<void>((r) => setTimeout(r, 60_000)),
    ]),
  );
  await page.waitForTimeout(500);
  return { context, page };
}

function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

async function measureOne(
  page: Page,
  options: ArmOptions,
  act: () => Promise<void>,
  run: LatencyRun | null,
): Promise<void> {
  await page.evaluate(armLatency, options);
  await act();
  const sample = await page.evaluate(collectLatency);
  if (run) {
    if (sample) {
      run.latencies.push(Math.max(sample.frame, sample.presented ?? 0) - sample.input);
      run.drawTaskLatencies.push(sample.frame - sample.input);
      run.domLatencies.push(sample.dom - sample.input);
    } else {
      run.timeouts += 1;
    }
  }
  await nextFrames(page);
}

/** Coca years with values: every step between them recolours the map. */
const FIRST_YEAR = 2012;
const LAST_YEAR = 2020;
const WARM_UP = 2;

/**
 * `?i=coca_ha&y=2012`, the slider focused, ArrowRight up to 2020 and ArrowLeft back, repeatedly:
 * `count` measured changes after WARM_UP unmeasured ones.
 */
export async function measureYearChanges(
  browser: Browser,
  appUrl: string,
  count: number,
  /** Extra query parameters, e.g. 'scope=peru&' for the national scope. */
  query = '',
  /** A pause before each change (a user stepping deliberately); 0: right after the last frame. */
  pauseMs = 0,
): Promise<LatencyRun> {
  const { context, page } = await openProbed(
    browser,
    `${appUrl}/?${query}i=coca_ha&y=${FIRST_YEAR}`,
  );
  const run: LatencyRun = { latencies: [], drawTaskLatencies: [], domLatencies: [], timeouts: 0 };
  try {
    const slider = page.getByRole('slider');
    await slider.focus();
    let year = FIRST_YEAR;
    let step = 1;
    for (let i = 0; i < count + WARM_UP; i++) {
      if (year + step > LAST_YEAR || year + step < FIRST_YEAR) step = -step;
      year += step;
      const key = step > 0 ? 'ArrowRight' : 'ArrowLeft';
      const options: ArmOptions = {
        selector: '[data-testid="year-value"]',
        text: String(year),
        until: 'draw',
        input: 'key',
        timeoutMs: 5_000,
      };
      if (pauseMs > 0) await page.waitForTimeout(pauseMs);
      await measureOne(page, options, () => page.keyboard.press(key), i < WARM_UP ? null : run);
    }
  } finally {
    await context.close();
  }
  return run;
}

/**
 * The same measure on the baseline page: each ArrowRight recolours all districts through
 * MapLibre feature-state (its fast path) and writes the step number into #step.
 */
export async function measureBaselineRecolours(
  browser: Browser,
  baselineUrl: string,
  count: number,
): Promise<LatencyRun> {
  const { context, page } = await openProbed(browser, baselineUrl, BASELINE_MARK);
  const run: LatencyRun = { latencies: [], drawTaskLatencies: [], domLatencies: [], timeouts: 0 };
  try {
    for (let i = 0; i < count + WARM_UP; i++) {
      const options: ArmOptions = {
        selector: '#step',
        text: String(i + 1),
        until: 'draw',
        input: 'key',
        timeoutMs: 5_000,
      };
      const press = () => page.keyboard.press('ArrowRight');
      await measureOne(page, options, press, i < WARM_UP ? null : run);
    }
  } finally {
    await context.close();
  }
  return run;
}

/** Two VRAEM districts whose label points are well inside them. */
export const HOVER_DISTRICTS = ['080910', '120609'] as const; // Pichari, Vizcatán del Ene

/** The pointer moves from one district's label point to the other's, `count` times. */
export async function measureHovers(
  browser: Browser,
  appUrl: string,
  count: number,
  scope: { query: string; ubigeos: readonly string[]; index: DistrictIndex } = {
    query: '',
    ubigeos: HOVER_DISTRICTS,
    index: districts(),
  },
): Promise<LatencyRun> {
  const { context, page } = await openProbed(browser, `${appUrl}/${scope.query}`);
  const run: LatencyRun = { latencies: [], drawTaskLatencies: [], domLatencies: [], timeouts: 0 };
  try {
    const targets = await Promise.all(
      scope.ubigeos.map(async (ubigeo) => {
        const district = scope.index.byUbigeo.get(ubigeo);
        if (!district) throw new Error(`no district ${ubigeo} in the district file`);
        return { name: district.name, point: await screenPoint(page, district.labelPoint) };
      }),
    );
    for (let i = 0; i < count + WARM_UP; i++) {
      const target = targets[i % targets.length];
      if (!target) continue;
      const options: ArmOptions = {
        selector: '.map-tooltip strong',
        text: target.name,
        until: 'paint',
        input: 'pointer',
        timeoutMs: 5_000,
      };
      const { x, y } = target.point;
      await measureOne(page, options, () => page.mouse.move(x, y), i < WARM_UP ? null : run);
    }
  } finally {
    await context.close();
  }
  return run;
}
