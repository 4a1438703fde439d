/**
 * data/SOURCES.md, generated: every source with licence and vintage, what the pipeline did to
 * it (with the measured figures of this run) and the gaps the app must keep visible.
 */
import { unusedSection } from './unusedRaw';
import type { DistrictsFile } from '../../src/data/schemas';
import type { AtlasResult } from './boundaries';
import { ATLAS_MIN_WEIGHT_M2, ATLAS_QUANTIZATION } from './boundaries';
import {
  DEPARTMENTS_MIN_WEIGHT_M2,
  DEPARTMENTS_QUANTIZATION,
  type DepartmentsResult,
} from './departments';
import { LABEL_PRECISION_DEG } from './districts';
import type { Limits2007 } from './load';
import { MAX_SLIVER_WIDTH_M } from './planar/clean';
import type { CreationLawRow } from './raw-schemas';
import { fmt } from './format';
import type { NationalResult } from './national';
import { nationalSection } from './sources-md-national';
import { ucdpSection } from './sources-md-ucdp';
import type { UcdpResult } from './ucdp';
import type { PlacesResult } from './places';
import { placesSection } from './placesSourcesMd';
import { indicatorsSection, startsSection } from './sources-md-indicators';
import {
  incidentsSection,
  jurisdictionSection,
  seriesSection,
  themeCaveats,
  themeSourceEntries,
} from './sources-md-themes';
import { factsOf, type ThemesResult } from './themes';
import type { RiversResult } from './rivers';
import { riversSection } from './riversSourcesMd';
import { SOURCES, type SourceEntry } from './sources';
import type { WrittenFile } from './write';

export { fmt };

const kib = (bytes: number): string => `${fmt(bytes / 1024, 1)} KiB`;

interface Args {
  atlas: AtlasResult;
  departments: DepartmentsResult;
  rivers: RiversResult;
  districts: DistrictsFile;
  counts: Record<string, number>;
  files: (WrittenFile & { features?: number })[];
  limits2007: Limits2007;
  laws: Map<string, CreationLawRow>;
  themes: ThemesResult;
  national: NationalResult;
  unused: { path: string; reason: string }[];
  ucdp: UcdpResult;
  places: PlacesResult;
}

function outputsSection(files: Args['files']): string[] {
  return [
    '## Output files',
    '',
    '| file | bytes | gzip (level 9) | features |',
    '| --- | ---: | ---: | ---: |',
    ...files.map(
      (f) =>
        `| \`${f.path}\` | ${fmt(f.bytes)} | ${fmt(f.gzipBytes)} (${kib(f.gzipBytes)}) | ${f.features === undefined ? '' : fmt(f.features)} |`,
    ),
    '',
    'SOURCES.md and manifest.json are written after these (manifest.json lists SOURCES.md too, and the sha256 of every raw input).',
    '',
  ];
}

