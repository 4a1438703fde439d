/**
 * Lineage of every district of a list that is absent from the INEI 2007 limits: the overlay
 * parent (largest shared area) and the creation-law row, when the compilation has one.
 */
import type { Lineage } from '../../src/data/schemas';
import { toFeature, type RawDistrict } from './districts';
import { overlaps, statedLineage } from './lineage';
import type { Limits2007 } from './load';
import type { CreationLawRow } from './raw-schemas';
import { round } from './write';

/**
 * A 2007 district is a parent of a new one when it holds at least this share of the new
 * district's area. Below it are slivers where the simplified 2007 polygons and the INEI 2023
 * polygons disagree (up to 7 % seen, e.g. El Porvenir); above it, the real two-parent cases:
 * Samugari (San Miguel 63.5 %, Santa Rosa 34.7 %), A. A. Cáceres Dorregaray, Lambras and Santiago
 * de Tucuma (issue 20 §4).
 */
export const PARENT_SHARE_THRESHOLD = 0.15;

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
    const found = overlaps(toFeature(d.polygons), limits2007.withGeometry);
    const parent = found[0];
    if (!parent) throw new Error(`district ${d.ubigeo} (${d.name}) overlaps no 2007 district`);
    const asParent = (p: typeof parent) => ({
      ubigeo: p.ubigeo,
      // Today's spelling (mapsPERU) of the same ubigeo; the 2007 file has upper case without accents.
      name: names.get(p.ubigeo) ?? (limits2007.names.get(p.ubigeo) as string),
      shareOfArea: round(p.shareOfArea, 3),
    });
    lineage.set(d.ubigeo, {
      parent2007: asParent(parent),
      parents2007: found
        .filter((p, i) => i === 0 || p.shareOfArea >= PARENT_SHARE_THRESHOLD)
        .map(asParent),
      stated: statedLineage(laws.get(d.ubigeo)),
    });
  }
  return lineage;
}
