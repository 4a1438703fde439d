/**
 * District fills and gap patterns, drawn on a 2D canvas under MapLibre's canvas (which is
 * transparent where the land is: the style has no background layer). MapLibre keeps the
 * outlines, borders, rivers, the hover outline and the picking.
 *
 * Why: without a GPU, every MapLibre frame waits until SwiftShader has drawn it and it has been
 * read back for the compositor, ~180 ms for even a bare map here. A year step or a new indicator
 * only recolours districts; drawn here it makes no WebGL frame at all: the 2D canvas is filled
 * in a few milliseconds and composited with the unchanged map. When the camera moves, the fills
 * are redrawn in MapLibre's own 'render' event, so both canvases show the same frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DistrictFeature } from '../data/loadAtlas';
import { ringsOf } from '../domain/distance';
import type { MissingKind } from '../domain/values';
import {
  affineKey,
  boxOnCanvas,
  extendBox,
  frameFor,
  localRing,
  localToScreen,
  type LocalBox,
  type LocalFrame,
} from './fillGeometry';
import { fillPlan } from './fillPlan';
import { MISSING_KINDS, patternImage, patternRatio } from './missingPatterns';
import { COLORS } from './palette';
import type { DistrictPaint } from './themePaints';

interface DistrictPath {
  ubigeo: string;
  path: Path2D;
  box: LocalBox;
}

const fillCanvases = new WeakMap<MapLibreMap, DistrictFillCanvas>();

/** The fill canvas under a map, if one is attached (image export composites it). */
export function fillCanvasOf(map: MapLibreMap): DistrictFillCanvas | undefined {
  return fillCanvases.get(map);
}

/** A district's path in the local frame, and the box that holds it. */
function pathOf(shape: DistrictFeature, frame: LocalFrame): { path: Path2D; box: LocalBox } {
  const path = new Path2D();
  let box: LocalBox | null = null;
  for (const ring of ringsOf(shape.geometry)) {
    const points = localRing(ring, frame);
    box = extendBox(box, points);
    path.moveTo(points[0] ?? 0, points[1] ?? 0);
    for (let i = 2; i < points.length; i += 2) path.lineTo(points[i] ?? 0, points[i + 1] ?? 0);
    path.closePath();
  }
  return { path, box: box ?? [0, 0, 0, 0] };
}

/** The pattern tile of a kind, at the ratio patterns are made for, as a canvas to repeat. */
function patternTile(kind: MissingKind, ratio: number): HTMLCanvasElement {
  const image = patternImage(kind, ratio);
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  const pixels = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
  tile.getContext('2d')?.putImageData(pixels, 0, 0);
  return tile;
}

export class DistrictFillCanvas {
  readonly canvas: HTMLCanvasElement;
  private frame: LocalFrame | null = null;
  private paths: DistrictPath[] = [];
  private paint: DistrictPaint | null = null;
  private drawnKey = '';
  private shapesVersion = 0;
  private tiles = new Map<string, HTMLCanvasElement>();

  constructor(private readonly map: MapLibreMap) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'district-fill-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    const container = map.getContainer();
    container.insertBefore(this.canvas, container.firstChild);
    map.on('render', this.draw);
    map.once('remove', () => this.remove());
    fillCanvases.set(map, this);
  }

  setShapes(shapes: readonly DistrictFeature[]): void {
    this.frame = frameFor(shapes.map((s) => s.geometry));
    const frame = this.frame;
    this.paths = frame
      ? shapes.map((s) => ({ ubigeo: s.properties.ubigeo, ...pathOf(s, frame) }))
      : [];
    this.shapesVersion += 1;
  }

  /** New colours: drawn now, without waiting for (or causing) a MapLibre frame. */
  setPaint(paint: DistrictPaint): void {
    this.paint = paint;
    this.draw();
  }

  /** Redraws if the camera, the canvas size, the shapes or the colours changed since last time. */
  readonly draw = (): void => {
    const { paint, frame } = this;
    const source = this.map.getCanvas();
    if (!paint || !frame) return;
    const ratio = this.map.getPixelRatio();
    const m = localToScreen(frame, (lon, lat) => this.map.project([lon, lat]), ratio);
    const key = `${affineKey(m)}|${source.width}x${source.height}|${paint.key}|${this.shapesVersion}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const canvas = this.canvas;
    if (canvas.width !== source.width || canvas.height !== source.height) {
      canvas.width = source.width;
      canvas.height = source.height;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.fillStyle = COLORS.peruLand;
    context.fillRect(0, 0, canvas.width, canvas.height);
    // Each district's path placed on screen (addPath copies it through the camera's transform),
    // so that fills and patterns are drawn in screen pixels.
    const matrix = new DOMMatrix([m.a, m.b, m.c, m.d, m.e, m.f]);
    // Districts off the canvas are left out: their edges would still cost the raster.
    const pathOfDistrict = new Map<string, Path2D>();
    for (const { ubigeo, path, box } of this.paths) {
      if (!boxOnCanvas(box, m, canvas.width, canvas.height)) continue;
      const onScreen = new Path2D();
      onScreen.addPath(path, matrix);
      pathOfDistrict.set(ubigeo, onScreen);
    }
    const plan = fillPlan(paint, [...pathOfDistrict.keys()]);
    for (const { ubigeo, css } of plan.fills) {
      const path = pathOfDistrict.get(ubigeo);
      if (!path) continue;
      context.fillStyle = css;
      context.fill(path, 'evenodd');
    }
    if (plan.patterns.length > 0) {
      const patterns = this.patterns(context, ratio, m.e, m.f);
      for (const { ubigeo, kind, opacity } of plan.patterns) {
        const path = pathOfDistrict.get(ubigeo);
        const pattern = patterns.get(kind);
        if (!path || !pattern) continue;
        context.globalAlpha = opacity;
        context.fillStyle = pattern;
        context.fill(path, 'evenodd');
      }
    }
    context.globalAlpha = 1;
  };

  /** One repeating pattern per kind of gap, anchored to the map so it moves with the districts. */
  private patterns(
    context: CanvasRenderingContext2D,
    ratio: number,
    originX: number,
    originY: number,
  ): Map<MissingKind, CanvasPattern | null> {
    const tileRatio = patternRatio(ratio);
    const scale = ratio / tileRatio;
    const patterns = new Map<MissingKind, CanvasPattern | null>();
    for (const kind of MISSING_KINDS) {
      const id = `${kind}@${tileRatio}`;
      let tile = this.tiles.get(id);
      if (!tile) this.tiles.set(id, (tile = patternTile(kind, tileRatio)));
      const pattern = context.createPattern(tile, 'repeat');
      pattern?.setTransform(new DOMMatrix([scale, 0, 0, scale, originX, originY]));
      patterns.set(kind, pattern);
    }
    return patterns;
  }

  remove(): void {
    this.map.off('render', this.draw);
    this.canvas.remove();
    fillCanvases.delete(this.map);
  }
}
