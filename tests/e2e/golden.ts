/**
 * Golden images: a picture of the map or a chart kept in tests/e2e/golden/, compared pixel by
 * pixel with what the built app draws now. A pixel differs when one of its channels is off by more
 * than `threshold` (0–255); the test fails when more than `maxShare` of the pixels differ, and
 * writes the new picture and a diff picture to test-results/golden/ to look at. `npm run golden`
 * (UPDATE_GOLDEN=1) rewrites the goldens instead: look at them before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');
export const GOLDEN_RESULTS = resolve(import.meta.dirname, '../../test-results/golden');

export interface PixelDiff {
  /** Pixels with a channel off by more than the threshold. */
  differing: number;
  /** `differing` over every pixel. */
  share: number;
  /** The golden in faded grey, with every differing pixel in red. */
  image: PNG;
}

/** Compares two pictures of the same size pixel by pixel (alpha included). */
export function comparePixels(golden: PNG, actual: PNG, threshold: number): PixelDiff {
  if (golden.width !== actual.width || golden.height !== actual.height) {
    throw new Error(
      `size ${actual.width}×${actual.height} is not the golden's ${golden.width}×${golden.height}`,
    );
  }
  const image = new PNG({ width: golden.width, height: golden.height });
  let differing = 0;
  for (let i = 0; i < golden.data.length; i += 4) {
    let off = 0;
    for (let c = 0; c < 4; c++) {
      off = Math.max(off, Math.abs((golden.data[i + c] ?? 0) - (actual.data[i + c] ?? 0)));
    }
    if (off > threshold) {
      differing++;
      image.data.set([255, 0, 0, 255], i);
    } else {
      const r = golden.data[i] ?? 0;
      const g = golden.data[i + 1] ?? 0;
      const b = golden.data[i + 2] ?? 0;
      const grey = Math.round(255 - (255 - (r * 0.3 + g * 0.59 + b * 0.11)) * 0.3);
      image.data.set([grey, grey, grey, 255], i);
    }
  }
  return { differing, share: differing / (golden.width * golden.height), image };
}

export interface GoldenCheck {
  name: string;
  differing: number;
  share: number;
  /** Where the new picture and the diff were written (only when they differ). */
  written: string[];
}

export const updatingGolden = () => process.env.UPDATE_GOLDEN === '1';

/**
 * Compares `shot` (a PNG file's bytes) with tests/e2e/golden/`name`.png, or writes it there under
 * `npm run golden`. A missing golden is an error, not a new golden.
 */
export function checkGolden(name: string, shot: Buffer, threshold: number): GoldenCheck {
  const path = resolve(GOLDEN_DIR, `${name}.png`);
  if (updatingGolden()) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, shot);
    return { name, differing: 0, share: 0, written: [path] };
  }
  if (!existsSync(path)) throw new Error(`no golden ${path}: run \`npm run golden\``);
  const diff = comparePixels(PNG.sync.read(readFileSync(path)), PNG.sync.read(shot), threshold);
  const written: string[] = [];
  if (diff.differing > 0) {
    mkdirSync(GOLDEN_RESULTS, { recursive: true });
    const actual = resolve(GOLDEN_RESULTS, `${name}.actual.png`);
    const image = resolve(GOLDEN_RESULTS, `${name}.diff.png`);
    writeFileSync(actual, shot);
    writeFileSync(image, PNG.sync.write(diff.image));
    written.push(actual, image);
  }
  return { name, differing: diff.differing, share: diff.share, written };
}

/**
 * A screenshot of the map's 2D canvases alone (fills, patterns, lines, names), everything else
 * hidden for the shot. Through the CSSOM: the app's CSP refuses <style> elements.
 */
export async function shotOfMapCanvases(
  page: Page,
  options: Parameters<Page['screenshot']>[0],
): Promise<Buffer> {
  const only = (on: boolean) =>
    page.evaluate((hide) => {
      const shown: [HTMLElement, string][] = [[document.body, 'hidden']];
      for (const canvas of document.querySelectorAll<HTMLElement>('.map-layer-canvas'))
        shown.push([canvas, 'visible']);
      for (const [element, value] of shown) {
        if (hide) element.style.setProperty('visibility', value, 'important');
        else element.style.removeProperty('visibility');
      }
    }, on);
  await only(true);
  try {
    return await page.screenshot(options);
  } finally {
    await only(false);
  }
}
