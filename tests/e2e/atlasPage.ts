/** Opens the atlas in a fresh browser context and records what a test must check on every page. */
import { PNG } from 'pngjs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

// Known, harmless noise from software WebGL (STACK.md).
const CONSOLE_NOISE = [/GPU stall due to ReadPixels/, /willReadFrequently/];

export interface AtlasPage {
  page: Page;
  /** Requests that left the page's origin (must stay empty: the app is offline and private). */
  foreignRequests: string[];
  consoleErrors: string[];
  /** Content-Security-Policy violations reported by the page (must stay empty). */
  cspViolations(): Promise<string[]>;
}

export async function openAtlas(
  browser: Browser,
  url: string,
  {
    waitForMap = true,
    viewport = { width: 1280, height: 800 },
    deviceScaleFactor,
    reducedMotion,
    hasTouch,
    initScript,
  }: {
    waitForMap?: boolean;
    /** Runs in the page before any of the app's scripts (e.g. to count what the page calls). */
    initScript?: () => void;
    viewport?: { width: number; height: number };
  } & Pick<BrowserContextOptions, 'deviceScaleFactor' | 'reducedMotion' | 'hasTouch'> = {},
): Promise<AtlasPage> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    deviceScaleFactor,
    reducedMotion,
    hasTouch,
  });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const target = request.url();
    if (target.startsWith('data:') || target.startsWith('blob:')) return;
    if (new URL(target).origin !== origin) foreignRequests.push(target);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (CONSOLE_NOISE.some((re) => re.test(message.text()))) return;
    consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  // CSP violations are reported to this side as they happen, so that the list covers every page
  // the test loads in this tab, not only the last one.
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (t: string) => void })
      .__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  if (waitForMap) await waitForMapReady(page);
  // (async as before; the page is asked to flush nothing: reports arrive as they happen)
  const cspViolations = async () => [...violations];
  return { page, foreignRequests, consoleErrors, cspViolations };
}

export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
    timeout: 60_000,
  });
  // Let MapLibre finish its first full render (sources parsed in the worker, tiles placed).
  await waitForIdle(page);
}

/** The map has drawn what the view asks for (atlasDebug.idle(): see src/map/atlasDebug.ts). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlasDebug?.idle() === true, null, { timeout: 60_000 });
}

/**
 * The map is idle and stays so, with the same camera and the same address, for `frames`
 * animation frames in a row. For a view that can still move after a first idle: the first fit
 * follows a panel's new size one frame after the layout that changed it (useFirstFit.ts), and a
 * zoom writes its hash on 'moveend'. Counted in frames, not milliseconds, since what it waits
 * for comes a frame after its cause.
 */
export async function waitForStill(page: Page, frames = 5): Promise<void> {
  const token = Math.random().toString(36).slice(2);
  await page.waitForFunction(
    ({ need, token }) => {
      const w = window as unknown as { __still?: Map<string, { key: string; count: number }> };
      const state = (w.__still ??= new Map());
      const debug = window.atlasDebug;
      if (!debug?.idle()) {
        state.delete(token);
        return false;
      }
      // Two places on screen pin the camera (centre and zoom), the hash the link.
      const a = debug.project(-75, -13);
      const b = debug.project(-73, -11);
      const key = [a.x, a.y, b.x, b.y].map((v) => v.toFixed(2)).join() + window.location.hash;
      const seen = state.get(token);
      const count = seen?.key === key ? seen.count + 1 : 1;
      state.set(token, { key, count });
      if (count < need) return false;
      state.delete(token);
      return true;
    },
    { need: frames, token },
    { polling: 'raf', timeout: 60_000 },
  );
}

/**
 * Turns the mouse wheel over `point` and waits until that zoom has ended: its 'moveend' has
 * written a new hash (useViewportHash.ts) and the map is still again.
 */
