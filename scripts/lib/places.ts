/**
 * data/places.json: the town names the map labels. District capitals come from the INEI/CEPLAN
 * capital points of jmcastagnetto/ubigeo-peru-aumentado; more places from GeoNames cities500.
 * Rules (stated in SOURCES.md by placesSection):
 * - A GeoNames place is kept only where its point lies within MISPLACED_KM of the district its
 *   own admin3 code (the INEI ubigeo) names — of the department its admin1 code names when it has
 *   no admin3 code — or of a district that carries its own name. This drops the misplaced
 *   "Pangoa" of GeoNames' PROVENANCE.md (coded Echarate, 5 km outside it, 104 km from Pangoa)
 *   by rule, with no coordinate edited by hand.
 * - A GeoNames place with the name of a district capital, in that capital's district (by point or
 *   by code) or within SAME_TOWN_KM of it, is the same town: the capital's point is kept and
 *   GeoNames' population is attached to it (only to rank labels).
 */
import type { Feature, MultiPolygon } from 'geojson';
import { z } from 'zod';
import { DATA_SCHEMA_VERSION } from '../../src/data/schemas';
import {
  placesFileSchema,
  type Place,
  type PlaceKind,
  type PlacesFile,
} from '../../src/data/placeSchemas';
import { districtsLocator } from '../../src/data/import/districtLocator';
import { localProjection, polygonToPointKm } from '../../src/domain/distance';
import { RawDataError } from './csv';
import type { RawDistrict } from './districts';
import type { RawInputs } from './inputs';
import { readCsv, required, requiredCount, requiredNumber, text } from './raw-fields';
import {
  CAPITALS_SOURCE_ID,
  GEONAMES_ATTRIBUTION,
  GEONAMES_SOURCE_ID,
  PLACE_SOURCES,
} from './placesSources';

export const CAPITALS_CSV = 'ubigeo-indicators-castagnetto/ubigeo_distrito.csv';
export const GEONAMES_CSV = 'places-geonames/geonames_cities500_peru.csv';

/** How far (km) outside the district its codes name a GeoNames point may lie: WDBII-scale slack for 1′-rounded coordinates (≈ 1.8 km) and boundary drift. */
export const MISPLACED_KM = 3;
/** A GeoNames place of a capital's name this close (km) to the capital's point is that capital. */
export const SAME_TOWN_KM = 5;

const KIND_RANK: Record<PlaceKind, number> = {
  departmentCapital: 0,
  provinceCapital: 1,
  districtCapital: 2,
  place: 3,
};

const coordinate = text
  .refine((s) => s === 'NA' || s === '' || /^-?\d+(\.\d+)?$/.test(s), 'must be a number or NA')
  .transform((s) => (s === 'NA' || s === '' ? null : Number(s)));

const capitalRow = z.object({
  // One row (a district of Ucayali created in 2021) has "NA" for its code: not ours to label.
  inei: text.refine((s) => s === 'NA' || /^\d{6}$/.test(s), 'must be a 6-digit ubigeo or NA'),
  capital: required,
  latitude: coordinate,
  longitude: coordinate,
});

const geonamesRow = z.object({
  geonameid: text.regex(/^\d+$/, 'must be a GeoNames id'),
  name: required,
  latitude: requiredNumber,
  longitude: requiredNumber,
  feature_class: required,
  feature_code: required,
  admin1_code: text,
  admin3_code: text,
  population: requiredCount,
});

/** "San Pedro De Cachora" and "San Pedro de Cachora", "Anco" and "ANCO" are one name. */
export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Spaces collapsed (one capital name spans two lines) and invisible marks (U+200E) removed. */
export function cleanName(name: string): string {
  return name
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function kindOfCapital(ubigeo: string): PlaceKind {
  if (ubigeo.endsWith('0101')) return 'departmentCapital';
  if (ubigeo.endsWith('01')) return 'provinceCapital';
  return 'districtCapital';
}

export interface ExcludedPlace {
  geonameid: string;
  name: string;
  position: [number, number];
  reason: string;
}

export interface PlacesResult {
  file: PlacesFile;
  /** GeoNames rows dropped by the misplacement rule or as a section of a place (PPLX). */
  excluded: ExcludedPlace[];
  /** GeoNames rows taken as the same town as a district capital: [geonameid, capital ubigeo]. */
  mergedWithCapital: [string, string][];
  /** Districts of the five departments whose capital has no coordinates in the source. */
  capitalsWithoutPoint: string[];
  counts: Record<string, number>;
}

type Shape = Feature<MultiPolygon, { ubigeo: string }>;

function kmBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const projection = localProjection((a[1] + b[1]) / 2);
  const [ax, ay] = projection.toXY(a);
  const [bx, by] = projection.toXY(b);
  return Math.hypot(ax - bx, ay - by);
}

