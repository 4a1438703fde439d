/** Reads and validates every raw input the pipeline uses (one function per file). */
import { parseCsv, RawDataError } from './csv';
import { polygonsOf, readFeatures } from './geojson';
import type { RawInputs } from './inputs';
import { toDistrict2007, type District2007 } from './lineage';
import type { RawDistrict } from './districts';
import type { DepartmentInput } from './departments';
import * as raw from './raw-schemas';

function uniqueBy<T>(
  rows: T[],
  key: (r: T) => string,
  file: string,
  field: string,
): Map<string, T> {
  const out = new Map<string, T>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (out.has(k)) throw new RawDataError(file, i + 1, field, `duplicate value ${k}`);
    out.set(k, r);
  });
  return out;
}

const byUbigeo = (a: { ubigeo: string }, b: { ubigeo: string }): number =>
  a.ubigeo < b.ubigeo ? -1 : a.ubigeo > b.ubigeo ? 1 : 0;

/** The five-department extract (default) or, with `file`, the national district file. */
export function loadDistricts(
  inputs: RawInputs,
  file: string = raw.MAPSPERU_DISTRICTS,
): RawDistrict[] {
  const features = readFeatures(inputs, file, raw.mapsPeruDistrictProps, raw.polygonalGeometry);
  const districts = features.map((f) => ({
    ubigeo: f.properties.ubigeo,
    name: f.properties.DISTRITO,
    province: f.properties.PROVINCIA,
    department: f.properties.DEPARTAMENTO,
    polygons: polygonsOf(f.geometry),
  }));
  uniqueBy(districts, (d) => d.ubigeo, file, 'properties.ubigeo');
  return districts.sort(byUbigeo);
}

export function loadVraemList(inputs: RawInputs) {
  const rows = parseCsv(
    inputs.readText(raw.VRAEM_DISTRICTS_CSV),
    raw.VRAEM_DISTRICTS_CSV,
    raw.vraemDistrictRow,
    ['ubigeo', 'district', 'province', 'department'],
  );
  return uniqueBy(rows, (r) => r.ubigeo, raw.VRAEM_DISTRICTS_CSV, 'ubigeo');
}

export function loadCreationLaws(inputs: RawInputs) {
  const rows = parseCsv(
    inputs.readText(raw.CREATION_LAWS_CSV),
    raw.CREATION_LAWS_CSV,
    raw.creationLawRow,
    [
      'ubigeo',
      'district',
      'law',
      'published',
      'carved_from_as_stated',
      'carved_from_ubigeo',
      'source_url',
      'note',
    ],
  );
  return uniqueBy(rows, (r) => r.ubigeo, raw.CREATION_LAWS_CSV, 'ubigeo');
}

export function loadDistricts2017(inputs: RawInputs): Set<string> {
  const rows = parseCsv(inputs.readText(raw.NBI_2017_CSV), raw.NBI_2017_CSV, raw.nbiRow, [
    'ubigeo',
  ]);
  return new Set(uniqueBy(rows, (r) => r.ubigeo, raw.NBI_2017_CSV, 'ubigeo').keys());
}

export function loadPopulation2017(inputs: RawInputs): Map<string, number> {
  const rows = parseCsv(
    inputs.readText(raw.POPULATION_2017_CSV),
    raw.POPULATION_2017_CSV,
    raw.populationRow,
    ['UBIGEO', 'POBTOTAL'],
  );
  const unique = uniqueBy(rows, (r) => r.UBIGEO, raw.POPULATION_2017_CSV, 'UBIGEO');
  return new Map([...unique].map(([k, r]) => [k, r.POBTOTAL]));
}

export interface Limits2007 {
  ubigeos: Set<string>;
  names: Map<string, string>;
  withGeometry: District2007[];
  withoutGeometry: string[];
}

export function loadLimits2007(inputs: RawInputs): Limits2007 {
  const features = readFeatures(
    inputs,
    raw.INEI_2007_DISTRICTS,
    raw.inei2007Props,
    raw.polygonalGeometry.nullable(),
  );
  uniqueBy(features, (f) => f.properties.IDDIST, raw.INEI_2007_DISTRICTS, 'properties.IDDIST');
  const withGeometry: District2007[] = [];
  const withoutGeometry: string[] = [];
  for (const f of features) {
    if (f.geometry)
      withGeometry.push(
        toDistrict2007(f.properties.IDDIST, {
          type: 'Feature',
          properties: {},
          geometry: f.geometry,
        }),
      );
    else withoutGeometry.push(f.properties.IDDIST);
  }
  return {
    ubigeos: new Set(features.map((f) => f.properties.IDDIST)),
    names: new Map(features.map((f) => [f.properties.IDDIST, f.properties.NOMBDIST])),
    withGeometry: withGeometry.sort(byUbigeo),
    withoutGeometry: withoutGeometry.sort(),
  };
}

export function loadDepartments(inputs: RawInputs): DepartmentInput[] {
  const features = readFeatures(
    inputs,
    raw.MAPSPERU_DEPARTMENTS,
    raw.mapsPeruDepartmentProps,
    raw.polygonalGeometry,
  );
  uniqueBy(features, (f) => f.properties.ubigeo2, raw.MAPSPERU_DEPARTMENTS, 'properties.ubigeo2');
  return features
    .map((f) => ({
      code: f.properties.ubigeo2,
      name: f.properties.DEPARTAMENTO,
      raw: polygonsOf(f.geometry),
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

export interface RawLine {
  name: string;
  /** Which original file a GEO GPS PERÚ segment came from (empty for Natural Earth). */
  file: string;
  coords: number[][];
}

export function loadRivers(inputs: RawInputs): { geogps: RawLine[]; naturalEarth: RawLine[] } {
  const geogps = readFeatures(
    inputs,
    raw.GEOGPS_RIVERS,
    raw.geogpsRiverProps,
    raw.lineStringGeometry,
  ).map((f) => ({
    name: f.properties.NOMBRE,
    file: f.properties.ARCHIVO,
    coords: f.geometry.coordinates,
  }));
  const naturalEarth = readFeatures(
    inputs,
    raw.NATURAL_EARTH_RIVERS,
    raw.naturalEarthRiverProps,
    raw.lineStringGeometry,
  ).map((f) => ({
    name: f.properties.name,
    file: '',
    coords: f.geometry.coordinates,
  }));
  return { geogps, naturalEarth };
}
