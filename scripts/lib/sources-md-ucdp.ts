/** SOURCES.md section on ucdp-events.json (UCDP GED 21.1, reduced copy, Peru rows). */
import type { DistrictsFile } from '../../src/data/schemas';
import { fmt } from './format';
import { UCDP_ATTRIBUTION, UCDP_CSV, type UcdpResult } from './ucdp';

function byYear(years: number[]): string {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([y, n]) => `${y} ${fmt(n)}`)
    .join(', ');
}

export function ucdpSection(u: UcdpResult, districts: DistrictsFile): string[] {
  const { events, coverage } = u.file;
  const vraem = new Set(districts.districts.filter((d) => d.vraem).map((d) => d.ubigeo));
  const five = new Set(districts.districts.map((d) => d.ubigeo));
  const inVraem = events.filter((e) => e.ubigeo !== null && vraem.has(e.ubigeo));
  const c = u.counts;
  const list = (ids: string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
  return [
    '### UCDP GED events → `ucdp-events.json`',
    '',
    `- Every row of \`${UCDP_CSV}\` (${fmt(events.length)} events, sorted by GED id), values unchanged: \`date\` = year-month-day of the start date (the copy has no end date), \`kind\` from \`type_of_violence\` (State-based → stateBased, Non-state → nonState, One-sided → oneSided), sides, conflict name, \`position\` = [longitude, latitude], \`deaths\` = UCDP's low, best and high estimates.`,
    `- \`ubigeo\`: point in polygon against the ${fmt(c['ucdp.districtPolygons'] ?? 0)} mapsPERU district polygons of Peru (raw, unsimplified; INEI 2023 limits) with the same locator the app uses for imported UCDP/ACLED files (\`src/data/import/districtLocator.ts\`: a box test, then turf's point in polygon; the first district in ubigeo order that holds the point). Points in no polygon: ${fmt(c['ucdp.eventsInNoDistrict'] ?? 0)}. Points in two raw polygons (neighbouring outlines overlap in the source): ${fmt(u.inTwoDistricts.length)} (${list(u.inTwoDistricts)}). Districts that differ from the copy's own \`ubigeo_inei2023_derived\`: ${fmt(u.disagreeWithCopy.length)} (${list(u.disagreeWithCopy)}).`,
    `- In the ${fmt(vraem.size)} VRAEM districts: ${fmt(inVraem.length)} events (the copy's \`in_vraem79_derived\` says ${fmt(c['ucdp.eventsInVraemPerCopy'] ?? 0)}), ${fmt(c['ucdp.eventsInVraemFrom2000'] ?? 0)} of them from 2000 on; in the five departments: ${fmt(events.filter((e) => e.ubigeo !== null && five.has(e.ubigeo)).length)}.`,
    `- Events by year, Peru: ${byYear(events.map((e) => e.year))}. VRAEM: ${byYear(inVraem.map((e) => e.year))}.`,
    `- GED 21.1 covers ${coverage.releaseFirstYear}–${coverage.releaseLastYear}; this copy has no row for ${coverage.yearsWithoutRows.join(', ')}. The app says "no rows in this copy" for those years, never "0 events", and draws no trend or rate from the file.`,
    `- Estimates not in order as published (low > best or best > high), kept as published and noted on the event: ${list(u.unorderedEstimates)}.`,
    `- Attribution shown with the layer: "${UCDP_ATTRIBUTION.en}" (es: "${UCDP_ATTRIBUTION.es}"). Cite Sundberg & Melander (2013), JPR 50(4), and Davies, Pettersson & Öberg (2021), JPR 58(4).`,
    '- Caveats: not the full GED — the package author kept only `where_prec` 1–2 (exact place, or within about 25 km) and dropped every row with a missing value, so counts are a lower bound (there is no 2012 row although 2012 had well-reported attacks); a `where_prec` 2 point can be up to ~25 km from the true place, so its district can be the neighbour of the one named in the news (id 229528, the 9 April 2016 ambush reported at Santo Domingo de Acobamba, falls in Pangoa). GED 21.1 ends in 2020: later events (San Miguel del Ene, May 2021; Natividad, February 2023) are not here. Replace with a direct UCDP GED ≥ 24.1 download filtered to Peru when one is at hand (ids are stable across releases).',
    '',
  ];
}
