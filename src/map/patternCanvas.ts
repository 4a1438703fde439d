/**
 * The canvas just above the fills (fillCanvas.ts, which creates it): the pattern of each kind of
 * gap over the districts that have one (missingPatterns.ts).
 *
 * Why a canvas of its own: filling with a repeating pattern is the slow part of the map's raster
 * (~13 of the fill canvas's ~20 ms in a year step, measured: docs/PERFORMANCE.md), and which
 * districts carry which pattern rarely changes from one year to the next. On its own canvas the
 * patterns are drawn again only when that or the camera changes, not when the colours do.
 */
import type { DistrictFeature } from '../data/loadAtlas';
import type { MissingKind } from '../domain/values';
import { boxOnScreen, rectsMeet, type DeviceRect, type LocalFrame } from './fillGeometry';
import { changedKeys, patternPlan, patternPlanKey, type PatternPlan } from './fillPlan';
import { LayerCanvas, type CanvasHost } from './layerCanvas';
import {
  districtPaths,
  placedPath,
  repaintAround,
  type CanvasView,
  type LocalPath,
} from './canvasPaths';
import { MISSING_KINDS, patternRatio, patternTile } from './missingPatterns';
import type { DistrictPaint } from './themePaints';

export class DistrictPatternCanvas extends LayerCanvas {
  private paths: ReadonlyMap<string, LocalPath> = new Map();
  private marks: PatternPlan = [];
  private key = '';
  private shapesVersion = 0;
  private paintShown: DistrictPaint | null = null;
  private readonly tiles = new Map<string, HTMLCanvasElement>();
  /** What was last drawn, by district ("kind:opacity"): repaint compares the next marks with it. */
  private drawnMarks: { shapesVersion: number; marks: ReadonlyMap<string, string> } | null = null;

  constructor(
    map: CanvasHost,
    /** The frame all the map's canvases share (see districtPaths). */
    private readonly localFrame: LocalFrame | null,
  ) {
    super(map, 'district-pattern-canvas');
  }

  protected get frame(): LocalFrame | null {
    return this.marks.length > 0 ? this.localFrame : null;
  }

  protected get contentKey(): string {
    return `${this.shapesVersion}|${this.key}`;
  }

  setShapes(shapes: readonly DistrictFeature[]): void {
    this.paths = this.localFrame ? districtPaths(shapes, this.localFrame) : new Map();
    this.shapesVersion += 1;
    if (this.paintShown) this.setPaint(this.paintShown);
  }

  /** The patterns of a paint: drawn now if they differ from those shown. */
  setPaint(paint: DistrictPaint): void {
    this.paintShown = paint;
    this.marks = patternPlan(paint, this.paths.keys());
    this.key = patternPlanKey(this.marks);
    this.draw();
  }

  protected paint(context: CanvasRenderingContext2D, view: CanvasView, within?: DeviceRect): void {
    const patterns = this.patterns(context, view.ratio, view.m.e, view.m.f);
    for (const { ubigeo, kind, opacity } of this.marks) {
      const local = this.paths.get(ubigeo);
      if (within && local && !rectsMeet(boxOnScreen(local.box, view.m), within)) continue;
      const path = placedPath(this.paths, ubigeo, view);
      const pattern = patterns.get(kind);
      if (!path || !pattern) continue;
      context.globalAlpha = opacity;
      context.fillStyle = pattern;
      context.fill(path, 'evenodd');
    }
    if (!within)
      this.drawnMarks = { shapesVersion: this.shapesVersion, marks: marksByDistrict(this.marks) };
  }

  /**
   * New gaps on the same camera (a year step: a district created that year loses its "not yet a
   * district" lines): only the surroundings of the districts whose pattern changed are drawn
   * again (repaintAround).
   */
  protected override repaint(context: CanvasRenderingContext2D, view: CanvasView): boolean {
    const drawn = this.drawnMarks;
    if (!drawn || drawn.shapesVersion !== this.shapesVersion) return false;
    const marks = marksByDistrict(this.marks);
    const boxes = changedKeys(drawn.marks, marks).flatMap((u) => {
      const box = this.paths.get(u)?.box;
      return box ? [box] : [];
    });
    if (!repaintAround(context, view, boxes, (rect) => this.paint(context, view, rect)))
      return false;
    this.drawnMarks = { shapesVersion: this.shapesVersion, marks };
    return true;
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

function marksByDistrict(plan: PatternPlan): Map<string, string> {
  return new Map(plan.map((m) => [m.ubigeo, `${m.kind}:${m.opacity}`]));
}
