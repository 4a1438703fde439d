/** The committed data/ the app ships, read for importer tests: known ubigeos and real shapes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { districtsFileSchema } from '../../../src/data/schemas';
import { indexDistricts } from '../../../src/domain/districts';
import type { DistrictShape } from '../../../src/data/import/districtLocator';

const root = resolve(__dirname, '../../..');

export const index = indexDistricts(
  districtsFileSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/districts.json'), 'utf8')))
    .districts,
);
export const knownUbigeo = (u: string) => index.byUbigeo.has(u);

export function districtShapes(): DistrictShape[] {
  const topology = JSON.parse(
    readFileSync(resolve(root, 'data/geo/atlas.topo.json'), 'utf8'),
  ) as Topology;
  const shapes = feature(topology, topology.objects.districts as GeometryObject) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  return shapes.features.map((f) => ({
    type: 'Feature',
    properties: { ubigeo: String(f.id) },
    geometry: f.geometry,
  }));
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/import', name)));
}
