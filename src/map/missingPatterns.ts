/**
 * The patterns that mark the three kinds of gap, so that they read apart without colour (WCAG
 * 1.4.1): diagonal hatch for "no data", horizontal lines for "not yet a district", dots for
 * "outside the source's coverage". The one definition: the fill canvas repeats them over the
 * districts of each kind (fillCanvas.ts), the legend's swatches (ui/PatternSwatch.tsx) and the
 * exported image's legend (ui/briefing/mapImage.ts) draw the same tiles.
 *
 * Built as raw RGBA pixels (no image file, no data: URL).
 */
import type { MissingKind } from '../domain/values';

export interface PatternImage {
  width: number;
  height: number;
  /** RGBA, row by row, not premultiplied (as ImageData takes it). */
  data: Uint8Array;
}

interface PatternSpec {
  /** Tile size in CSS pixels (the pattern repeats seamlessly at this period). */
  size: number;
  rgb: [number, number, number];
  /** Alpha of a fully covered pixel, 0..1. */
  alpha: number;
  /** Whether the point (x, y), in CSS pixels inside the tile, is on the mark. */
  inside: (x: number, y: number) => boolean;
}

const INK: [number, number, number] = [29, 35, 39];
const WHITE: [number, number, number] = [255, 255, 255];
const HATCH = 7;

export const PATTERN_SPECS: Record<MissingKind, PatternSpec> = {
  // Stripes 1.5 px wide every 5 px across, at 45° like the legend's gradient (7 px along a row).
  noData: {
    size: HATCH,
    rgb: INK,
    alpha: 0.65,
    inside: (x, y) => (((x - y) % HATCH) + HATCH) % HATCH < 1.5 * Math.SQRT2,
  },
  // Lines 1.5 px thick every 4 px.
  notYetDistrict: { size: 4, rgb: WHITE, alpha: 0.85, inside: (_x, y) => y < 1.5 },
  // A dot of radius 1.2 px in each 6 px cell: sparse, because this pattern covers most of the
  // five departments and must not drown the districts with values.
  outsideCoverage: {
    size: 6,
    rgb: INK,
    alpha: 0.6,
    inside: (x, y) => Math.hypot(x - 3, y - 3) <= 1.2,
  },
};

/** Sub-samples per pixel side: a 4×4 grid gives smooth (antialiased) edges. */
const SAMPLES = 4;

/** The tile of one pattern at a device pixel ratio (1 on ordinary screens, 2 on HiDPI). */
export function patternImage(kind: MissingKind, pixelRatio = 1): PatternImage {
  const spec = PATTERN_SPECS[kind];
  const side = Math.round(spec.size * pixelRatio);
  const data = new Uint8Array(side * side * 4);
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / pixelRatio;
          const y = (py + (sy + 0.5) / SAMPLES) / pixelRatio;
          if (spec.inside(x, y)) hits++;
        }
      const offset = (py * side + px) * 4;
      data[offset] = spec.rgb[0];
      data[offset + 1] = spec.rgb[1];
      data[offset + 2] = spec.rgb[2];
      data[offset + 3] = Math.round((255 * spec.alpha * hits) / (SAMPLES * SAMPLES));
    }
  }
  return { width: side, height: side, data };
}

export const MISSING_KINDS: readonly MissingKind[] = [
  'noData',
  'notYetDistrict',
  'outsideCoverage',
];

/** The ratio pattern images are drawn at for a screen's ratio: whole, 1 to 3. */
export const patternRatio = (pixelRatio: number) =>
  Math.min(3, Math.max(1, Math.round(pixelRatio)));

/** The tile of a kind as a canvas to repeat (createPattern). Browser only. */
export function patternTile(kind: MissingKind, ratio: number): HTMLCanvasElement {
  const image = patternImage(kind, ratio);
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  const pixels = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
  // CPU-backed, as the layer canvases are (layerCanvas.ts): a GPU-backed tile would be read back
  // from the GPU each time a district is filled with it (~350 reads a frame, 280 ms, with
  // Chromium's GPU process on).
  tile.getContext('2d', { willReadFrequently: true })?.putImageData(pixels, 0, 0);
  return tile;
}

/**
 * Fills a rectangle with a colour and, over it, the pattern of a kind of gap at its CSS size.
 * `deviceRatio`: device pixels per CSS pixel of the output; `unitsPerPx`: the context's drawing
 * units per CSS pixel (1 when the context is already scaled to CSS pixels). Browser only.
 */
export function fillWithPattern(
  context: CanvasRenderingContext2D,
  kind: MissingKind,
  colour: string,
  rect: { x: number; y: number; width: number; height: number },
  scale: { deviceRatio: number; unitsPerPx: number },
): void {
  context.fillStyle = colour;
  context.fillRect(rect.x, rect.y, rect.width, rect.height);
  const ratio = patternRatio(scale.deviceRatio);
  const pattern = context.createPattern(patternTile(kind, ratio), 'repeat');
  if (!pattern) return;
  pattern.setTransform(new DOMMatrix().scale(scale.unitsPerPx / ratio));
  context.fillStyle = pattern;
  context.fillRect(rect.x, rect.y, rect.width, rect.height);
}
