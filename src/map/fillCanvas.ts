/**
 * The bottom canvas of the map (layerCanvas.ts): the sea and neighbouring countries, Peru's land,
 * then each district's fill. The pattern of each kind of gap goes over it on a canvas of its own
 * (patternCanvas.ts), which this one creates and keeps in step.
 */
import type { MultiPolygon } from 'geojson';
import type { DistrictFeature } from '../data/loadAtlas';
import { ringsOf } from '../domain/distance';
import {
  affineKey,
  boxOnScreen,
  rectsMeet,
  type DeviceRect,
  type LocalFrame,
} from './fillGeometry';
import { changedKeys, fillPlan } from './fillPlan';
import { LayerCanvas, type CanvasHost } from './layerCanvas';
import {
  districtPaths,
  localPath,
  onScreen,
  placedPath,
  repaintAround,
  type CanvasView,
  type LocalPath,
} from './canvasPaths';
import { DistrictPatternCanvas } from './patternCanvas';
import { COLORS } from './palette';
import type { DistrictPaint } from './themePaints';

export class DistrictFillCanvas extends LayerCanvas {
  private paths: ReadonlyMap<string, LocalPath> = new Map();
  private readonly land: Path2D | null;
  private districtPaint: DistrictPaint | null = null;
  private shapesVersion = 0;
  private placedLand: { key: string; path: Path2D } | null = null;
  /** The colour each district was last drawn in (repaint compares the next paint with it). */
  private drawnFills: { shapesVersion: number; fills: ReadonlyMap<string, string> } | null = null;
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

  protected paint(context: CanvasRenderingContext2D, view: CanvasView, within?: DeviceRect): void {
    const paint = this.districtPaint;
    if (!paint) return;
    context.fillStyle = COLORS.background;
    context.fillRect(0, 0, view.width, view.height);
    if (this.land) {
      context.fillStyle = COLORS.peruLand;
      context.fill(this.landOnScreen(view), 'evenodd');
    }
    const fills = fillsOf(paint, this.paths.keys());
    for (const [ubigeo, css] of fills) {
      const local = this.paths.get(ubigeo);
      if (within && local && !rectsMeet(boxOnScreen(local.box, view.m), within)) continue;
      const path = placedPath(this.paths, ubigeo, view);
      if (!path) continue;
      context.fillStyle = css;
      context.fill(path, 'evenodd');
    }
    if (!within) this.drawnFills = { shapesVersion: this.shapesVersion, fills };
  }

  /**
   * A year step on the same camera: only the surroundings of the districts whose colour changed
   * are drawn again (repaintAround: their boxes, with every district that reaches into them, so
   * the pixels are those of a whole drawing), so that the rasteriser fills a few districts
   * instead of all of them.
   */
  protected override repaint(context: CanvasRenderingContext2D, view: CanvasView): boolean {
    const paint = this.districtPaint;
    const drawn = this.drawnFills;
    if (!paint || !drawn || drawn.shapesVersion !== this.shapesVersion) return false;
    const fills = fillsOf(paint, this.paths.keys());
    const boxes = changedKeys(drawn.fills, fills).flatMap((u) => {
      const box = this.paths.get(u)?.box;
      return box ? [box] : [];
    });
    if (!repaintAround(context, view, boxes, (rect) => this.paint(context, view, rect)))
      return false;
    this.drawnFills = { shapesVersion: this.shapesVersion, fills };
    return true;
  }

  /** Peru's land on screen, kept while the camera stays. */
  private landOnScreen(view: CanvasView): Path2D {
    const key = `${affineKey(view.m)}|${view.width}x${view.height}`;
    if (this.placedLand?.key !== key && this.land)
      this.placedLand = { key, path: onScreen(this.land, view) };
    return this.placedLand?.path ?? new Path2D();
  }
}

/** Each district's fill colour (CSS) under a paint; fully transparent ones left out. */
function fillsOf(paint: DistrictPaint, ubigeos: Iterable<string>): Map<string, string> {
  return new Map(fillPlan(paint, [...ubigeos]).fills.map((f) => [f.ubigeo, f.css]));
}