function sourcesSection(): string[] {
  const out = ['## Sources', ''];
  const entries: SourceEntry[] = [
    ...SOURCES,
    ...themeSourceEntries(new Set(SOURCES.map((s) => s.ref.id))),
  ];
  for (const s of entries) {
    out.push(
      `### ${s.ref.title}`,
      '',
      `- id: \`${s.ref.id}\``,
      `- publisher: ${s.ref.publisher}`,
      `- licence as stated: ${s.ref.licence}`,
      `- vintage: ${s.ref.vintage}`,
      `- where: ${s.where}${s.ref.url ? ` — ${s.ref.url}` : ''}`,
      `- raw files read: ${s.rawFiles.map((f) => `\`${f}\``).join(', ')}`,
      `- documented in: shared/data-raw/${s.documentedIn}`,
      '',
    );
  }
  return out;
}

function boundariesSection(a: AtlasResult, d: DepartmentsResult): string[] {
  const c = a.clean;
  return [
    '## What the pipeline did',
    '',
    '### District boundaries → `geo/atlas.topo.json`',
    '',
    '- Input: the 551 district polygons of `mapsperu/distritos_5dep_mapsPERU_v2.geojson`, as published.',
    `- **Cleaning.** The mapsPERU polygons were simplified one by one by their publisher, so neighbours do not share vertices: along almost every border the two outlines cross each other, leaving thin overlaps and gaps. TopoJSON can only share identical vertices, so borders, meshes and the VRAEM merge would otherwise be drawn twice or with slivers. The pipeline nodes all edges on the 1e-6° grid of the source, builds the faces of the arrangement and gives each face to exactly one district: overlaps (${fmt(c.overlapFaces)} faces, ${fmt(c.overlapAreaKm2, 1)} km² in total) to the covering district they share the longest border with; enclosed gaps narrower than ${fmt(MAX_SLIVER_WIDTH_M)} m mean width (${fmt(c.gapFaces)} faces, ${fmt(c.gapAreaKm2, 1)} km², largest ${fmt(c.maxSliverGapFaceKm2, 2)} km²) to the neighbour they share the longest border with. ${fmt(c.keptHoles.length)} wider enclosed gaps are holes of the source (areas inside the study area that no district polygon covers; by size and place they look like lakes, which the source does not say) and stay holes: ${c.keptHoles.map((h) => `${fmt(h.km2, 1)} km² at ${fmt(h.lon, 2)}, ${fmt(h.lat, 2)}`).join('; ')}. Noding passes: ${c.nodingPasses}; coverage conflicts: ${c.coverageConflicts}.`,
    `- Moving a raw vertex onto the cleaned border shifted it by at most ${fmt(a.cleaning.maxM, 1)} m (p99 ${fmt(a.cleaning.p99M, 1)} m): this is the disagreement between neighbouring outlines in the source, not an error the pipeline adds.`,
    `- **Simplification.** topojson-server topology, topojson-simplify Visvalingam with the effective area measured in m² (local equirectangular), minimum weight ${fmt(ATLAS_MIN_WEIGHT_M2)} m², then quantization to ${fmt(ATLAS_QUANTIZATION)} steps per axis. Rings that would shrink below three points keep their most important points (${fmt(a.protectedPoints)} points protected); arcs that cross another arc after simplification and quantization are put back at full detail (${fmt(a.restoredArcs)} arcs); every one of the ${fmt(a.total.ids)} districts keeps a polygon with area. Remaining self-touches at a shared vertex (no crossings) come from the source (e.g. Ocoruro/Pallpata).`,
    `- Vertices: ${fmt(a.rawVertices)} ring vertices in the raw polygons (closing positions not counted; a vertex on a border counts once per district); ${fmt(a.arcPointsBeforeSimplify)} arc points in the cleaned topology (shared borders stored once); ${fmt(a.arcPointsAfter)} arc points after simplification.`,
    `- **Measured displacement** (every raw vertex → the final boundary of the same district, metres): max ${fmt(a.total.maxM, 1)} (district ${a.total.maxAt}), p99 ${fmt(a.total.p99M, 1)}, over ${fmt(a.total.vertices)} vertices. Simplification and quantization alone (cleaned vertex → final boundary): max ${fmt(a.simplification.maxM, 1)}, p99 ${fmt(a.simplification.p99M, 1)}. At zoom 10 a pixel is about 76 m.`,
    `- Largest change of a district's area, final vs raw polygon: ${a.maxAreaChange.ubigeo} × ${fmt(a.maxAreaChange.ratio, 4)}. Areas in districts.json are computed on the raw polygons, not on this geometry.`,
    '- Objects: `districts` (id = ubigeo, no properties, sorted by ubigeo); `provinceBorders` (arcs between districts of different provinces); `departmentBorders` (arcs between departments plus the outer edge of the five departments, including the edges of those holes); `vraemOutline` (merge of the 79 VRAEM districts).',
    '',
    '### Departments of Peru → `geo/peru-departments.topo.json`',
    '',
    `- The 25 departments of \`mapsperu/peru_departamentos_mapsPERU_v2.geojson\`, cleaned the same way (${fmt(d.clean.overlapFaces)} overlap faces, ${fmt(d.clean.gapFaces)} sliver gaps, ${fmt(d.clean.keptHoles.length)} wide holes kept), simplified hard for national context: minimum weight ${fmt(DEPARTMENTS_MIN_WEIGHT_M2)} m², quantization ${fmt(DEPARTMENTS_QUANTIZATION)}. Arc points ${fmt(d.arcPointsBefore)} → ${fmt(d.arcPointsAfter)} (${fmt(d.restoredArcs)} arcs restored to full detail to avoid crossings); displacement max ${fmt(d.displacement.maxM, 0)} m, p99 ${fmt(d.displacement.p99M, 0)} m. Object \`departments\`, id = 2-digit code, properties \`{ name }\` as published.`,
    '',
  ];
}

