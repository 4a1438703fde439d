/**
 * The whole data pipeline: raw files → validated outputs in `outDir`. Pure with respect to its
 * inputs (no clock, no randomness), so two runs give the same bytes.
 */
import type { GeometryCollection } from 'topojson-specification';
import {
  ATLAS_TOPOLOGY_OBJECTS,
  DATA_SCHEMA_VERSION,
  districtsFileSchema,
  PERU_TOPOLOGY_OBJECTS,
  riversFileSchema,
  topologySchema,
  type DistrictsFile,
} from '../../src/data/schemas';
import { buildAtlas, type AtlasResult } from './boundaries';
import { buildDepartments, type DepartmentsResult } from './departments';
import { districtRecord } from './districts';
import { RawInputs } from './inputs';
import { buildNational, type NationalResult } from './national';
import { checkInputs, checkLabelsInsideMap, checkRecords } from './invariants';
import { lineageOf } from './lineageAll';
import * as load from './load';
import { buildManifest, type OutputFile } from './manifest';
import { unusedRawFiles } from './unusedRaw';
import { buildRivers, type RiversResult, type RiverStats } from './rivers';
import { loadWdbii } from './riversWdbii';
import { SOURCE_IDS, sourceRefs } from './sources';
import { renderSourcesMd } from './sources-md';
import { assertRawDir } from './paths';
import { buildThemes, factsOf, type ThemesResult } from './themes';
import { buildUcdpEvents, type UcdpResult } from './ucdp';
import { buildPlaces, type PlacesResult } from './places';
import { MAPSPERU_NATIONAL_DISTRICTS } from './raw-schemas';
import { canonicalJson, writeOutput, type WrittenFile } from './write';

export interface PipelineOptions {
  rawDir: string;
  outDir: string;
}

export interface PipelineResult {
  files: WrittenFile[];
  districts: DistrictsFile;
  atlas: AtlasResult;
  departments: DepartmentsResult;
  rivers: RiverStats;
  themes: ThemesResult;
  national: NationalResult;
  ucdp: UcdpResult;
  places: PlacesResult;
  counts: Record<string, number>;
}

function checkTopology(
  name: string,
  topo: unknown,
  objects: readonly string[],
  expectedGeometries: number,
): void {
  const parsed = topologySchema.parse(topo);
  for (const o of objects)
    if (!parsed.objects[o]) throw new Error(`${name}: object "${o}" missing`);
  const first = parsed.objects[objects[0] as string] as unknown as GeometryCollection;
  if (first.geometries.length !== expectedGeometries) {
    throw new Error(
      `${name}: expected ${expectedGeometries} geometries in "${objects[0]}", found ${first.geometries.length}`,
    );
  }
}

