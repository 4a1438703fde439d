/**
 * Cross-file invariants. Each one is a fact the documentation of the raw data states; if a raw
 * file changes so that it no longer holds, the pipeline stops and says which fact broke.
 */
import { booleanPointInPolygon, multiPolygon, point } from '@turf/turf';
import type { DistrictRecord } from '../../src/data/schemas';
import type { MultiPolygonCoords } from './planar/clean';
import type { RawDistrict } from './districts';
import type { CreationLawRow } from './raw-schemas';

export const EXPECTED = {
  /** GEO-SOURCES §2.1: districts of Apurímac, Ayacucho, Cusco, Huancavelica, Junín. */
  districts: 551,
  /** GEO-SOURCES §4: 79 current VRAEM ubigeos. */
  vraem: 79,
  /** GEO-SOURCES §4: VRAEM districts absent from the 2017 census district set. */
  vraemNewSince2017: 10,
  /** GEO-SOURCES §1: departments of Peru. */
  departments: 25,
} as const;

function fail(message: string): never {
  throw new Error(`invariant broken: ${message}`);
}

export function checkInputs(args: {
  districts: RawDistrict[];
  vraem: Map<string, { district: string; province: string; department: string }>;
  in2007: Set<string>;
  in2017: Set<string>;
  population2017: Map<string, number>;
  laws: Map<string, CreationLawRow>;
  departments: number;
}): void {
  const { districts, vraem, in2007, in2017, population2017, laws } = args;
  if (districts.length !== EXPECTED.districts)
    fail(`expected ${EXPECTED.districts} districts in mapsPERU, found ${districts.length}`);
  if (args.departments !== EXPECTED.departments)
    fail(`expected ${EXPECTED.departments} departments, found ${args.departments}`);
  const byUbigeo = new Map(districts.map((d) => [d.ubigeo, d]));
  if (vraem.size !== EXPECTED.vraem)
    fail(`expected ${EXPECTED.vraem} VRAEM districts, found ${vraem.size}`);
  for (const [ubigeo, row] of vraem) {
    const d = byUbigeo.get(ubigeo);
    if (!d) fail(`VRAEM district ${ubigeo} (${row.district}) is not among the mapsPERU districts`);
    if (d.name !== row.district || d.province !== row.province || d.department !== row.department) {
      fail(
        `VRAEM district ${ubigeo}: list says ${row.district}/${row.province}/${row.department}, mapsPERU says ${d.name}/${d.province}/${d.department}`,
      );
    }
  }
  for (const u of population2017.keys())
    if (!in2017.has(u)) fail(`census 2017 population row ${u} is not in the 2017 district set`);
  for (const u of in2017)
    if (!population2017.has(u)) fail(`2017 district ${u} has no census 2017 population row`);
  for (const [ubigeo, row] of laws) {
    if (!byUbigeo.has(ubigeo))
      fail(`creation-law row ${ubigeo} (${row.district}) is not a current district`);
    if (in2007.has(ubigeo))
      fail(`creation-law row ${ubigeo} (${row.district}) is already in the 2007 limits`);
    if (row.carved_from_ubigeo && !in2007.has(row.carved_from_ubigeo)) {
      fail(
        `creation-law row ${ubigeo}: stated parent ${row.carved_from_ubigeo} is not a 2007 district`,
      );
    }
  }
}

export function checkRecords(records: DistrictRecord[]): void {
  const byUbigeo = new Map(records.map((r) => [r.ubigeo, r]));
  const newVraem = records.filter((r) => r.vraem && !r.existsIn2017);
  if (newVraem.length !== EXPECTED.vraemNewSince2017) {
    fail(
      `expected ${EXPECTED.vraemNewSince2017} VRAEM districts absent from the 2017 set, found ${newVraem.length} (${newVraem.map((r) => r.ubigeo).join(', ')})`,
    );
  }
  for (const r of newVraem) {
    const parent = r.lineage?.parent2007;
    if (!parent) fail(`post-2017 VRAEM district ${r.ubigeo} (${r.name}) has no 2007 parent`);
    const p = byUbigeo.get(parent.ubigeo);
    if (!p || !p.vraem || !p.existsIn2007) {
      fail(
        `post-2017 VRAEM district ${r.ubigeo} (${r.name}) has parent ${parent.ubigeo}, which is not a 2007-existing VRAEM district`,
      );
    }
  }
  for (const r of records) {
    if ((r.population2017 === null) === r.existsIn2017)
      fail(
        `district ${r.ubigeo}: population2017 must be null exactly when it is not in the 2017 set`,
      );
    if (r.existsIn2007 && !r.existsIn2017)
      fail(`district ${r.ubigeo} is in the 2007 limits but not in the 2017 set`);
  }
}

/** A label point drawn outside the district the map shows would mislabel a neighbour. */
export function checkLabelsInsideMap(
  records: DistrictRecord[],
  drawn: Map<string, MultiPolygonCoords>,
): void {
  for (const r of records) {
    const mp = drawn.get(r.ubigeo);
    if (!mp || !booleanPointInPolygon(point(r.labelPoint), multiPolygon(mp))) {
      fail(
        `district ${r.ubigeo}: label point ${r.labelPoint.join(', ')} is outside its simplified polygon`,
      );
    }
  }
}
