/**
 * The bottom canvas of the map (layerCanvas.ts): the sea and neighbouring countries, Peru's land,
 * each district's fill, then the pattern of each kind of gap over the districts that have one
 * (gapPatterns.ts).
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
import { GapPatterns } from './gapPatterns';
import { COLORS } from './palette';
import type { DistrictPaint } from './themePaints';

export class DistrictFillCanvas extends LayerCanvas {
  private paths: ReadonlyMap<string, LocalPath> = new Map();
  private readonly land: Path2D | null;
  private districtPaint: DistrictPaint | null = null;
  private shapesVersion = 0;
  private placedLand: { key: string; path: Path2D } | null = null;
  /**
   * The colour and gap each district was last drawn with, by canvas (two, drawn in turn:
   * layerCanvas.ts): repaint compares the next paint with what that canvas shows.
   */
  private readonly drawn = new WeakMap<
    HTMLCanvasElement | OffscreenCanvas,
    {
      shapesVersion: number;
      fills: ReadonlyMap<string, string>;
      gaps: ReadonlyMap<string, string>;
    }
  >();
  private readonly gaps = new GapPatterns();

  constructor(
    map: CanvasHost,
    /** The frame all the map's canvases share (see districtPaths). */
    private readonly localFrame: LocalFrame | null,
    /** Peru's land: the rest of the canvas is the sea and the neighbouring countries. */
    peruOutline: MultiPolygon,
  ) {
    super(map, 'district-fill-canvas', true);
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
    if (this.districtPaint) this.gaps.plan(this.districtPaint, this.paths.keys());
  }

  /** New colours: drawn now, without waiting for (or causing) a MapLibre frame. */
  setPaint(paint: DistrictPaint): void {
    this.districtPaint = paint;
    this.gaps.plan(paint, this.paths.keys());
    this.draw();
  }

  protected paint(context: CanvasRenderingContext2D, view: CanvasView): void {
    const paint = this.districtPaint;
    if (!paint) return;
    const fills = fillsOf(paint, this.paths.keys());
    this.paintFills(context, view, fills);
    const gaps = this.gaps.byDistrict();
    this.drawn.set(context.canvas, { shapesVersion: this.shapesVersion, fills, gaps });
  }

  /** Land, fills and gaps (only those meeting `within`, if given), with these fills. */
  private paintFills(
    context: CanvasRenderingContext2D,
    view: CanvasView,
    fills: ReadonlyMap<string, string>,
    within?: DeviceRect,
  ): void {
    context.fillStyle = COLORS.background;
    context.fillRect(0, 0, view.width, view.height);
    if (this.land) {
      context.fillStyle = COLORS.peruLand;
      context.fill(this.landOnScreen(view), 'evenodd');
    }
    for (const [ubigeo, css] of fills) {
      const local = this.paths.get(ubigeo);
      if (within && local && !rectsMeet(boxOnScreen(local.box, view.m), within)) continue;
      const path = placedPath(this.paths, ubigeo, view);
      if (!path) continue;
      context.fillStyle = css;
      context.fill(path, 'evenodd');
    }
    this.gaps.draw(context, view, this.paths, within);
  }

  /**
   * A year step on the same camera: only the surroundings of the districts whose colour or gap
   * changed are drawn again (repaintAround: their boxes, with every district that reaches into
   * them, so the pixels are those of a whole drawing), so that the rasteriser fills a few
   * districts instead of all of them.
   */
  protected override repaint(context: CanvasRenderingContext2D, view: CanvasView): boolean {
    const paint = this.districtPaint;
    const drawn = this.drawn.get(context.canvas);
    if (!paint || !drawn || drawn.shapesVersion !== this.shapesVersion) return false;
    const fills = fillsOf(paint, this.paths.keys());
    const gaps = this.gaps.byDistrict();
    const changed = new Set([...changedKeys(drawn.fills, fills), ...changedKeys(drawn.gaps, gaps)]);
    const boxes = [...changed].flatMap((u) => {
      const box = this.paths.get(u)?.box;
      return box ? [box] : [];
    });
    if (!repaintAround(context, view, boxes, (rect) => this.paintFills(context, view, fills, rect)))
      return false;
    this.drawn.set(context.canvas, { shapesVersion: this.shapesVersion, fills, gaps });
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