export function runPipeline({ rawDir, outDir }: PipelineOptions): PipelineResult {
  assertRawDir(rawDir);
  const inputs = new RawInputs(rawDir);

  // 1. Read and validate every input.
  const districts = load.loadDistricts(inputs);
  const vraemRows = load.loadVraemList(inputs);
  const limits2007 = load.loadLimits2007(inputs);
  const in2017 = load.loadDistricts2017(inputs);
  const population2017 = load.loadPopulation2017(inputs);
  const laws = load.loadCreationLaws(inputs);
  const departmentInputs = load.loadDepartments(inputs);
  const riverInputs = load.loadRivers(inputs);
  checkInputs({
    districts,
    vraem: vraemRows,
    in2007: limits2007.ubigeos,
    in2017,
    population2017,
    laws,
    departments: departmentInputs.length,
  });
  const vraem = new Set(vraemRows.keys());
  const names = new Map(districts.map((d) => [d.ubigeo, d.name]));

  // 2. Lineage of the districts missing from the 2007 limits (overlay against the 2007 polygons).
  const lineage = lineageOf(districts, limits2007, laws, names);

  // 3. District records.
  const ctx = { vraem, in2007: limits2007.ubigeos, in2017, population2017, lineage };
  const districtsFile = districtsFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources: sourceRefs(),
    districts: districts.map((d) => districtRecord(d, ctx)),
  });
  checkRecords(districtsFile.districts);

  // 3b. Theme data (indicators, series, jurisdiction, incidents), validated with their schemas.
  const themes = buildThemes(inputs, factsOf(districtsFile.districts), laws, population2017);

  // 4. Geometry.
  const atlas = buildAtlas(
    districts.map((d) => ({ ubigeo: d.ubigeo, raw: d.polygons })),
    vraem,
  );
  checkTopology('atlas.topo.json', atlas.topology, ATLAS_TOPOLOGY_OBJECTS, districts.length);
  checkLabelsInsideMap(districtsFile.districts, atlas.decoded);
  const departments = buildDepartments(departmentInputs);
  checkTopology(
    'peru-departments.topo.json',
    departments.topology,
    PERU_TOPOLOGY_OBJECTS,
    departmentInputs.length,
  );
  const rivers: RiversResult = buildRivers(loadWdbii(inputs), riverInputs, {
    wdbii: SOURCE_IDS.wdbiiRivers,
    geogps: SOURCE_IDS.geogpsRivers,
    naturalEarth: SOURCE_IDS.naturalEarthRivers,
  });
  const riversFile = riversFileSchema.parse(rivers.file);
  const knownSources = new Set(districtsFile.sources.map((s) => s.id));
  for (const f of riversFile.features) {
    for (const id of f.properties.nameSources ?? [])
      if (!knownSources.has(id))
        throw new Error(`river "${f.properties.name}": unknown name source id ${id}`);
    if (!knownSources.has(f.properties.source))
      throw new Error(`river "${f.properties.name}": unknown source id ${f.properties.source}`);
  }

  // 4b. National scope: its own files, loaded by the app only with ?scope=peru.
  const national = buildNational(inputs, {
    fiveDepartments: districts,
    vraem,
    limits2007,
    in2017,
    population2017,
    laws,
    lineage,
  });

  // 4c. UCDP GED events (all of Peru), placed in the national district polygons.
  const ucdp = buildUcdpEvents(
    inputs,
    load.loadDistricts(inputs, MAPSPERU_NATIONAL_DISTRICTS),
    vraem,
  );

  // 4d. Town names for the map labels (district capitals and GeoNames places).
  const places = buildPlaces(inputs, districts, vraem);

  // 5. Counts (all computed here, never typed in).
  const recs = districtsFile.districts;
  const withStated = recs.filter((r) => r.lineage?.stated);
  const statedParent = withStated.filter((r) => r.lineage?.stated?.parentUbigeo);
  const counts: Record<string, number> = {
    districts: recs.length,
    vraemDistricts: recs.filter((r) => r.vraem).length,
    departments: departmentInputs.length,
    existsIn2007: recs.filter((r) => r.existsIn2007).length,
    existsIn2017: recs.filter((r) => r.existsIn2017).length,
    newSince2007: recs.filter((r) => !r.existsIn2007).length,
    newSince2007VRAEM: recs.filter((r) => !r.existsIn2007 && r.vraem).length,
    newSince2017: recs.filter((r) => !r.existsIn2017).length,
    newSince2017VRAEM: recs.filter((r) => !r.existsIn2017 && r.vraem).length,
    withPopulation2017: recs.filter((r) => r.population2017 !== null).length,
    lineageWithStatedRow: withStated.length,
    lineageWithStatedParent: statedParent.length,
    lineageStatedParentAgrees: statedParent.filter(
      (r) => r.lineage?.stated?.parentUbigeo === r.lineage?.parent2007.ubigeo,
    ).length,
    riverFeatures: riversFile.features.length,
    riverLines: rivers.stats.linesOut,
    cleanOverlapFaces: atlas.clean.overlapFaces,
    cleanGapFaces: atlas.clean.gapFaces,
    cleanKeptHoles: atlas.clean.keptHoles.length,
    simplifyProtectedPoints: atlas.protectedPoints,
    simplifyRestoredArcs: atlas.restoredArcs,
    inei2007WithoutGeometry: limits2007.withoutGeometry.length,
    ...themes.counts,
    ...national.counts,
    ...ucdp.counts,
    ...places.counts,
  };

  // 6. Write: data files, then SOURCES.md (which cites their figures), then the manifest of all.
  const outputs: OutputFile[] = [
    {
      path: 'geo/atlas.topo.json',
      content: canonicalJson(atlas.topology),
      features: districts.length,
    },
    {
      path: 'geo/peru-departments.topo.json',
      content: canonicalJson(departments.topology),
      features: departmentInputs.length,
    },
    {
      path: 'geo/rivers.geo.json',
      content: canonicalJson(riversFile),
      features: riversFile.features.length,
    },
    { path: 'districts.json', content: canonicalJson(districtsFile), features: recs.length },
    ...themes.outputs,
    {
      path: 'ucdp-events.json',
      content: canonicalJson(ucdp.file),
      features: ucdp.file.events.length,
    },
    {
      path: 'places.json',
      content: canonicalJson(places.file),
      features: places.file.places.length,
    },
    ...national.outputs,
  ];
  const files: (WrittenFile & { features?: number })[] = outputs.map((o) => ({
    ...writeOutput(outDir, o.path, o.content),
    ...(o.features === undefined ? {} : { features: o.features }),
  }));
  const unused = unusedRawFiles(rawDir, new Set(inputs.list().map((i) => i.path)));
  const sourcesMd = renderSourcesMd({
    unused,
    atlas,
    departments,
    rivers,
    districts: districtsFile,
    counts,
    files,
    limits2007,
    laws,
    themes,
    national,
    ucdp,
    places,
  });
  files.push(writeOutput(outDir, 'SOURCES.md', sourcesMd));
  const manifest = buildManifest({ files, inputs: inputs.list(), counts, atlas });
  files.push(writeOutput(outDir, 'manifest.json', canonicalJson(manifest, true)));
  return {
    files,
    districts: districtsFile,
    atlas,
    departments,
    rivers: rivers.stats,
    themes,
    national,
    ucdp,
    places,
    counts,
  };
}
