/** SOURCES.md section on places.json (district capitals and GeoNames places, for map labels). */
import { fmt } from './format';
import {
  CAPITALS_CSV,
  GEONAMES_CSV,
  MISPLACED_KM,
  SAME_TOWN_KM,
  type PlacesResult,
} from './places';
import { GEONAMES_ATTRIBUTION } from './placesSources';

export function placesSection(p: PlacesResult): string[] {
  const c = p.counts;
  const n = (key: string) => fmt(c[key] ?? 0);
  return [
    '### Town names → `places.json`',
    '',
    `- **District capitals**: \`${CAPITALS_CSV}\`, columns \`inei\` (ubigeo), \`capital\` (name, spaces collapsed) and \`latitude\`/\`longitude\` (the capital's point, not the centroid), for the ${n('places.capitals')} districts of the five departments that have a point; ${n('places.capitalsWithoutPoint')} recently created districts have none (the source added them in August 2021 without coordinates, per its README) and get no capital label (${p.capitalsWithoutPoint.join(', ')}). Each capital point is checked to lie within ${MISPLACED_KM} km of its own district (all do; the pipeline stops otherwise). \`kind\`: department capital when the ubigeo ends in 0101, province capital when it ends in 01 (INEI numbers the capital district of a province 01), district capital otherwise.`,
    `- **GeoNames places**: the rows of \`${GEONAMES_CSV}\` whose point lies in one of the 551 districts of the five departments (point in polygon here, not the copy's \`_derived\` columns): ${n('places.geonamesInFiveDepartments')} rows.`,
    `- **Misplacement rule** (no coordinate is edited by hand): a GeoNames place is kept only if its point lies within ${MISPLACED_KM} km of the district its own \`admin3_code\` names (for Peru, the INEI ubigeo), or — without an admin3 code — of the department its \`admin1_code\` names (GeoNames' Peru admin1 codes are INEI's department codes for these five, per PROVENANCE.md), or of a district that carries the place's own name (districts created after GeoNames coded a town keep their own name). ${MISPLACED_KM} km covers GeoNames' coordinates rounded to 1′ (up to ~1.3 km off) and the drift of boundaries between vintages. A place coded in a district that has since been split and lying in the new part is dropped too: the source cannot tell whether its point or its code is wrong. Section of a place (\`PPLX\`) rows are not towns and are dropped. Dropped (${n('places.geonamesExcluded')}): ${p.excluded.map((e) => `${e.name} (${e.geonameid}): ${e.reason}`).join('; ')}. This removes the misplaced "Pangoa" of the GeoNames PROVENANCE.md by rule.`,
    `- **Same town as a capital**: a GeoNames place whose name equals a district capital's (accents, case and punctuation ignored) and which lies in that capital's district, is coded to it (admin3), or lies within ${SAME_TOWN_KM} km of its point, is that capital: one label, at the INEI/CEPLAN point, with GeoNames' population and id attached (${n('places.geonamesMergedWithCapital')} rows). The other ${n('places.geonamesKept')} GeoNames places are labels of their own (\`kind\` place).`,
    `- \`population\`: GeoNames' figure (year unknown; 0 in the source = unknown = null here), used only to rank labels, never shown as a population figure. \`vraem\`: the place's district is one of the 79.`,
    `- Order (label priority, used by the map): department capital, province capital, district capital, other place; then population (unknown last), name, id. ${n('places.total')} places, ${n('places.inVraem')} in VRAEM districts.`,
    `- Attribution shown with the labels: "${GEONAMES_ATTRIBUTION.en}" (es: "${GEONAMES_ATTRIBUTION.es}").`,
    '- Caveats: GeoNames is a gazetteer, not an INEI list, and is thin in the VRAEM (no Sivia, Llochegua or Palmapampa rows: their names come from the capital points); INEI village points (centros poblados) were not reachable.',
    '',
  ];
}
