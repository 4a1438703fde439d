/** Colour-blind-safe sequential palettes (ColorBrewer, viridis family) sampled to k classes. */
import {
  interpolateCividis,
  interpolateViridis,
  schemeBlues,
  schemeGreens,
  schemePurples,
  schemeYlOrRd,
} from 'd3-scale-chromatic';
import type { SequentialPalette } from './indicatorRegistry';
import type { MissingKind } from './values';

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

const SCHEMES: Record<'YlOrRd' | 'Blues' | 'Purples' | 'Greens', readonly (readonly string[])[]> = {
  YlOrRd: schemeYlOrRd,
  Blues: schemeBlues,
  Purples: schemePurples,
  Greens: schemeGreens,
};

/** "#rrggbb" for a CSS colour given as hex or as "rgb(r, g, b)" (d3's interpolators give both). */
export function toHex(colour: string): string {
  if (colour.startsWith('#')) return colour.slice(0, 7).toLowerCase();
  const parts =
    colour
      .match(/\d+(\.\d+)?/g)
      ?.slice(0, 3)
      .map(Number) ?? [];
  return `#${parts.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;
}

/** k colours (hex) from light (low) to dark (high); k is clamped to 3..9. */
export function paletteColours(palette: SequentialPalette, classes: number): string[] {
  const k = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(classes)));
  if (palette === 'Viridis' || palette === 'Cividis') {
    const interpolate = palette === 'Viridis' ? interpolateViridis : interpolateCividis;
    // Reversed so that, like the ColorBrewer ramps, the darkest colour is the highest value.
    return Array.from({ length: k }, (_, i) => toHex(interpolate(1 - i / (k - 1))));
  }
  return [...(SCHEMES[palette][k] ?? [])];
}

/**
 * Colours of the missing kinds: distinct from every palette's lightest class and from each
 * other. "Outside coverage" is drawn like the context districts: the source says nothing there.
 */
export const MISSING_COLOURS: Record<MissingKind, string> = {
  noData: '#c8c8c8',
  notYetDistrict: '#7d8a96',
  outsideCoverage: '#ece8df',
};
