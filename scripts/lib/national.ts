/**
 * National scope (`?scope=peru`): all districts of Peru as separate files, loaded by the app
 * only in that scope, so the VRAEM scope's first frame does not carry them.
 * - geo/peru-districts.topo.json: the same objects as atlas.topo.json, over the whole country,
 *   cleaned like it and simplified more coarsely (NATIONAL_SETTINGS; error measured and cited).
 * - peru-districts.json: district records (same schema as districts.json).
 * - peru-indicators.json: the indicators rebuilt over all districts (same schema as
 *   indicators.json); files that are five-department extracts (coca, pipaber poverty, budget)
 *   keep their own coverage and every other district is outside it.
 */
import {
  ATLAS_TOPOLOGY_OBJECTS,
  DATA_SCHEMA_VERSION,
  districtsFileSchema,
  topologySchema,
  type DistrictsFile,
  type Lineage,
} from '../../src/data/schemas';
import { buildAtlas, type AtlasResult, type AtlasSettings } from './boundaries';
import { districtRecord, type RawDistrict } from './districts';
import { buildIndicators, type IndicatorsResult } from './indicators/build';
import type { RawInputs } from './inputs';
import { checkLabelsInsideMap, checkRecords } from './invariants';
import { lineageOf } from './lineageAll';
import * as load from './load';
import type { OutputFile } from './manifest';
import { MAPSPERU_NATIONAL_DISTRICTS, type CreationLawRow } from './raw-schemas';
import { sourceRefs } from './sources';
import { factsOf } from './themes';
import { canonicalJson } from './write';

/**
 * Coarser than the VRAEM atlas (10,000 m², 1e5): the national view is drawn at zooms 5–7, where a
 * pixel is 1–5 km. Quantization is finer (3e6 steps over a box twice as wide) because at 1e5 and
 * 1e6 a few arcs of a few-metre-long source segment touch after rounding (Áncash, Puno).
 */
export const NATIONAL_SETTINGS: AtlasSettings = {
  minWeightM2: 100_000,
  quantization: 3e6,
  maxSimplificationM: 1_000,
  maxTotalM: 2_500,
};

export const NATIONAL_FILES = {
  topology: 'geo/peru-districts.topo.json',
  districts: 'peru-districts.json',
  indicators: 'peru-indicators.json',
} as const;

export interface NationalResult {
  atlas: AtlasResult;
  districts: DistrictsFile;
  indicators: IndicatorsResult;
  outputs: OutputFile[];
  counts: Record<string, number>;
}

export interface NationalInputs {
  /** The five-department districts of the main run, to check the national file agrees. */
  fiveDepartments: RawDistrict[];
  vraem: Set<string>;
  limits2007: load.Limits2007;
  in2017: Set<string>;
  population2017: Map<string, number>;
  laws: Map<string, CreationLawRow>;
  /** Lineage of the main run, reused for its districts. */
  lineage: Map<string, Lineage>;
}

function fail(message: string): never {
  throw new Error(`national scope: ${message}`);
}

/** The extract must be exactly the national file's districts of the five departments. */
function checkAgainstExtract(national: RawDistrict[], five: RawDistrict[]): void {
  const byUbigeo = new Map(national.map((d) => [d.ubigeo, d]));
  const departments = new Set(five.map((d) => d.ubigeo.slice(0, 2)));
  const inFive = national.filter((d) => departments.has(d.ubigeo.slice(0, 2)));
  if (inFive.length !== five.length)
    fail(
      `${inFive.length} districts of the five departments in the national file, ${five.length} in the extract`,
    );
  for (const d of five) {
    const n = byUbigeo.get(d.ubigeo);
    if (!n) fail(`district ${d.ubigeo} of the extract is not in the national file`);
    if (n.name !== d.name || n.province !== d.province || n.department !== d.department)
      fail(`district ${d.ubigeo}: extract and national file disagree on its names`);
  }
}

function checkTopology(topo: unknown, expected: number): void {
  const parsed = topologySchema.parse(topo);
  for (const o of ATLAS_TOPOLOGY_OBJECTS)
    if (!parsed.objects[o]) fail(`${NATIONAL_FILES.topology}: object "${o}" missing`);
  const districts = parsed.objects.districts as unknown as { geometries: unknown[] };
  if (districts.geometries.length !== expected)
    fail(
      `${NATIONAL_FILES.topology}: ${districts.geometries.length} geometries, expected ${expected}`,
    );
}

export function buildNational(inputs: RawInputs, args: NationalInputs): NationalResult {
  const districts = load.loadDistricts(inputs, MAPSPERU_NATIONAL_DISTRICTS);
  checkAgainstExtract(districts, args.fiveDepartments);
  for (const u of args.vraem)
    if (!districts.some((d) => d.ubigeo === u))
      fail(`VRAEM district ${u} is not in the national file`);
  const names = new Map(districts.map((d) => [d.ubigeo, d.name]));
  const lineage = lineageOf(districts, args.limits2007, args.laws, names, args.lineage);
  const ctx = {
    vraem: args.vraem,
    in2007: args.limits2007.ubigeos,
    in2017: args.in2017,
    population2017: args.population2017,
    lineage,
  };
  const districtsFile = districtsFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources: sourceRefs(),
    districts: districts.map((d) => districtRecord(d, ctx)),
  });
  checkRecords(districtsFile.districts);
  const indicators = buildIndicators(
    inputs,
    factsOf(districtsFile.districts),
    args.laws,
    args.population2017,
  );
  const atlas = buildAtlas(
    districts.map((d) => ({ ubigeo: d.ubigeo, raw: d.polygons })),
    args.vraem,
    NATIONAL_SETTINGS,
  );
  checkTopology(atlas.topology, districts.length);
  checkLabelsInsideMap(districtsFile.districts, atlas.decoded);

  const recs = districtsFile.districts;
  const counts: Record<string, number> = {
    'national.districts': recs.length,
    'national.departments': new Set(recs.map((r) => r.ubigeo.slice(0, 2))).size,
    'national.existsIn2007': recs.filter((r) => r.existsIn2007).length,
    'national.existsIn2017': recs.filter((r) => r.existsIn2017).length,
    'national.newSince2007': recs.filter((r) => !r.existsIn2007).length,
    'national.withPopulation2017': recs.filter((r) => r.population2017 !== null).length,
    'national.simplifyRestoredArcs': atlas.restoredArcs,
    'national.cleanKeptHoles': atlas.clean.keptHoles.length,
  };
  for (const i of indicators.file.indicators) {
    counts[`national.indicators.${i.id}.coverage`] = i.coverage.length;
    counts[`national.indicators.${i.id}.districtsWithValues`] = Object.keys(i.values).length;
  }
  return {
    atlas,
    districts: districtsFile,
    indicators,
    counts,
    outputs: [
      {
        path: NATIONAL_FILES.topology,
        content: canonicalJson(atlas.topology),
        features: recs.length,
      },
      {
        path: NATIONAL_FILES.districts,
        content: canonicalJson(districtsFile),
        features: recs.length,
      },
      { path: NATIONAL_FILES.indicators, content: canonicalJson(indicators.file) },
    ],
  };
}