function districtsSection(args: Args): string[] {
  const { counts, limits2007 } = args;
  return [
    '### District table → `districts.json`',
    '',
    '- `name`, `province`, `department`: mapsPERU `DISTRITO`, `PROVINCIA`, `DEPARTAMENTO`, as published (a few names are published without accents, e.g. "Rio Magdalena").',
    '- `areaKm2`: turf `area` (geodesic) of the raw, unsimplified mapsPERU polygon, km², 2 decimals.',
    `- \`labelPoint\`: polylabel (precision ${LABEL_PRECISION_DEG}°) on the largest part of the raw polygon, holes included, rounded to 5 decimals, checked to lie inside the raw polygon. \`bbox\`: of the raw polygon, rounded outwards to 5 decimals.`,
    `- \`vraem\`: ubigeo in \`vraem/vraem-districts.csv\` (${fmt(counts.vraemDistricts ?? 0)} districts). \`existsIn2007\`: ubigeo present (IDDIST) in the INEI 2007 limits (${fmt(counts.existsIn2007 ?? 0)} of ${fmt(counts.districts ?? 0)}; ${fmt(limits2007.withoutGeometry.length)} features of that file have no geometry, ${fmt(limits2007.withoutGeometry.filter((u) => FIVE_DEPARTMENTS.has(u.slice(0, 2))).length)} of them in the five departments). \`existsIn2017\`: ubigeo present in the GeoPeru NBI table, the 1,874-district 2017 census set (${fmt(counts.existsIn2017 ?? 0)} of ${fmt(counts.districts ?? 0)}).`,
    `- \`population2017\`: \`POBTOTAL\` of the INEI 2017 layer (${fmt(counts.withPopulation2017 ?? 0)} districts); null — never 0 — for the ${fmt(counts.newSince2017 ?? 0)} districts with no row because they were created after the 2017 census. The layer and the NBI table hold exactly the same 1,874 ubigeos (checked). Note: the NBI table's \`total_pers\` is a different count (it differs from POBTOTAL in every row) and is not used for population.`,
    "- `lineage` (districts absent from the 2007 limits): `parent2007` is the INEI 2007 district with the largest area of intersection with the raw new polygon (turf `intersect`, bounding-box prefilter); `shareOfArea` = that intersection / the new district's area (3 decimals); `parents2007` lists every 2007 district holding at least 15 % of the area, largest first. The two layers have different vintages and the 2007 one is strongly simplified, so shares below 1 mostly reflect boundary mismatch. `name` is the current (mapsPERU) name of the parent ubigeo. `stated` is the row of `vraem/district-creation-laws.csv` when there is one; empty cells are null.",
    '',
  ];
}

function lineageTable(args: Args): string[] {
  const rows = args.districts.districts.filter((d) => d.lineage);
  const byUbigeo = new Map(args.districts.districts.map((d) => [d.ubigeo, d]));
  return [
    '### Lineage of the districts created after 2007',
    '',
    `${fmt(rows.length)} districts; ${fmt(args.counts.lineageWithStatedParent ?? 0)} have a stated parent ubigeo, of which ${fmt(args.counts.lineageStatedParentAgrees ?? 0)} agree with the overlay.`,
    '',
    'For a district created after 2017 the table also lists the districts created between 2007 and 2017 out of the same 2007 parent: its parent at the 2017 census may be one of them rather than the 2007 parent (the 2017 limits are not in the raw data, so this cannot be settled here).',
    '',
    '| ubigeo | district | VRAEM | in 2017 set | parent 2007 (overlay) | share | stated parent | agrees | 2008–2017 districts from the same 2007 parent |',
    '| --- | --- | :---: | :---: | --- | ---: | --- | :---: | --- |',
    ...rows.map((d) => {
      const l = d.lineage;
      if (!l) return '';
      const stated = l.stated?.parentUbigeo ?? null;
      const statedText = stated
        ? `${stated} ${byUbigeo.get(stated)?.name ?? ''}`.trim()
        : l.stated?.parentAsStated
          ? `"${l.stated.parentAsStated}"`
          : '—';
      const agrees = stated === null ? '' : stated === l.parent2007.ubigeo ? 'yes' : '**no**';
      const siblings = d.existsIn2017
        ? ''
        : rows
            .filter((s) => s.existsIn2017 && s.lineage?.parent2007.ubigeo === l.parent2007.ubigeo)
            .map((s) => `${s.ubigeo} ${s.name}`)
            .join(', ');
      return `| ${d.ubigeo} | ${d.name} | ${d.vraem ? 'yes' : ''} | ${d.existsIn2017 ? 'yes' : 'no'} | ${l.parent2007.ubigeo} ${l.parent2007.name} | ${fmt(l.parent2007.shareOfArea, 3)} | ${statedText} | ${agrees} | ${siblings} |`;
    }),
    '',
  ];
}

