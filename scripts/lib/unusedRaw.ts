/**
 * Every raw file the pipeline does not read, with the reason (issue 20 §7). A raw file that is
 * neither read nor explained here stops the pipeline: a new file in data-raw must be used or
 * have its reason written down.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Reasons by path (relative to data-raw) or by folder prefix ending in '/'. */
export const UNUSED_REASONS: Record<string, string> = {
  'README.md': 'documentation of the raw folder (read by people, cited throughout this file).',
  'GEO-SOURCES.md': 'documentation of the geographic raw files (cited by section).',
  'INDICATOR-SOURCES.md': 'documentation of the indicator raw files (cited by section).',
  'coca-devida-unodc/pipaber_coca_report_2021_2024.md':
    'the repository author’s transcription of DEVIDA tables; its zone figures reach us through `vraem_coca_ha_by_year_transcribed.csv`, which cites it, and its "# 2023" section duplicates 2022 (INDICATOR-SOURCES §1e).',
  'coca-devida-unodc/unodc_fact_sheet_indicators_transcribed.csv':
    'national leaf yield, potential production, eradication and seizures for 2004–2005 and 2014–2015 only: no district or zone indicator the atlas draws; its zone hectares for 2004–2005 are the same figures as the zone series.',
  'district-panel-pipaber/Data_Dictionary_deforestation_dataset_PERU.xlsx':
    'data dictionary of the panel (read by people to interpret its columns).',
  'district-panel-pipaber/deforestation_dataset_PERU.csv':
    'the full panel; the atlas reads its extracts (`coca_ha_by_district_2012_2020_5dept_extract.csv`, `poverty_idh_population_by_district_year_5dept_extract.csv`). Forest loss, GDP and the other columns are not atlas indicators yet.',
  'geogpsperu-rios/':
    'an earlier copy of the Apurímac–Pampas river lines; `rivers/geogpsperu-vraem-rivers.geojson` holds the same lines (GEO-SOURCES).',
  'geoperu/GeoPeru-peru_distritos.xlsx':
    'district attribute table of GeoPeru; its NBI columns are read from `GeoPeru-peru_distritos_nbi.csv`.',
  'geoperu/vraem_contorno_geoperu.geojson':
    'the government viewer’s VRAEM outline; the atlas draws the outline as the union of the 79 districts on INEI 2023 limits, so both agree with the district list.',
  'juaneladio/peru_departamental_simple.geojson':
    'department polygons on older limits; departments come from mapsPERU (INEI 2023).',
  'juaneladio/peru_provincial_simple.geojson':
    'province polygons on older limits; provinces come from mapsPERU (INEI 2023).',
  'mapsperu/map_DEP.rda': 'R binary of the same polygons as the mapsPERU GeoJSON files read.',
  'mapsperu/map_DIST.rda': 'R binary of the same polygons as the mapsPERU GeoJSON files read.',
  'mapsperu/map_PROV.rda': 'R binary of the same polygons as the mapsPERU GeoJSON files read.',
  'mapsperu/peru_provincias_mapsPERU_v2.geojson':
    'national province polygons; province boundaries are drawn from the district topology’s shared arcs.',
  'mapsperu/provincias_5dep_mapsPERU_v2.geojson':
    'province polygons of the five departments; province boundaries are drawn from the district topology’s shared arcs.',
  'population-inei/DISTRITOS_inei_geogpsperu_suyopomalia.dbf':
    'binary original of `DISTRITOS_inei_attributes_extracted.csv`, which is read (same content).',
  'population-inei/etorresram_census2007_proj2022_by_district.xlsx':
    'original of the `.csv` conversion, which is read (same content).',
  'poverty-inei/aniversarioperu_IncidenciaDepto20042011.csv':
    'department poverty 2004–2011; `department_poverty_series_transcribed.csv` holds these values with their edition, and the atlas draws no department poverty layer yet.',
  'poverty-inei/department_poverty_series_transcribed.csv':
    'department poverty by year from two report editions: the atlas has no department poverty chart yet (never to be drawn as one line across editions).',
  'poverty-inei/aniversarioperu_inei_grafico_pobreza_departamentos_2012_2013.png':
    'image of an INEI chart (read by the data gathering, not machine-readable).',
  'poverty-inei/aniversarioperu_inei_table_incidencia_pobreza_total_departamentos_2004_2011.png':
    'image of an INEI table (read by the data gathering, not machine-readable).',
  'security-incidents/security_events_news_transcribed.csv':
    '7 events; four of them are the same incidents as E05, E22, E24 and E25 of the curated file, which correct them.',
  'vraem/validation.txt': 'the data gathering’s own count checks (read by people).',
  'vraem-budget-calderon/distritos_vraem.xlsx':
    'original of the DEVIDA zone list; the CSV extracts are read.',
  'ubigeo-indicators-castagnetto/LICENSE': 'licence of the repository (cited).',
  'ubigeo-indicators-castagnetto/SOURCE_README.md': 'documentation of the repository (cited).',
  'ubigeo-indicators-castagnetto/ubigeo_departamento.csv':
    'department codes; the atlas takes department names from mapsPERU.',
  'ubigeo-indicators-castagnetto/ubigeo_provincia.csv':
    'province codes; the atlas takes province names from mapsPERU.',
  'places-geonames/':
    'documentation and the extract script of the GeoNames copy (PROVENANCE.md, extract_peru.R), and a GeoJSON of the five departments’ rows without the `admin3_code` the misplacement rule needs; the CSV is read (`places.json`).',
  'rivers/wdbii/':
    'documentation and the extract scripts of the WDBII lines (PROVENANCE.md, extract_rivers.sh, to_geojson.R) and the raw GMT dump they were made from; the GeoJSON is read (`geo/rivers.geo.json`).',
  'security-incidents/ucdp-ged-juanr/':
    'documentation and the extract script of the UCDP GED copy (PROVENANCE.md, extract_peru.R), and the same 580 rows as GeoJSON; the CSV is read (`ucdp-events.json`).',
  'vraem/emergency-addendum/':
    'documentation and build script of the emergency addendum (PROVENANCE.md, build.py) and the district names before their ubigeo join (districts_input.tsv); the two `*_transcribed.csv` files are read (`jurisdiction.json`).',
};

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}

export function reasonFor(file: string): string | null {
  if (UNUSED_REASONS[file]) return UNUSED_REASONS[file];
  const folder = Object.keys(UNUSED_REASONS)
    .filter((k) => k.endsWith('/') && file.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return folder ? (UNUSED_REASONS[folder] as string) : null;
}

/** The raw files not read, each with its reason; throws on a file with none. */
export function unusedRawFiles(
  rawDir: string,
  read: ReadonlySet<string>,
): { path: string; reason: string }[] {
  const unused = listFiles(rawDir).filter((f) => !read.has(f));
  const unexplained = unused.filter((f) => reasonFor(f) === null);
  if (unexplained.length > 0)
    throw new Error(
      `raw files neither read nor explained in scripts/lib/unusedRaw.ts: ${unexplained.join(', ')}`,
    );
  return unused.map((f) => ({ path: f, reason: reasonFor(f) as string }));
}

export function unusedSection(unused: { path: string; reason: string }[]): string[] {
  return [
    '## Raw files not used, and why',
    '',
    'Every file of `data-raw` that the pipeline does not read (the pipeline stops on a file that is neither read nor explained here; list in `scripts/lib/unusedRaw.ts`).',
    '',
    ...unused.map((u) => `- \`${u.path}\`: ${u.reason}`),
    '',
  ];
}
