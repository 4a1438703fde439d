/**
 * Lineage of every district of a list that is absent from the INEI 2007 limits: the overlay
 * parent (largest shared area) and the creation-law row, when the compilation has one.
 */
import type { Lineage } from '../../src/data/schemas';
import { toFeature, type RawDistrict } from './districts';
import { largestOverlap, statedLineage } from './lineage';
import type { Limits2007 } from './load';
import type { CreationLawRow } from './raw-schemas';
import { round } from './write';

export function lineageOf(
  districts: RawDistrict[],
  limits2007: Limits2007,
  laws: Map<string, CreationLawRow>,
  /** Current names by ubigeo (today's spelling of the parent). */
  names: Map<string, string>,
  /** Lineage already computed (the five-department run), reused as is. */
  known: Map<string, Lineage> = new Map(),
): Map<string, Lineage> {
  const lineage = new Map<string, Lineage>();
  for (const d of districts.filter((x) => !limits2007.ubigeos.has(x.ubigeo))) {
    const reused = known.get(d.ubigeo);
    if (reused) {
      lineage.set(d.ubigeo, reused);
      continue;
    }
    const parent = largestOverlap(toFeature(d.polygons), limits2007.withGeometry);
    if (!parent) throw new Error(`district ${d.ubigeo} (${d.name}) overlaps no 2007 district`);
    lineage.set(d.ubigeo, {
      parent2007: {
        ubigeo: parent.ubigeo,
        // Today's spelling (mapsPERU) of the same ubigeo; the 2007 file has upper case without accents.
        name: names.get(parent.ubigeo) ?? (limits2007.names.get(parent.ubigeo) as string),
        shareOfArea: round(parent.shareOfArea, 3),
      },
      stated: statedLineage(laws.get(d.ubigeo)),
    });
  }
  return lineage;
}
