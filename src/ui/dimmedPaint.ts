import { COLORS, type RGBA } from '../map/palette';
import type { DistrictPaint } from '../map/themePaints';

const FADE = 0.22;

/**
 * Filtered-out districts fade: the same colour at a fraction of its opacity, so the pattern of
 * the whole region stays readable behind the districts the filter keeps.
 */
export function dimmedPaint(paint: DistrictPaint, kept: ReadonlySet<string>): DistrictPaint {
  const fade = ([r, g, b, a]: RGBA): RGBA => [r, g, b, Math.round(a * FADE)];
  const pattern = paint.pattern;
  return {
    ...(pattern && {
      pattern: (u: string) => {
        const mark = pattern(u);
        return mark && !kept.has(u) ? { ...mark, opacity: mark.opacity * FADE } : mark;
      },
    }),
    fill: (u) => (kept.has(u) ? paint.fill(u) : fade(paint.fill(u))),
    line: (u) => (kept.has(u) ? paint.line(u) : COLORS.contextLine),
    key: `${paint.key}|kept:${[...kept].sort().join(',')}`,
  };
}
