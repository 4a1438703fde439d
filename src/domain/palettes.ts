/** Colour-blind-safe sequential palettes (ColorBrewer, viridis family) for k classes. */
import type { SequentialPalette } from './indicatorRegistry';
import { PALETTE_TABLE } from './paletteTable';
import type { MissingKind } from './values';

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

/** k colours (hex) from light (low) to dark (high); k is clamped to 3..9. */
export function paletteColours(palette: SequentialPalette, classes: number): string[] {
  const k = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(classes)));
  return [...(PALETTE_TABLE[palette][k - MIN_CLASSES] ?? [])];
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
