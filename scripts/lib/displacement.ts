/**
 * How far did a boundary move? For every vertex of the original polygon, the distance in metres
 * to the nearest point of the new boundary of the same polygon (local equirectangular projection
 * around the polygon's centre latitude — error well under 1 % at this size).
 */
import { M_PER_DEG } from './simplify';
import type { MultiPolygonCoords } from './planar/clean';

export interface DisplacementStats {
  /** Polygons measured. */
  ids: number;
  vertices: number;
  maxM: number;
  p99M: number;
  /** Id of the polygon where the maximum occurs. */
  maxAt: string;
}

function segmentsOf(mp: MultiPolygonCoords, kx: number, ky: number): Float64Array {
  const out: number[] = [];
  for (const poly of mp) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const p = ring[i] as number[];
        const q = ring[i + 1] as number[];
        out.push(
          (p[0] as number) * kx,
          (p[1] as number) * ky,
          (q[0] as number) * kx,
          (q[1] as number) * ky,
        );
      }
    }
  }
  return Float64Array.from(out);
}

function nearest(segs: Float64Array, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i < segs.length; i += 4) {
    const ax = segs[i] as number;
    const ay = segs[i + 1] as number;
    const dx = (segs[i + 2] as number) - ax;
    const dy = (segs[i + 3] as number) - ay;
    const len2 = dx * dx + dy * dy;
    let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const ex = ax + t * dx - x;
    const ey = ay + t * dy - y;
    const d2 = ex * ex + ey * ey;
    if (d2 < best) best = d2;
  }
  return Math.sqrt(best);
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
}

export function measureDisplacement(
  pairs: { id: string; original: MultiPolygonCoords; moved: MultiPolygonCoords }[],
): DisplacementStats {
  const all: number[] = [];
  let maxM = 0;
  let maxAt = '';
  for (const { id, original, moved } of pairs) {
    const lats = original.flat(2).map((c) => c[1] as number);
    const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
    const kx = M_PER_DEG * Math.cos((lat0 * Math.PI) / 180);
    const ky = M_PER_DEG;
    const segs = segmentsOf(moved, kx, ky);
    for (const poly of original) {
      for (const ring of poly) {
        // The closing position repeats the first one; count each vertex once.
        for (let i = 0; i + 1 < ring.length; i++) {
          const c = ring[i] as number[];
          const d = nearest(segs, (c[0] as number) * kx, (c[1] as number) * ky);
          all.push(d);
          if (d > maxM) {
            maxM = d;
            maxAt = id;
          }
        }
      }
    }
  }
  all.sort((a, b) => a - b);
  return { ids: pairs.length, vertices: all.length, maxM, p99M: percentile(all, 0.99), maxAt };
}
