/**
 * The bottom canvas of the map (layerCanvas.ts): the sea and neighbouring countries, Peru's land,
 * then each district's fill and, over it, the pattern of its kind of gap.
 */
import type { MultiPolygon } from 'geojson';
import type { DistrictFeature } from '../data/loadAtlas';
import { ringsOf } from '../domain/distance';
import type { MissingKind } from '../domain/values';
import { boxOnCanvas, type LocalFrame } from './fillGeometry';
import { fillPlan } from './fillPlan';
import {
  districtPaths,
  LayerCanvas,
  type CanvasHost,
  localPath,
  onScreen,
  type CanvasView,
  type LocalPath,
} from './layerCanvas';
import { MISSING_KINDS, patternRatio, patternTile } from './missingPatterns';
import { COLORS } from './palette';
import type { DistrictPaint } from './themePaints';

export class DistrictFillCanvas extends LayerCanvas {
  private paths: ReadonlyMap<string, LocalPath> = new Map();
  private readonly land: Path2D | null;
  private districtPaint: DistrictPaint | null = null;
  private shapesVersion = 0;
  private tiles = new Map<string, HTMLCanvasElement>();

  constructor(
    map: CanvasHost,
    /** The frame all the map's canvases share (see districtPaths). */
    private readonly localFrame: LocalFrame | null,
    /** Peru's land: the rest of the canvas is the sea and the neighbouring countries. */
    peruOutline: MultiPolygon,
  ) {
    super(map, 'district-fill-canvas');
    this.land = localFrame ? localPath(ringsOf(peruOutline), localFrame, true).path : null;
  }

  protected get frame(): LocalFrame | null {
    return this.districtPaint ? this.localFrame : null;
  }

  protected get contentKey(): string {
    return `${this.districtPaint?.key ?? ''}|${this.shapesVersion}`;
  }

  setShapes(shapes: readonly DistrictFeature[]): void {
    this.paths = this.localFrame ? districtPaths(shapes, this.localFrame) : new Map();
    this.shapesVersion += 1;
  }

  /** New colours: drawn now, without waiting for (or causing) a MapLibre frame. */
  setPaint(paint: DistrictPaint): void {
    this.districtPaint = paint;
    this.draw();
  }

  protected paint(context: CanvasRenderingContext2D, view: CanvasView): void {
    const paint = this.districtPaint;
    if (!paint) return;
    const { m, width, height } = view;
    context.fillStyle = COLORS.background;
    context.fillRect(0, 0, width, height);
    if (this.land) {
      context.fillStyle = COLORS.peruLand;
      context.fill(onScreen(this.land, view), 'evenodd');
    }
    // Districts off the canvas are left out: their edges would still cost the raster.
    const pathOfDistrict = new Map<string, Path2D>();
    for (const [ubigeo, { path, box }] of this.paths) {
      if (boxOnCanvas(box, m, width, height)) pathOfDistrict.set(ubigeo, onScreen(path, view));
    }
    const plan = fillPlan(paint, [...pathOfDistrict.keys()]);
    for (const { ubigeo, css } of plan.fills) {
      const path = pathOfDistrict.get(ubigeo);
      if (!path) continue;
      context.fillStyle = css;
      context.fill(path, 'evenodd');
    }
    if (plan.patterns.length === 0) return;
    const patterns = this.patterns(context, view.ratio, m.e, m.f);
    for (const { ubigeo, kind, opacity } of plan.patterns) {
      const path = pathOfDistrict.get(ubigeo);
      const pattern = patterns.get(kind);
      if (!path || !pattern) continue;
      context.globalAlpha = opacity;
      context.fillStyle = pattern;
      context.fill(path, 'evenodd');
    }
  }

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
}
