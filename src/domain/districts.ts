/**
 * District facts the map and panels need, derived from the loaded records. Pure: no React,
 * no map, no DOM.
 */
import type { DistrictRecord } from '../data/schemas';

export type District = DistrictRecord;

/** When a district appeared relative to the limits our sources use. */
export type DistrictVintage = 'since2007' | 'createdAfter2007' | 'createdAfter2017';

export function districtVintage(district: District): DistrictVintage {
  if (!district.existsIn2017) return 'createdAfter2017';
  if (!district.existsIn2007) return 'createdAfter2007';
  return 'since2007';
}

export interface DistrictIndex {
  /** All districts, sorted by ubigeo. */
  list: readonly District[];
  byUbigeo: ReadonlyMap<string, District>;
  vraem: readonly District[];
}

export function indexDistricts(records: readonly District[]): DistrictIndex {
  const list = [...records].sort((a, b) => a.ubigeo.localeCompare(b.ubigeo));
  const byUbigeo = new Map(list.map((d) => [d.ubigeo, d]));
  if (byUbigeo.size !== list.length) throw new Error('districts.json: duplicate ubigeo');
  return { list, byUbigeo, vraem: list.filter((d) => d.vraem) };
}

export type BBox = readonly [west: number, south: number, east: number, north: number];

/** The box around a set of districts (their own boxes), or null for an empty set. */
export function unionBBox(districts: readonly District[]): BBox | null {
  if (districts.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bbox } of districts) {
    west = Math.min(west, bbox[0]);
    south = Math.min(south, bbox[1]);
    east = Math.max(east, bbox[2]);
    north = Math.max(north, bbox[3]);
  }
  return [west, south, east, north];
}

/** Districts created after 2017 out of this district's territory (by their lineage). */
export function carvedAfter2017(index: DistrictIndex, ubigeo: string): District[] {
  return index.list.filter(
    (d) => !d.existsIn2017 && (d.lineage?.parents2007 ?? []).some((p) => p.ubigeo === ubigeo),
  );
}
