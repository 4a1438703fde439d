/**
 * Which district contains a point: the district shapes of the five departments, a box test
 * first (cheap), then turf's point-in-polygon. Pure; built once per import.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type DistrictShape = Feature<Polygon | MultiPolygon, { ubigeo: string }>;

type Box = [west: number, south: number, east: number, north: number];

function boxOf(geometry: Polygon | MultiPolygon): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Position[][] =
    geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x = NaN, y = NaN] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/**
 * A lookup from [lon, lat] to the ubigeos of the shapes containing it, in the shapes' order
 * (more than one where outlines overlap), at most `limit` of them.
 */
export function districtsLocator(
  shapes: readonly DistrictShape[],
): (lon: number, lat: number, limit?: number) => string[] {
  const boxed = shapes.map((shape) => ({ shape, box: boxOf(shape.geometry) }));
  return (lon, lat, limit = Infinity) => {
    const found: string[] = [];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return found;
    for (const { shape, box } of boxed) {
      if (found.length >= limit) break;
      if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
      if (booleanPointInPolygon([lon, lat], shape)) found.push(shape.properties.ubigeo);
    }
    return found;
  };
}

/** A lookup from [lon, lat] to the ubigeo of the first shape containing it, or null. */
export function districtLocator(
  shapes: readonly DistrictShape[],
): (lon: number, lat: number) => string | null {
  const locate = districtsLocator(shapes);
  return (lon, lat) => locate(lon, lat, 1)[0] ?? null;
}
