/** SOURCES.md section of the national scope files (scripts/lib/national.ts). */
import { fmt } from './format';
import { NATIONAL_FILES, NATIONAL_SETTINGS, type NationalResult } from './national';

export function nationalSection(n: NationalResult): string[] {
  const a = n.atlas;
  const c = a.clean;
  const recs = n.districts.districts;
  const byId = new Map(n.indicators.file.indicators.map((i) => [i.id, i]));
  const cov = (id: string): string => fmt(byId.get(id as never)?.coverage.length ?? 0);
  return [
    '## National scope (`?scope=peru`)',
    '',
    `Three more files, fetched by the app only in national scope: \`${NATIONAL_FILES.topology}\`, \`${NATIONAL_FILES.districts}\`, \`${NATIONAL_FILES.indicators}\`. The VRAEM scope never loads them.`,
    '',
    `- **Districts**: the ${fmt(recs.length)} district polygons of \`mapsperu/peru_distritos_mapsPERU_v2.geojson\` (GEO-SOURCES §2.1 counts 1,891 for this file; INEI 2023 lists 1,890 elsewhere and the one-district difference is not investigated), ${fmt(new Set(recs.map((r) => r.ubigeo.slice(0, 2))).size)} departments. The pipeline checks that its districts of the five departments are exactly those of the extract, with the same names. Records are built the same way as \`districts.json\` (area, label point, bbox from the raw polygon; \`existsIn2007\` ${fmt(recs.filter((r) => r.existsIn2007).length)}, \`existsIn2017\` ${fmt(recs.filter((r) => r.existsIn2017).length)}, census 2017 population for ${fmt(recs.filter((r) => r.population2017 !== null).length)}). Lineage (overlay parent in the 2007 limits) is computed for all ${fmt(recs.filter((r) => r.lineage).length)} districts absent from the 2007 limits; the creation-law compilation (\`stated\`) covers only districts of the five departments, so elsewhere \`stated\` is null.`,
    `- **Geometry**: cleaned exactly like the atlas (${fmt(c.overlapFaces)} overlap faces, ${fmt(c.overlapAreaKm2, 1)} km²; ${fmt(c.gapFaces)} sliver gaps, ${fmt(c.gapAreaKm2, 1)} km²; ${fmt(c.keptHoles.length)} wide holes kept), then simplified more coarsely: minimum weight ${fmt(NATIONAL_SETTINGS.minWeightM2)} m² (10 × the atlas), quantization ${fmt(NATIONAL_SETTINGS.quantization)} steps per axis (finer than the atlas: at 1e5 and 1e6 steps arcs touched after rounding in Áncash and Puno). Why coarser: the national view is drawn at zooms 5–7 where a pixel is 1.2–5 km, and the file is fetched before its first frame. ${fmt(a.rawVertices)} raw vertices → ${fmt(a.arcPointsAfter)} arc points (${fmt(a.restoredArcs)} arcs restored to full detail, ${fmt(a.protectedPoints)} points protected).`,
    `- **Measured displacement** (every raw vertex → final boundary of its district): max ${fmt(a.total.maxM, 1)} m (district ${a.total.maxAt}), p99 ${fmt(a.total.p99M, 1)} m over ${fmt(a.total.vertices)} vertices; simplification and quantization alone: max ${fmt(a.simplification.maxM, 1)} m, p99 ${fmt(a.simplification.p99M, 1)} m; cleaning alone (source disagreement between neighbours): max ${fmt(a.cleaning.maxM, 1)} m, p99 ${fmt(a.cleaning.p99M, 1)} m. Largest area change ${a.maxAreaChange.ubigeo} × ${fmt(a.maxAreaChange.ratio, 4)}. Guards: simplification ≤ ${fmt(NATIONAL_SETTINGS.maxSimplificationM)} m, total ≤ ${fmt(NATIONAL_SETTINGS.maxTotalM)} m.`,
    `- **Indicators** (\`${NATIONAL_FILES.indicators}\`, same schema and rules as \`indicators.json\`, built over all districts): districts covered — total poverty ${cov('poverty_total_pct')} (INEI 2018 map with its 95 % interval for every district of the joined file; the 2007/2009/2013 pipaber values exist only for its 68 districts of the five departments), extreme poverty 2013 ${cov('poverty_extreme_pct')}, HDI 2019 ${cov('hdi')}, unmet basic needs 2017 ${cov('nbi_pct')} (GeoPeru NBI table, 1,874 rows), population ${cov('population')} (2007, 2017, 2022). Five-department extracts keep their own coverage and every other district is **outside coverage**, not "no data": coca ${cov('coca_ha')} districts, municipal budget ${cov('budget_pim_2022')}. District starts (first year a post-2007 district can have a value): ${fmt(n.indicators.starts.length)}.`,
    '',
  ];
}
