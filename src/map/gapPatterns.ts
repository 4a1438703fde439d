/**
 * The pattern of each kind of gap over the districts that have one (missingPatterns.ts), drawn
 * by the fill canvas over its fills (fillCanvas.ts).
 *
 * Why on the fill canvas and not on one of its own: with Chromium's GPU process, the first draw
 * into a canvas the compositor is showing copies its whole bitmap (~15 ms a canvas here, measured
 * in a trace: CanvasRenderingContext2D::FinalizeFrame), so each canvas a year step touches costs
 * that once. Fills and gaps change in the same steps; on one canvas they cost it once.
 * Filling with a repeating pattern is the slow part of the raster, so a year step draws them
 * only inside the boxes it draws again (canvasPaths.ts, repaintAround).
 */
import type { DistrictPaint } from './themePaints';
import type { MissingKind } from '../domain/values';
import { boxOnScreen, rectsMeet, type DeviceRect } from './fillGeometry';
import { patternPlan, type PatternPlan } from './fillPlan';
import { placedPath, type CanvasView, type LocalPath } from './canvasPaths';
import { MISSING_KINDS, patternRatio, patternTile } from './missingPatterns';

export class GapPatterns {
  private marks: PatternPlan = [];
  private readonly tiles = new Map<string, HTMLCanvasElement>();

  /** The gaps of a paint, over these districts. */
  plan(paint: DistrictPaint, ubigeos: Iterable<string>): void {
    this.marks = patternPlan(paint, ubigeos);
  }

  /** What each district carries ("kind:opacity"): a year step compares it with what was drawn. */
  byDistrict(): Map<string, string> {
    return new Map(this.marks.map((m) => [m.ubigeo, `${m.kind}:${m.opacity}`]));
  }

  /** Draws the patterns (only those meeting `within`, if given); leaves globalAlpha at 1. */
  draw(
    context: CanvasRenderingContext2D,
    view: CanvasView,
    paths: ReadonlyMap<string, LocalPath>,
    within?: DeviceRect,
  ): void {
    if (this.marks.length === 0) return;
    const patterns = this.patterns(context, view.ratio, view.m.e, view.m.f);
    for (const { ubigeo, kind, opacity } of this.marks) {
      const local = paths.get(ubigeo);
      if (within && local && !rectsMeet(boxOnScreen(local.box, view.m), within)) continue;
      const path = placedPath(paths, ubigeo, view);
      const pattern = patterns.get(kind);
      if (!path || !pattern) continue;
      context.globalAlpha = opacity;
      context.fillStyle = pattern;
      context.fill(path, 'evenodd');
    }
    context.globalAlpha = 1;
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
