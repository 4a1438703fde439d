/**
 * Which districts an area selects, by rule. Pure geometry with turf; loaded on demand (it is the
 * only code that needs turf), so it stays out of the first chunk.
 */
import {
  area as areaOf,
  bbox,
  booleanIntersects,
  booleanPointInPolygon,
  circle,
  featureCollection,
  intersect,
  polygon,
  union,
} from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { AreaFilter, AreaShape } from './area';
import { riverCode } from './area';
import { localProjection, pointToLinesKm, polygonToLinesKm, polygonToPointKm } from './distance';

type Shape = Feature<Polygon | MultiPolygon, { ubigeo: string }>;
type Area = Feature<Polygon | MultiPolygon>;

export interface SpatialContext {
  shapes: readonly Shape[];
  /** A point inside each district (its label point), by ubigeo. Plain data, so that the context
   * can be posted to a worker. */
  interiorPoints: ReadonlyMap<string, readonly [number, number]>;
  rivers: readonly Feature<MultiLineString, { name: string }>[];
  /** Incident positions (at their district's interior point in the shipped data). */
  incidentPoints: readonly (readonly [number, number])[];
}

/** Share of a district's area an area must cover under the "share" rule. */
export const SHARE_THRESHOLD = 0.5;

/**
 * The area as a polygon, or null when it cannot be built (a river: its buffer is too slow to
 * build in a browser, so rivers are measured as distances; no incidents).
 */
export function areaPolygon(shape: AreaShape, context: SpatialContext): Area | null {
  const options = { units: 'kilometers' as const, steps: 64 };
  switch (shape.kind) {
    case 'circle':
      return circle(shape.center, shape.km, options);
    case 'polygon': {
      const first = shape.ring[0];
      if (!first) return null;
      return polygon([[...shape.ring, first]]);
    }
    case 'river':
      return null;
    case 'incidents': {
      const circles = context.incidentPoints.map((p) => circle([p[0], p[1]], shape.km, options));
      if (circles.length === 0) return null;
      if (circles.length === 1) return circles[0] ?? null;
      return union(featureCollection(circles)) ?? null;
    }
  }
}

function boxesOverlap(a: number[], b: number[]): boolean {
  return (
    (a[0] ?? 0) <= (b[2] ?? 0) &&
    (b[0] ?? 0) <= (a[2] ?? 0) &&
    (a[1] ?? 0) <= (b[3] ?? 0) &&
    (b[1] ?? 0) <= (a[3] ?? 0)
  );
}

/** Within N km of lines or points, by distance: "touches" = the district, "centre" = its point. */
function byDistance(
  filter: AreaFilter,
  context: SpatialContext,
  lines: readonly (readonly [number, number][])[],
  points: readonly (readonly [number, number])[],
): Set<string> {
  const km = 'km' in filter.shape ? filter.shape.km : 0;
  const selected = new Set<string>();
  for (const shape of context.shapes) {
    const ubigeo = shape.properties.ubigeo;
    const box = bbox(shape);
    const projection = localProjection(((box[1] ?? 0) + (box[3] ?? 0)) / 2);
    const reach = projection.degrees(km);
    const near = [
      (box[0] ?? 0) - reach.lon,
      (box[1] ?? 0) - reach.lat,
      (box[2] ?? 0) + reach.lon,
      (box[3] ?? 0) + reach.lat,
    ];
    const nearLines = lines.filter((line) => boxesOverlap(lineBox(line), near));
    const nearPoints = points.filter((p) => boxesOverlap([p[0], p[1], p[0], p[1]], near));
    if (nearLines.length === 0 && nearPoints.length === 0) continue;
    const centre = context.interiorPoints.get(ubigeo);
    let distance: number;
    if (filter.rule === 'centre') {
      if (!centre) continue;
      const c = projection.toXY(centre);
      distance = Math.min(
        nearLines.length > 0 ? pointToLinesKm(centre, nearLines, projection) : Infinity,
        ...nearPoints.map((p) => {
          const q = projection.toXY(p);
          return Math.hypot(q[0] - c[0], q[1] - c[1]);
        }),
      );
    } else {
      distance = Math.min(
        nearLines.length > 0
          ? polygonToLinesKm(shape.geometry, nearLines, projection, km)
          : Infinity,
        ...nearPoints.map((p) => polygonToPointKm(shape.geometry, p, projection)),
      );
    }
    if (distance <= km) selected.add(ubigeo);
  }
  return selected;
}

function lineBox(line: readonly (readonly [number, number])[]): number[] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of line) {
    west = Math.min(west, lon);
    south = Math.min(south, lat);
    east = Math.max(east, lon);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/**
 * Ubigeos of the districts the area selects under its rule; null when the area is unusable
 * (an unknown river, no incidents, or a share of area around a river, which is not offered).
 */
export function districtsInArea(filter: AreaFilter, context: SpatialContext): Set<string> | null {
  const { shape } = filter;
  if (shape.kind === 'river') {
    const river = context.rivers.find((r) => riverCode(r.properties.name) === shape.river);
    if (!river || filter.rule === 'share') return null;
    const lines = river.geometry.coordinates.map((part) =>
      part.map((p) => [p[0] ?? 0, p[1] ?? 0] as [number, number]),
    );
    return byDistance(filter, context, lines, []);
  }
  if (shape.kind === 'incidents' && filter.rule !== 'share') {
    if (context.incidentPoints.length === 0) return null;
    return byDistance(filter, context, [], context.incidentPoints);
  }
  const zone = areaPolygon(filter.shape, context);
  if (!zone) return null;
  const zoneBox = bbox(zone);
  const selected = new Set<string>();
  for (const shape of context.shapes) {
    const ubigeo = shape.properties.ubigeo;
    if (!boxesOverlap(bbox(shape), zoneBox)) continue;
    if (filter.rule === 'centre') {
      const point = context.interiorPoints.get(ubigeo);
      if (point && booleanPointInPolygon([point[0], point[1]], zone)) selected.add(ubigeo);
    } else if (filter.rule === 'touches') {
      if (booleanIntersects(shape, zone)) selected.add(ubigeo);
    } else {
      const overlap = intersect(featureCollection<Polygon | MultiPolygon>([shape, zone]));
      if (overlap && areaOf(overlap) >= SHARE_THRESHOLD * areaOf(shape)) selected.add(ubigeo);
    }
  }
  return selected;
}
