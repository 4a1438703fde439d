/**
 * The written-out palette table (src/domain/paletteTable.ts) is what d3-scale-chromatic gives:
 * ColorBrewer schemes as published, viridis and cividis sampled evenly from dark-high to light-low.
 */
import {
  interpolateCividis,
  interpolateViridis,
  schemeBlues,
  schemeGreens,
  schemePurples,
  schemeYlOrRd,
} from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { PALETTE_TABLE } from '../../src/domain/paletteTable';
import { MAX_CLASSES, MIN_CLASSES, paletteColours } from '../../src/domain/palettes';

/** "#rrggbb" for a CSS colour given as hex or as "rgb(r, g, b)" (d3's interpolators give both). */
function toHex(colour: string): string {
  if (colour.startsWith('#')) return colour.slice(0, 7).toLowerCase();
  const parts = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  return `#${parts.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;
}

const schemes = {
  YlOrRd: schemeYlOrRd,
  Blues: schemeBlues,
  Purples: schemePurples,
  Greens: schemeGreens,
};
const ramps = { Viridis: interpolateViridis, Cividis: interpolateCividis };
const counts = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => i + MIN_CLASSES);

describe('palette table', () => {
  it('toHex reads both forms d3 returns', () => {
    expect(toHex('#21918C')).toBe('#21918c');
    expect(toHex('rgb(124, 123, 120)')).toBe('#7c7b78');
  });

  it.each(Object.entries(schemes))(
    '%s matches d3-scale-chromatic for 3–9 classes',
    (name, scheme) => {
      for (const k of counts) {
        expect(
          PALETTE_TABLE[name as keyof typeof schemes][k - MIN_CLASSES],
          `${name} ${k}`,
        ).toEqual((scheme[k] ?? []).map(toHex));
      }
    },
  );

  it.each(Object.entries(ramps))(
    '%s is d3’s ramp sampled at k points, highest value darkest',
    (name, ramp) => {
      for (const k of counts) {
        const expected = Array.from({ length: k }, (_, i) => toHex(ramp(1 - i / (k - 1))));
        expect(PALETTE_TABLE[name as keyof typeof ramps][k - MIN_CLASSES], `${name} ${k}`).toEqual(
          expected,
        );
      }
    },
  );

  it('clamps the class count to 3..9 (known values: ColorBrewer YlOrRd)', () => {
    expect(paletteColours('YlOrRd', 1)).toEqual(['#ffeda0', '#feb24c', '#f03b20']);
    expect(paletteColours('YlOrRd', 12)).toHaveLength(9);
  });
});