export function buildPlaces(
  inputs: RawInputs,
  districts: readonly RawDistrict[],
  vraem: ReadonlySet<string>,
): PlacesResult {
  const shapes = new Map<string, Shape>(
    districts.map((d) => [
      d.ubigeo,
      {
        type: 'Feature',
        properties: { ubigeo: d.ubigeo },
        geometry: { type: 'MultiPolygon', coordinates: d.polygons },
      },
    ]),
  );
  const locate = districtsLocator([...shapes.values()]);
  const byName = new Map<string, string[]>();
  for (const d of districts)
    byName.set(normalName(d.name), [...(byName.get(normalName(d.name)) ?? []), d.ubigeo]);
  const kmFrom = (ubigeos: readonly string[], point: [number, number]): number => {
    const projection = localProjection(point[1]);
    let best = Infinity;
    for (const u of ubigeos) {
      const shape = shapes.get(u);
      if (shape) best = Math.min(best, polygonToPointKm(shape.geometry, point, projection));
    }
    return best;
  };

  // District capitals.
  const capitals: Place[] = [];
  const capitalsWithoutPoint: string[] = [];
  const seen = new Set<string>();
  readCsv(inputs, CAPITALS_CSV, capitalRow).forEach((r, i) => {
    if (!shapes.has(r.inei)) return;
    if (seen.has(r.inei))
      throw new RawDataError(CAPITALS_CSV, i + 1, 'inei', `duplicate ${r.inei}`);
    seen.add(r.inei);
    if (r.latitude === null || r.longitude === null) {
      capitalsWithoutPoint.push(r.inei);
      return;
    }
    const position: [number, number] = [r.longitude, r.latitude];
    const off = kmFrom([r.inei], position);
    if (off > MISPLACED_KM)
      throw new RawDataError(
        CAPITALS_CSV,
        i + 1,
        'latitude',
        `capital point ${off.toFixed(1)} km outside its district ${r.inei}`,
      );
    capitals.push({
      id: `cap-${r.inei}`,
      name: cleanName(r.capital),
      position,
      kind: kindOfCapital(r.inei),
      ubigeo: r.inei,
      vraem: vraem.has(r.inei),
      population: null,
      source: CAPITALS_SOURCE_ID,
      geonameid: null,
    });
  });
  const missing = [...shapes.keys()].filter((u) => !seen.has(u));
  if (missing.length > 0)
    throw new Error(`${CAPITALS_CSV}: no row for districts ${missing.join(', ')}`);

  // GeoNames places of the five departments (by point in polygon, not by the copy's own columns).
  const excluded: ExcludedPlace[] = [];
  const mergedWithCapital: [string, string][] = [];
  const places: Place[] = [];
  const capitalsByName = new Map<string, Place[]>();
  for (const c of capitals)
    capitalsByName.set(normalName(c.name), [...(capitalsByName.get(normalName(c.name)) ?? []), c]);
  let inFiveDepartments = 0;
  for (const r of readCsv(inputs, GEONAMES_CSV, geonamesRow)) {
    const position: [number, number] = [r.longitude, r.latitude];
    const ubigeo = locate(r.longitude, r.latitude)[0];
    if (!ubigeo) continue;
    inFiveDepartments++;
    const skip = (reason: string) =>
      excluded.push({ geonameid: r.geonameid, name: r.name, position, reason });
    if (r.feature_code === 'PPLX') {
      skip('PPLX: a section of a populated place, not a town');
      continue;
    }
    const name = normalName(r.name);
    const coded = r.admin3_code
      ? [r.admin3_code]
      : districts
          .filter((d) => d.ubigeo.startsWith(r.admin1_code) && r.admin1_code.length === 2)
          .map((d) => d.ubigeo);
    const offCode = kmFrom(coded, position);
    const offName = kmFrom(byName.get(name) ?? [], position);
    if (offCode > MISPLACED_KM && offName > MISPLACED_KM) {
      const codeText = r.admin3_code
        ? `district ${r.admin3_code} (admin3)`
        : `department ${r.admin1_code || '?'} (admin1)`;
      const nameText = byName.has(name)
        ? `; ${offName.toFixed(1)} km from the district named ${r.name}`
        : '';
      skip(
        `${Number.isFinite(offCode) ? offCode.toFixed(1) : '∞'} km outside ${codeText}${nameText}`,
      );
      continue;
    }
    const same = (capitalsByName.get(name) ?? []).find(
      (c) =>
        c.ubigeo === ubigeo ||
        c.ubigeo === r.admin3_code ||
        kmBetween(c.position, position) <= SAME_TOWN_KM,
    );
    const population = r.population > 0 ? r.population : null;
    if (same) {
      mergedWithCapital.push([r.geonameid, same.ubigeo]);
      if (population !== null && (same.population === null || population > same.population)) {
        same.population = population;
        same.geonameid = r.geonameid;
      } else if (same.geonameid === null) same.geonameid = r.geonameid;
      continue;
    }
    places.push({
      id: `gn-${r.geonameid}`,
      name: cleanName(r.name),
      position,
      kind: 'place',
      ubigeo,
      vraem: vraem.has(ubigeo),
      population,
      source: GEONAMES_SOURCE_ID,
      geonameid: r.geonameid,
    });
  }

  const all = [...capitals, ...places].sort(comparePriority);
  const file = placesFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources: PLACE_SOURCES.map((s) => s.ref),
    attribution: GEONAMES_ATTRIBUTION,
    places: all,
  });
  return {
    file,
    excluded,
    mergedWithCapital,
    capitalsWithoutPoint,
    counts: {
      'places.capitals': capitals.length,
      'places.capitalsWithoutPoint': capitalsWithoutPoint.length,
      'places.geonamesInFiveDepartments': inFiveDepartments,
      'places.geonamesExcluded': excluded.length,
      'places.geonamesMergedWithCapital': mergedWithCapital.length,
      'places.geonamesKept': places.length,
      'places.total': all.length,
      'places.inVraem': all.filter((p) => p.vraem).length,
    },
  };
}

/** Label priority: capital kind first, then population (unknown last), then name and id. */
export function comparePriority(a: Place, b: Place): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (b.population ?? 0) - (a.population ?? 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