export async function wheelZoom(
  page: Page,
  point: { x: number; y: number },
  deltaY: number,
): Promise<void> {
  await waitForStill(page);
  const hash = await page.evaluate(() => window.location.hash);
  await page.mouse.move(point.x, point.y);
  await page.mouse.wheel(0, deltaY);
  await page.waitForFunction((was) => window.location.hash !== was, hash, { timeout: 60_000 });
  await waitForStill(page);
}

/** Screen position (CSS pixels, page coordinates) of a longitude/latitude on the map. */
export async function screenPoint(
  page: Page,
  lonLat: readonly [number, number],
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (ll) => window.atlasDebug?.project(ll[0], ll[1]) ?? null,
    lonLat,
  );
  if (!point) throw new Error('window.atlasDebug is not set: is the map loaded?');
  return point;
}

export interface Pixel {
  r: number;
  g: number;
  b: number;
}

/**
 * Colour of one page pixel, read from a real screenshot, under the map's names: the label canvas
 * (labelCanvas.ts) is hidden for the shot, since names now sit on district label points from the
 * first view. The names themselves are checked by labels.e2e.test.ts.
 */
export async function pixelAt(page: Page, x: number, y: number): Promise<Pixel> {
  // Counted, so that concurrent reads (Promise.all) keep the names hidden until the last one.
  const show = (visible: boolean) =>
    page.evaluate((v) => {
      const w = window as unknown as { __labelsHidden?: number };
      w.__labelsHidden = (w.__labelsHidden ?? 0) + (v ? -1 : 1);
      for (const c of document.querySelectorAll<HTMLElement>('.label-canvas'))
        c.style.visibility = w.__labelsHidden > 0 ? 'hidden' : '';
    }, visible);
  await show(false);
  try {
    const png = PNG.sync.read(
      await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }),
    );
    return { r: png.data[0] ?? 0, g: png.data[1] ?? 0, b: png.data[2] ?? 0 };
  } finally {
    await show(true);
  }
}

/** What a translucent fill looks like over the land colour. */
export function over([r, g, b, a]: readonly [number, number, number, number], base: Pixel): Pixel {
  const alpha = a / 255;
  return {
    r: r * alpha + base.r * (1 - alpha),
    g: g * alpha + base.g * (1 - alpha),
    b: b * alpha + base.b * (1 - alpha),
  };
}

export function colourDistance(a: Pixel, b: Pixel): number {
  return Math.hypot(a.r - b.r, a.g - b.g, a.b - b.b);
}

/** Moves the pointer onto a longitude/latitude (from just beside it) and reads the tooltip. */
export async function hoverText(page: Page, lonLat: readonly [number, number]): Promise<string> {
  // New shapes (the comparable view, once its indicator has loaded) reach MapLibre's picking
  // asynchronously; idle() says when they have.
  await page.waitForFunction(() => window.atlasDebug?.idle() === true);
  const p = await screenPoint(page, lonLat);
  await page.mouse.move(p.x - 3, p.y - 3);
  await page.mouse.move(p.x, p.y);
  const tooltip = page.locator('.map-tooltip');
  await tooltip.waitFor();
  return tooltip.innerText();
}

/**
 * Hovers a point of a deck.gl layer until its tooltip shows `expected`. deck.gl mounts only when
 * it has something to draw (names, incidents, imported events), and its points become pickable
 * once their shaders have linked, asynchronously (a second or two in software WebGL); until then
 * the pointer finds the district under the point. A user would hover again; so does this.
 */
export async function hoverUntil(
  page: Page,
  lonLat: readonly [number, number],
  expected: string,
): Promise<string> {
  let text = '';
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const p = await screenPoint(page, lonLat);
    await page.mouse.move(p.x + 40, p.y + 40);
    text = await hoverText(page, lonLat);
    if (text.includes(expected)) return text;
    // The interval between two hovers of this poll, not a wait for a state.
    await page.waitForTimeout(500);
  }
  throw new Error(`the tooltip never showed "${expected}"; last: ${text}`);
}
