/**
 * The bottom canvas of the map (layerCanvas.ts): the sea and neighbouring countries, Peru's land,
 * then each district's fill. The pattern of each kind of gap goes over it on a canvas of its own
 * (patternCanvas.ts), which this one creates and keeps in step.
 */
import type { MultiPolygon } from 'geojson';
import type { DistrictFeature } from '../data/loadAtlas';
import { ringsOf } from '../domain/distance';
import { affineKey, type LocalFrame } from './fillGeometry';
import { fillPlan } from './fillPlan';
import {
  districtPaths,
  LayerCanvas,
  type CanvasHost,
  localPath,
  onScreen,
  placedPath,
  type CanvasView,
  type LocalPath,
} from './layerCanvas';
import { DistrictPatternCanvas } from './patternCanvas';
import { COLORS } from './palette';
import type { DistrictPaint } from './themePaints';

export class DistrictFillCanvas extends LayerCanvas {
  private paths: ReadonlyMap<string, LocalPath> = new Map();
  private readonly land: Path2D | null;
  private districtPaint: DistrictPaint | null = null;
  private shapesVersion = 0;
  private placedLand: { key: string; path: Path2D } | null = null;
  /** The gap patterns, on their own canvas just above this one. */
  private readonly patternCanvas: DistrictPatternCanvas;

  constructor(
    map: CanvasHost,
    /** The frame all the map's canvases share (see districtPaths). */
    private readonly localFrame: LocalFrame | null,
    /** Peru's land: the rest of the canvas is the sea and the neighbouring countries. */
    peruOutline: MultiPolygon,
  ) {
    super(map, 'district-fill-canvas');
    this.patternCanvas = new DistrictPatternCanvas(map, localFrame);
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
    this.patternCanvas.setShapes(shapes);
  }

  /** New colours: drawn now, without waiting for (or causing) a MapLibre frame. */
  setPaint(paint: DistrictPaint): void {
    this.districtPaint = paint;
    this.draw();
    this.patternCanvas.setPaint(paint);
  }

  protected paint(context: CanvasRenderingContext2D, view: CanvasView): void {
    const paint = this.districtPaint;
    if (!paint) return;
    context.fillStyle = COLORS.background;
    context.fillRect(0, 0, view.width, view.height);
    if (this.land) {
      context.fillStyle = COLORS.peruLand;
      context.fill(this.landOnScreen(view), 'evenodd');
    }
    for (const { ubigeo, css } of fillPlan(paint, [...this.paths.keys()]).fills) {
      const path = placedPath(this.paths, ubigeo, view);
      if (!path) continue;
      context.fillStyle = css;
      context.fill(path, 'evenodd');
    }
  }

  /** Peru's land on screen, kept while the camera stays. */
  private landOnScreen(view: CanvasView): Path2D {
    const key = `${affineKey(view.m)}|${view.width}x${view.height}`;
    if (this.placedLand?.key !== key && this.land)
      this.placedLand = { key, path: onScreen(this.land, view) };
    return this.placedLand?.path ?? new Path2D();
  }
}
