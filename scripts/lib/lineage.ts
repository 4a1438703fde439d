/**
 * Where a district that is not in the INEI 2007 limits came from: the 2007 district it overlaps
 * most (area of intersection, turf/polyclip, with a bounding-box prefilter), and what the
 * creation-law compilation states, if it has a row. The two are kept side by side; they can disagree.
 */
import { area, bbox as turfBbox, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Lineage } from '../../src/data/schemas';
import type { CreationLawRow } from './raw-schemas';

export interface District2007 {
  ubigeo: string;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: [number, number, number, number];
}

export interface OverlapParent {
  ubigeo: string;
  intersectionM2: number;
  shareOfArea: number;
}

const boxesOverlap = (a: number[], b: number[]): boolean =>
  (a[0] as number) <= (b[2] as number) &&
  (b[0] as number) <= (a[2] as number) &&
  (a[1] as number) <= (b[3] as number) &&
  (b[1] as number) <= (a[3] as number);

export function toDistrict2007(
  ubigeo: string,
  feature: Feature<Polygon | MultiPolygon>,
): District2007 {
  return { ubigeo, feature, bbox: turfBbox(feature) as [number, number, number, number] };
}

/**
 * Every 2007 district the target shares area with, largest first (ties, never seen, go to the
 * lower ubigeo). Shares are of the target's area, 0..1; slivers of differing source geometry are
 * kept here and filtered by the caller's threshold.
 */
export function overlaps(
  target: Feature<Polygon | MultiPolygon>,
  candidates: District2007[],
): OverlapParent[] {
  const box = turfBbox(target);
  const targetM2 = area(target);
  const found: OverlapParent[] = [];
  for (const c of candidates) {
    if (!boxesOverlap(box, c.bbox)) continue;
    const shared = intersect(featureCollection([target, c.feature]));
    const m2 = shared ? area(shared) : 0;
    if (m2 <= 0) continue;
    found.push({ ubigeo: c.ubigeo, intersectionM2: m2, shareOfArea: Math.min(1, m2 / targetM2) });
  }
  return found.sort((a, b) =>
    b.intersectionM2 !== a.intersectionM2
      ? b.intersectionM2 - a.intersectionM2
      : a.ubigeo < b.ubigeo
        ? -1
        : 1,
  );
}

/** The 2007 district with the largest intersection, or null. */
export function largestOverlap(
  target: Feature<Polygon | MultiPolygon>,
  candidates: District2007[],
): OverlapParent | null {
  return overlaps(target, candidates)[0] ?? null;
}

/** The compilation row as the schema's `stated` object (empty cells are null, note stays text). */
export function statedLineage(row: CreationLawRow | undefined): Lineage['stated'] {
  if (!row) return null;
  return {
    parentUbigeo: row.carved_from_ubigeo,
    parentAsStated: row.carved_from_as_stated,
    law: row.law,
    published: row.published,
    sourceUrl: row.source_url,
    note: row.note,
  };
}
