/**
 * Distances in kilometres between district polygons and lines or points, on a local flat
 * projection (equirectangular at the district's latitude: under 1 % error across a district of
 * the VRAEM). turf's buffer of a long river takes close to a minute in a browser; this takes
 * milliseconds.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type XY = [number, number];
const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON_EQUATOR = 111.32;

export interface LocalProjection {
  toXY: (p: Position | readonly [number, number]) => XY;
  /** Degrees of longitude and latitude that N km spans here (for box tests). */
  degrees: (km: number) => { lon: number; lat: number };
}

export function localProjection(latitude: number): LocalProjection {
  const kx = KM_PER_DEGREE_LON_EQUATOR * Math.cos((latitude * Math.PI) / 180);
  return {
    toXY: (p) => [(p[0] ?? 0) * kx, (p[1] ?? 0) * KM_PER_DEGREE_LAT],
    degrees: (km) => ({ lon: km / kx, lat: km / KM_PER_DEGREE_LAT }),
  };
}

function pointSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function segmentsCross(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

export function segmentDistance(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsCross(a, b, c, d)) return 0;
  return Math.min(
    pointSegment(a, c, d),
    pointSegment(b, c, d),
    pointSegment(c, a, b),
    pointSegment(d, a, b),
  );
}

/** Even-odd point in polygon (all rings), in projected coordinates. */
function inside(p: XY, rings: readonly XY[][]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as XY;
      const b = ring[j] as XY;
      if (
        a[1] > p[1] !== b[1] > p[1] &&
        p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
      )
        odd = !odd;
    }
  }
  return odd;
}

/** Every ring of a polygon or multipolygon, outer rings and holes alike. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Shortest distance (km) from a polygon to a set of polylines; 0 when a line crosses or lies
 * inside it. `within` lets the caller stop early: any distance ≤ within is as good as exact.
 */
export function polygonToLinesKm(
  geometry: Polygon | MultiPolygon,
  lines: readonly (readonly Position[])[],
  projection: LocalProjection,
  within = 0,
): number {
  const rings = ringsOf(geometry).map((ring) => ring.map(projection.toXY));
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  let best = Infinity;
  for (const line of lines) {
    const points = line.map(projection.toXY);
    for (let i = 0; i < points.length; i++) {
      const p = points[i] as XY;
      const q = points[i + 1];
      // A segment whose box is farther from the polygon's box than the best so far cannot win.
      const gap = q
        ? Math.max(
            Math.min(p[0], q[0]) - maxX,
            minX - Math.max(p[0], q[0]),
            Math.min(p[1], q[1]) - maxY,
            minY - Math.max(p[1], q[1]),
            0,
          )
        : 0;
      if (gap > best) continue;
      const inBox = p[0] >= minX && p[0] <= maxX && p[1] >= minY && p[1] <= maxY;
      if (inBox && inside(p, rings)) return 0;
      if (!q) continue;
      for (const ring of rings) {
        for (let k = 0; k + 1 < ring.length; k++) {
          best = Math.min(best, segmentDistance(p, q, ring[k] as XY, ring[k + 1] as XY));
          if (best <= within) return best;
        }
      }
    }
  }
  return best;
}

/** Shortest distance (km) from a polygon to a point; 0 when the point is inside. */
export function polygonToPointKm(
  geometry: Polygon | MultiPolygon,
  point: readonly [number, number],
  projection: LocalProjection,
): number {
  const rings = ringsOf(geometry).map((ring) => ring.map(projection.toXY));
  const p = projection.toXY(point);
  if (inside(p, rings)) return 0;
  let best = Infinity;
  for (const ring of rings) {
    for (let k = 0; k + 1 < ring.length; k++) {
      best = Math.min(best, pointSegment(p, ring[k] as XY, ring[k + 1] as XY));
    }
  }
  return best;
}

/** Distance (km) from a point to a set of polylines. */
export function pointToLinesKm(
  point: readonly [number, number],
  lines: readonly (readonly Position[])[],
  projection: LocalProjection,
): number {
  const p = projection.toXY(point);
  let best = Infinity;
  for (const line of lines) {
    const points = line.map(projection.toXY);
    for (let i = 0; i + 1 < points.length; i++) {
      best = Math.min(best, pointSegment(p, points[i] as XY, points[i + 1] as XY));
    }
  }
  return best;
}
