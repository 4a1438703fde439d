/**
 * What the map canvases draw for a paint, as data: each district's fill colour (none where it is
 * fully transparent) and, over the fills, each gap pattern with its opacity (fillCanvas.ts); the
 * outlines grouped by colour (lineCanvas.ts).
 */
import type { MissingKind } from '../domain/values';
import { rgbaCssExact } from './palette';
import type { DistrictPaint, PatternMark } from './themePaints';

export interface FillPlan {
  fills: { ubigeo: string; css: string }[];
  patterns: PatternPlan;
}

/** The districts drawn with a gap's pattern (gapPatterns.ts), in drawing order. */
export type PatternPlan = { ubigeo: string; kind: MissingKind; opacity: number }[];

export function fillPlan(paint: DistrictPaint, ubigeos: readonly string[]): FillPlan {
  const plan: FillPlan = { fills: [], patterns: patternPlan(paint, ubigeos) };
  for (const ubigeo of ubigeos) {
    const colour = paint.fill(ubigeo);
    if (colour[3] > 0) plan.fills.push({ ubigeo, css: rgbaCssExact(colour) });
  }
  return plan;
}

/** Each district's pattern with its opacity; fully transparent ones are left out. */
export function patternPlan(paint: DistrictPaint, ubigeos: Iterable<string>): PatternPlan {
  const plan: PatternPlan = [];
  if (!paint.pattern) return plan;
  for (const ubigeo of ubigeos) {
    const mark: PatternMark | null = paint.pattern(ubigeo);
    if (mark && mark.opacity > 0) plan.push({ ubigeo, kind: mark.kind, opacity: mark.opacity });
  }
  return plan;
}

/** Districts whose outlines share a colour, stroked together. */
export interface OutlineGroup {
  css: string;
  ubigeos: string[];
}

/**
 * District outlines grouped by colour: the other districts' first and the VRAEM's after, so that
 * a VRAEM outline is drawn above a neighbour's where they share a border. Fully transparent
 * outlines are left out.
 */
export function outlinePlan(
  paint: DistrictPaint,
  ubigeos: readonly string[],
  isVraem: (ubigeo: string) => boolean,
): OutlineGroup[] {
  const groups = new Map<string, OutlineGroup>();
  for (const vraem of [false, true]) {
    for (const ubigeo of ubigeos) {
      if (isVraem(ubigeo) !== vraem) continue;
      const colour = paint.line(ubigeo);
      if (colour[3] <= 0) continue;
      const css = rgbaCssExact(colour);
      const key = `${vraem ? 'v' : 'o'}${css}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { css, ubigeos: [] }));
      group.ubigeos.push(ubigeo);
    }
  }
  return [...groups.values()];
}

/** The keys whose value differs between two maps (added, removed or changed), in no order. */
export function changedKeys<T>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
): string[] {
  const changed: string[] = [];
  for (const [key, value] of after) if (before.get(key) !== value) changed.push(key);
  for (const key of before.keys()) if (!after.has(key)) changed.push(key);
  return changed;
}
