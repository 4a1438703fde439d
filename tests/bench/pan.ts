/**
 * Pan: frame intervals while the pointer drags the map. The page records every
 * requestAnimationFrame timestamp from the first pointer move to the last; a frame the main
 * thread could not start on time (a canvas redraw, a MapLibre frame, a WebGL readback) shows as a
 * long interval. 40 moves of 10 px per drag, back and forth, `drags` drags after one warm-up.
 */
import type { Browser } from 'playwright-core';
import { openProbed } from './interactions';

export interface PanRun {
  /** ms between consecutive animation frames during the drags. */
  intervals: number[];
  /** How long the 40 moves of each drag took to deliver, ms. */
  dragMs: number[];
}

const MOVES = 40;
const STEP_PX = 10;

declare global {
  interface Window {
    atlasPanFrames?: number[];
  }
}

export async function measurePan(
  browser: Browser,
  appUrl: string,
  /** Extra query parameters, e.g. 'scope=peru' for the national scope. */
  query = '',
  drags = 6,
): Promise<PanRun> {
  const { context, page } = await openProbed(browser, `${appUrl}/?${query}`);
  const run: PanRun = { intervals: [], dragMs: [] };
  try {
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    // Right of the district list, clear of the legend: plain map.
    const x0 = box.x + box.width * 0.55;
    const y0 = box.y + box.height * 0.4;
    for (let d = 0; d < drags + 1; d++) {
      const direction = d % 2 === 0 ? 1 : -1;
      await page.mouse.move(x0, y0);
      await page.evaluate(() => {
        const frames: number[] = [];
        window.atlasPanFrames = frames;
        const tick = (t: number) => {
          if (window.atlasPanFrames !== frames) return;
          frames.push(t);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const started = Date.now();
      await page.mouse.down();
      for (let i = 1; i <= MOVES; i++) {
        await page.mouse.move(x0 + direction * STEP_PX * i, y0 + direction * (STEP_PX / 2) * i);
      }
      await page.mouse.up();
      const took = Date.now() - started;
      const frames = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) =>
            requestAnimationFrame(() => {
              const recorded = window.atlasPanFrames ?? [];
              window.atlasPanFrames = undefined;
              resolve(recorded);
            }),
          ),
      );
      if (d === 0) continue; // warm-up
      run.dragMs.push(took);
      for (let i = 1; i < frames.length; i++) {
        run.intervals.push((frames[i] ?? 0) - (frames[i - 1] ?? 0));
      }
      await page.waitForTimeout(300);
    }
  } finally {
    await context.close();
  }
  return run;
}
