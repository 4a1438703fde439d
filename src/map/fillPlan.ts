/**
 * What the fill canvas draws for a paint (fillCanvas.ts), as data: each district's fill colour
 * (none where it is fully transparent) and, over the fills, each gap pattern with its opacity.
 */
import type { MissingKind } from '../domain/values';
import { rgbaCssExact } from './palette';
import type { DistrictPaint } from './themePaints';

export interface FillPlan {
  fills: { ubigeo: string; css: string }[];
  patterns: { ubigeo: string; kind: MissingKind; opacity: number }[];
}

export function fillPlan(paint: DistrictPaint, ubigeos: readonly string[]): FillPlan {
  const plan: FillPlan = { fills: [], patterns: [] };
  for (const ubigeo of ubigeos) {
    const colour = paint.fill(ubigeo);
    if (colour[3] > 0) plan.fills.push({ ubigeo, css: rgbaCssExact(colour) });
    const mark = paint.pattern?.(ubigeo);
    if (mark && mark.opacity > 0)
      plan.patterns.push({ ubigeo, kind: mark.kind, opacity: mark.opacity });
  }
  return plan;
}