const FIVE_DEPARTMENTS = new Set(['03', '05', '08', '09', '12']);

function caveatsSection(counts: Record<string, number>, themes: ThemesResult): string[] {
  const newVraem = counts.newSince2017VRAEM ?? 0;
  const newOther = (counts.newSince2017 ?? 0) - newVraem;
  return [
    '## Known gaps and caveats (keep them visible in the app)',
    '',
    '- The split of the VRAEM districts into "intervención directa" and "influencia" (DS 112-2017-PCM: 31 + 38) is not published in any source reached; `vraem` is membership only (`ambito` = `no_determinado` in the list).',
    '- The 79-district list is the GEO PERÚ viewer constant; that 69 + 10 reading (69 districts of DS 112-2017-PCM plus 10 carved out of them since) is consistent with the data but was not confirmed against the decree annex.',
    `- ${fmt(newVraem)} VRAEM districts (and ${fmt(newOther)} other districts of the five departments) did not exist at the 2017 census: no census 2017 row, population2017 = null. Their lineage parent is computed by overlay; for most of them no creating law, date or parent was found (the \`stated\` row says so).`,
    "- The mapsPERU vintage is inferred (INEI 2023 limits, by bounding box and by the presence of the post-2017 districts), not stated; the GPL-3 licence is the R package's.",
    '- The 2007 limits (juaneladio) are a simplified copy; overlay shares are approximate and only the argmax parent is meant to be used.',
    '- Creation-law compilation: secondary sources (Wikipedia mirrors, press), medium-low confidence; where it and the overlay disagree both are kept.',
    '- Rivers: WDBII lines carry no names; the Apurímac / Ene / Tambo / Ucayali stretches are our identification at the confluences WDBII draws, and the Perené, the Urubamba and the lower Mantaro are drawn unnamed (no named source line matches them). WDBII is a 1:1–3M product (lines 1–3 km off): fine for a base map and for "within N km" at the scale of districts, not for measuring a few hundred metres. The GEO GPS PERÚ licence (used for names only) is unknown.',
    '- District borders here are the cleaned and simplified mapsPERU outlines; at zooms above ~11 they are not survey-grade.',
    ...themeCaveats(themes),
    '',
  ];
}

export function renderSourcesMd(args: Args): string {
  const names = new Map(factsOf(args.districts.districts).map((d) => [d.ubigeo, d]));
  return [
    '<!-- GENERATED by `npm run data` (scripts/build-data.ts). Do not edit by hand: change the pipeline and run it again. -->',
    '',
    '# Sources and processing of `data/`',
    '',
    'This file is generated by the data pipeline and is never hand-edited. The raw files live in `shared/data-raw` (not copied into this repository); their sha256 are in `manifest.json`. No value in `data/` is typed in, estimated or interpolated: each comes from a raw file or is computed from one as described below.',
    '',
    ...outputsSection(args.files),
    ...sourcesSection(),
    ...boundariesSection(args.atlas, args.departments),
    ...riversSection(args.rivers),
    ...districtsSection(args),
    ...lineageTable(args),
    ...indicatorsSection(args.themes, names),
    ...startsSection(args.themes, names),
    ...seriesSection(args.themes),
    ...jurisdictionSection(args.themes),
    ...incidentsSection(args.themes),
    ...ucdpSection(args.ucdp, args.districts),
    ...placesSection(args.places),
    ...nationalSection(args.national),
    ...caveatsSection(args.counts, args.themes),
    ...unusedSection(args.unused),
  ].join('\n');
}
