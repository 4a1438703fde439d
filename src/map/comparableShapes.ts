/** District polygons for the comparable view: split districts merged back along shared arcs. */
import type { MultiPolygon } from 'geojson';
import { merge } from 'topojson-client';
import type {
  GeometryCollection,
  Polygon as TopoPolygon,
  MultiPolygon as TopoMultiPolygon,
  Topology,
} from 'topojson-specification';
import type { DistrictFeature } from '../data/loadAtlas';

type DistrictGeometry = TopoPolygon | TopoMultiPolygon;

export function mergedDistrictShapes(
  topology: Topology,
  shapes: readonly DistrictFeature[],
  groups: ReadonlyMap<string, readonly string[]>,
): DistrictFeature[] {
  const collection = topology.objects.districts as GeometryCollection;
  const geometryById = new Map(
    collection.geometries.map((g) => [String(g.id), g as DistrictGeometry]),
  );
  const shapeById = new Map(shapes.map((s) => [s.properties.ubigeo, s]));
  const out: DistrictFeature[] = [];
  for (const [key, members] of groups) {
    if (members.length === 1) {
      const own = shapeById.get(key);
      if (own) out.push(own);
      continue;
    }
    const geometries = members.flatMap((u) => geometryById.get(u) ?? []);
    const geometry: MultiPolygon = merge(topology, geometries);
    out.push({ type: 'Feature', properties: { ubigeo: key }, geometry });
  }
  return out;
}
