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

/** The 2007 district with the largest intersection; ties (never seen) go to the lower ubigeo. */
export function largestOverlap(
  target: Feature<Polygon | MultiPolygon>,
  candidates: District2007[],
): OverlapParent | null {
  const box = turfBbox(target);
  const targetM2 = area(target);
  let best: OverlapParent | null = null;
  for (const c of candidates) {
    if (!boxesOverlap(box, c.bbox)) continue;
    const shared = intersect(featureCollection([target, c.feature]));
    const m2 = shared ? area(shared) : 0;
    if (m2 <= 0) continue;
    if (
      !best ||
      m2 > best.intersectionM2 ||
      (m2 === best.intersectionM2 && c.ubigeo < best.ubigeo)
    ) {
      best = { ubigeo: c.ubigeo, intersectionM2: m2, shareOfArea: Math.min(1, m2 / targetM2) };
    }
  }
  return best;
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
