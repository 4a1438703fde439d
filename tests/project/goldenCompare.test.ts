/** The golden-image comparison the browser tests use (tests/e2e/golden.ts), on small pictures. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { comparePixels } from '../e2e/golden';

function picture(width: number, height: number, rgba: [number, number, number, number]): PNG {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
  return png;
}

function setPixel(png: PNG, x: number, y: number, rgba: [number, number, number, number]) {
  png.data.set(rgba, (y * png.width + x) * 4);
}

const pixel = (png: PNG, x: number, y: number) =>
  Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4));

describe('comparePixels', () => {
  it('finds nothing between a picture and itself', () => {
    const a = picture(8, 5, [200, 120, 40, 255]);
    const diff = comparePixels(a, picture(8, 5, [200, 120, 40, 255]), 0);
    expect(diff.differing).toBe(0);
    expect(diff.share).toBe(0);
  });

  it('counts a pixel whose largest channel change is above the threshold, and only those', () => {
    const golden = picture(10, 10, [100, 100, 100, 255]);
    const actual = picture(10, 10, [100, 100, 100, 255]);
    setPixel(actual, 1, 1, [117, 100, 100, 255]); // off by 17 in red
    setPixel(actual, 2, 2, [100, 84, 100, 255]); // off by 16 in green: at the threshold, not over
    setPixel(actual, 3, 3, [110, 110, 110, 255]); // 10 in every channel: under
    setPixel(actual, 4, 4, [100, 100, 100, 0]); // transparent now: alpha counts
    const diff = comparePixels(golden, actual, 16);
    expect(diff.differing).toBe(2);
    expect(diff.share).toBeCloseTo(2 / 100, 10);
    // The diff image: the differing pixels in red, the others grey (a faded golden).
    expect(pixel(diff.image, 1, 1)).toEqual([255, 0, 0, 255]);
    expect(pixel(diff.image, 4, 4)).toEqual([255, 0, 0, 255]);
    const [r, g, b] = pixel(diff.image, 2, 2);
    expect(r).toBe(g);
    expect(g).toBe(b);
    expect(r).toBeGreaterThan(150);
  });

  it('refuses pictures of different sizes', () => {
    expect(() =>
      comparePixels(picture(4, 4, [0, 0, 0, 255]), picture(4, 5, [0, 0, 0, 255]), 16),
    ).toThrow("size 4×5 is not the golden's 4×4");
  });
});
