/**
 * The boundary with data/: fetch → validate (the pipeline's own zod schemas) → decode → domain
 * types. Any failure becomes a DataFileError that names the file, so the app can show it.
 */
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { indexDistricts, type DistrictIndex } from '../domain/districts';
import { DATA_FILE_NAMES, type DataUrls } from './dataUrls';
import type { Scope } from './scope';
import { DataFileError, fetchJson, validate, type Fetcher } from './fetchJson';
import {
  ATLAS_TOPOLOGY_OBJECTS,
  PERU_TOPOLOGY_OBJECTS,
  districtsFileSchema,
  riversFileSchema,
  topologySchema,
  type RiversFile,
  type SourceRef,
} from './schemas';
import { placesFileSchema, type PlacesFile } from './placeSchemas';

export { DataFileError };

export type DistrictFeature = Feature<Polygon | MultiPolygon, { ubigeo: string }>;
export type PeruDepartmentFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

export interface AtlasData {
  /** Which district set this is (the VRAEM's five departments or all of Peru). */
  scope: Scope;
  /** The decoded topology, kept to merge districts along shared arcs (comparable view). */
  topology: Topology;
  districts: DistrictIndex;
  sources: readonly SourceRef[];
  districtShapes: readonly DistrictFeature[];
  provinceBorders: Feature<MultiLineString>;
  departmentBorders: Feature<MultiLineString>;
  vraemOutline: Feature<Polygon | MultiPolygon>;
  peruDepartments: readonly PeruDepartmentFeature[];
  /** Peru's land: its 25 departments merged along their shared arcs. */
  peruOutline: Feature<MultiPolygon>;
  rivers: RiversFile;
  /** Town names for the map labels (places.json). */
  places: PlacesFile;
}

function requireObjects(topology: Topology, names: readonly string[], file: string): void {
  for (const name of names) {
    if (!(name in topology.objects)) throw new DataFileError(file, `missing object "${name}"`);
  }
}

function decodeOne<G extends Feature['geometry']>(
  topology: Topology,
  name: string,
  file: string,
): Feature<G> {
  const object = topology.objects[name] as GeometryObject;
  const decoded = feature(topology, object) as Feature<G> | FeatureCollection<G>;
  if (decoded.type === 'Feature') return decoded;
  const geometries = decoded.features.map((f) => f.geometry);
  const first = geometries[0];
  if (!first) throw new DataFileError(file, `object "${name}" is empty`);
  return { type: 'Feature', properties: {}, geometry: first };
}

export async function loadAtlas(
  urls: DataUrls,
  fetcher: Fetcher = fetch,
  scope: Scope = 'vraem',
  names: Record<keyof DataUrls, string> = DATA_FILE_NAMES,
): Promise<AtlasData> {
  const [atlasRaw, peruRaw, riversRaw, districtsRaw, placesRaw] = await Promise.all([
    fetchJson(fetcher, urls.atlasTopology, names.atlasTopology),
    fetchJson(fetcher, urls.peruDepartments, names.peruDepartments),
    fetchJson(fetcher, urls.rivers, names.rivers),
    fetchJson(fetcher, urls.districts, names.districts),
    fetchJson(fetcher, urls.places, names.places),
  ]);

  const atlas = validate(topologySchema, atlasRaw, names.atlasTopology) as unknown as Topology;
  requireObjects(atlas, ATLAS_TOPOLOGY_OBJECTS, names.atlasTopology);
  const peru = validate(topologySchema, peruRaw, names.peruDepartments) as unknown as Topology;
  requireObjects(peru, PERU_TOPOLOGY_OBJECTS, names.peruDepartments);
  const rivers = validate(riversFileSchema, riversRaw, names.rivers);
  const places = validate(placesFileSchema, placesRaw, names.places);
  const districtsFile = validate(districtsFileSchema, districtsRaw, names.districts);

  const shapes = feature(atlas, atlas.objects.districts as GeometryObject) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const districtShapes: DistrictFeature[] = shapes.features.map((f) => ({
    type: 'Feature',
    properties: { ubigeo: String(f.id) },
    geometry: f.geometry,
  }));
  const districts = indexDistricts(districtsFile.districts);
  for (const shape of districtShapes) {
    if (!districts.byUbigeo.has(shape.properties.ubigeo)) {
      throw new DataFileError(
        names.atlasTopology,
        `district ${shape.properties.ubigeo} has no record in ${names.districts}`,
      );
    }
  }

  const departments = feature(
    peru,
    peru.objects.departments as GeometryObject,
  ) as FeatureCollection<Polygon | MultiPolygon, { name?: unknown }>;

  return {
    scope,
    topology: atlas,
    districts,
    sources: districtsFile.sources,
    districtShapes,
    provinceBorders: decodeOne<MultiLineString>(atlas, 'provinceBorders', names.atlasTopology),
    departmentBorders: decodeOne<MultiLineString>(atlas, 'departmentBorders', names.atlasTopology),
    vraemOutline: decodeOne<Polygon | MultiPolygon>(atlas, 'vraemOutline', names.atlasTopology),
    peruOutline: {
      type: 'Feature',
      properties: {},
      geometry: merge(
        peru,
        (peru.objects.departments as GeometryCollection).geometries as (
          | TopoPolygon
          | TopoMultiPolygon
        )[],
      ),
    },
    peruDepartments: departments.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { code: String(f.id), name: String(f.properties?.name ?? f.id) },
    })),
    rivers,
    places,
  };
}
