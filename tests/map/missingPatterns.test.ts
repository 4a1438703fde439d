import { describe, expect, it } from 'vitest';
import { MISSING_KINDS, patternImage, type PatternImage } from '../../src/map/missingPatterns';

const alphaAt = (img: PatternImage, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];
const rowAlpha = (img: PatternImage, y: number) =>
  Array.from({ length: img.width }, (_, x) => alphaAt(img, x, y) ?? 0);

describe('gap patterns for the map', () => {
  it('"not yet a district" is horizontal lines: every pixel of a row alike, rows on and off', () => {
    const img = patternImage('notYetDistrict');
    expect([img.width, img.height]).toEqual([4, 4]);
    expect(new Set(rowAlpha(img, 0)).size).toBe(1);
    expect(rowAlpha(img, 0)[0]).toBe(Math.round(255 * 0.85));
    expect(rowAlpha(img, 1)[0]).toBeGreaterThan(0); // the half-covered second row, antialiased
    expect(rowAlpha(img, 1)[0]).toBeLessThan(rowAlpha(img, 0)[0] ?? 0);
    expect(rowAlpha(img, 3)).toEqual([0, 0, 0, 0]);
    expect([...img.data.slice(0, 3)]).toEqual([255, 255, 255]);
  });

  it('"no data" is a diagonal hatch that tiles: each row is the one above shifted by a pixel', () => {
    const img = patternImage('noData');
    for (let y = 1; y < img.height; y++) {
      const above = rowAlpha(img, y - 1);
      const shifted = above.map((_, x) => above[(x - 1 + img.width) % img.width]);
      expect(rowAlpha(img, y)).toEqual(shifted);
    }
    expect(Math.max(...rowAlpha(img, 0))).toBeGreaterThan(150);
    expect(Math.min(...rowAlpha(img, 0))).toBe(0);
  });

  it('"outside coverage" is a dot: opaque centre, clear corners', () => {
    const img = patternImage('outsideCoverage');
    const c = img.width / 2;
    expect(alphaAt(img, c, c)).toBeGreaterThan(100);
    expect(alphaAt(img, 0, 0)).toBe(0);
    expect(alphaAt(img, img.width - 1, img.height - 1)).toBe(0);
  });

  it('a HiDPI tile has twice the side and the same look (sampled at the same CSS point)', () => {
    for (const kind of MISSING_KINDS) {
      const one = patternImage(kind, 1);
      const two = patternImage(kind, 2);
      expect(two.width).toBe(one.width * 2);
      expect(two.data.length).toBe(two.width * two.height * 4);
    }
    expect(alphaAt(patternImage('notYetDistrict', 2), 0, 5)).toBe(0); // 2.5 CSS px: off
    expect(alphaAt(patternImage('notYetDistrict', 2), 0, 1)).toBe(Math.round(255 * 0.85));
  });

  it('the three patterns differ from each other', () => {
    const shapes = MISSING_KINDS.map((k) => Array.from(patternImage(k).data).join(','));
    expect(new Set(shapes).size).toBe(3);
  });
});
