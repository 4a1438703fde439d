/**
 * Naming WDBII river lines (which carry no names) from the named lines of other sources: a WDBII
 * line takes a name only where at least MATCH_SHARE of its length lies within MATCH_KM of a named
 * source line. 3 km: WDBII lines can be 1–3 km off (its PROVENANCE.md, a 1:1–3M product). Half the
 * length: WDBII lines are cut at 1° bin edges, so one line can run past the end of the named
 * river into a tributary; the majority decides.
 */
import RBush from 'rbush';
import { localProjection } from '../../src/domain/distance';

export const MATCH_KM = 3;
export const MATCH_SHARE = 0.5;
/** Step (km) at which a line is sampled to measure the share of its length near another. */
export const SAMPLE_KM = 0.25;

type Position = readonly [number, number] | readonly number[];
type XY = [number, number];

// One projection for the whole box (lat −14.5…−10.5): under 1.5 % scale error at its edges.
const PROJECTION = localProjection(-12.5);
const xy = (p: Position): XY => PROJECTION.toXY([p[0] ?? 0, p[1] ?? 0]);

interface Segment {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  a: XY;
  b: XY;
}

function pointSegmentKm(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** The segments of some polylines in an R-tree (km coordinates), to ask "any within d km?". */
export class LineIndex {
  private readonly tree = new RBush<Segment>();

  constructor(lines: readonly (readonly Position[])[]) {
    const items: Segment[] = [];
    for (const line of lines) {
      for (let i = 0; i + 1 < line.length; i++) {
        const a = xy(line[i] as Position);
        const b = xy(line[i + 1] as Position);
        items.push({
          minX: Math.min(a[0], b[0]),
          minY: Math.min(a[1], b[1]),
          maxX: Math.max(a[0], b[0]),
          maxY: Math.max(a[1], b[1]),
          a,
          b,
        });
      }
    }
    this.tree.load(items);
  }

  /** Distance (km) from a point to the nearest segment, if it is at most `km`; else Infinity. */
  distanceWithin(p: Position, km: number): number {
    const q = xy(p);
    let best = Infinity;
    for (const s of this.tree.search({
      minX: q[0] - km,
      minY: q[1] - km,
      maxX: q[0] + km,
      maxY: q[1] + km,
    }))
      best = Math.min(best, pointSegmentKm(q, s.a, s.b));
    return best <= km ? best : Infinity;
  }
}

/** Length of a polyline in km (same flat projection). */
export function lengthKm(line: readonly Position[]): number {
  let total = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = xy(line[i] as Position);
    const b = xy(line[i + 1] as Position);
    total += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return total;
}

/** Share (0–1) of a line's length that lies within `km` of the indexed lines. */
export function shareNear(line: readonly Position[], index: LineIndex, km = MATCH_KM): number {
  let near = 0;
  let total = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Position;
    const b = line[i + 1] as Position;
    const [ax, ay] = xy(a);
    const [bx, by] = xy(b);
    const length = Math.hypot(bx - ax, by - ay);
    if (length === 0) continue;
    // Midpoints of equal pieces no longer than SAMPLE_KM, each standing for its piece's length.
    const pieces = Math.max(1, Math.ceil(length / SAMPLE_KM));
    for (let k = 0; k < pieces; k++) {
      const t = (k + 0.5) / pieces;
      const p: [number, number] = [
        (a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)),
        (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0)),
      ];
      if (index.distanceWithin(p, km) <= km) near += length / pieces;
    }
    total += length;
  }
  return total === 0 ? 0 : near / total;
}

/** Flat distance (km) between two positions. */
export function kmBetween(p: Position, q: Position): number {
  const a = xy(p);
  const b = xy(q);
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** The point of a polyline nearest to p: segment index, parameter along it, distance (km). */
export function nearestOnLine(
  line: readonly Position[],
  p: Position,
): { index: number; t: number; km: number } {
  const q = xy(p);
  let best = { index: 0, t: 0, km: Infinity };
  for (let i = 0; i + 1 < line.length; i++) {
    const a = xy(line[i] as Position);
    const b = xy(line[i + 1] as Position);
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const l2 = dx * dx + dy * dy;
    const t =
      l2 === 0 ? 0 : Math.max(0, Math.min(1, ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / l2));
    const km = Math.hypot(q[0] - a[0] - t * dx, q[1] - a[1] - t * dy);
    if (km < best.km) best = { index: i, t, km };
  }
  return best;
}
