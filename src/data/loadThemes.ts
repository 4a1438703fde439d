/**
 * The theme data (indicators, area series, jurisdiction, incidents): fetched after the first map
 * frame, validated with the pipeline's schemas, turned into lookups the domain uses.
 */
import type { DistrictStart, IndicatorValues } from '../domain/districtValues';
import type { IndicatorKey } from '../domain/indicatorRegistry';
import {
  indicatorsFileSchema,
  incidentsFileSchema,
  jurisdictionFileSchema,
  seriesFileSchema,
  type Decree,
  type Incident,
  type IncidentsFile,
  type SeriesFile,
} from './indicatorSchemas';
import { fetchJson, validate, type Fetcher } from './fetchJson';
import { THEME_FILE_NAMES, type ThemeUrls } from './themeFiles';
import type { SourceRef } from './schemas';
import { ucdpFileSchema, type UcdpFile } from './ucdpSchemas';

export { THEME_FILE_NAMES, type ThemeUrls };

export interface ThemeData {
  /** Shipped indicators, plus the session's imported ones when the workspace adds them. */
  indicators: ReadonlyMap<IndicatorKey, IndicatorValues>;
  starts: ReadonlyMap<string, DistrictStart>;
  series: SeriesFile['series'];
  decrees: readonly Decree[];
  /** DEVIDA subzone by ubigeo, folded to lower case here once ('norte', 'centro', 'sur'). */
  devidaZone: ReadonlyMap<string, string>;
  incidents: readonly Incident[];
  aggregates: IncidentsFile['aggregates'];
  /** UCDP GED 21.1 events of Peru (an incomplete copy: see its coverage). */
  ucdp: UcdpFile;
  /** Every source cited by these files, by id. */
  sources: ReadonlyMap<string, SourceRef>;
}

export async function loadThemes(
  urls: ThemeUrls,
  fetcher: Fetcher = fetch,
  names: Record<keyof ThemeUrls, string> = THEME_FILE_NAMES,
): Promise<ThemeData> {
  const [indicatorsRaw, seriesRaw, jurisdictionRaw, incidentsRaw, ucdpRaw] = await Promise.all([
    fetchJson(fetcher, urls.indicators, names.indicators),
    fetchJson(fetcher, urls.series, names.series),
    fetchJson(fetcher, urls.jurisdiction, names.jurisdiction),
    fetchJson(fetcher, urls.incidents, names.incidents),
    fetchJson(fetcher, urls.ucdp, names.ucdp),
  ]);
  const indicatorsFile = validate(indicatorsFileSchema, indicatorsRaw, names.indicators);
  const seriesFile = validate(seriesFileSchema, seriesRaw, names.series);
  const jurisdiction = validate(jurisdictionFileSchema, jurisdictionRaw, names.jurisdiction);
  const incidents = validate(incidentsFileSchema, incidentsRaw, names.incidents);
  const ucdp = validate(ucdpFileSchema, ucdpRaw, names.ucdp);

  const sources = new Map<string, SourceRef>();
  for (const file of [indicatorsFile, seriesFile, jurisdiction, incidents, ucdp]) {
    for (const source of file.sources) sources.set(source.id, source);
  }
  return {
    indicators: new Map(
      indicatorsFile.indicators.map((indicator) => [
        indicator.id,
        {
          coverage: new Set(indicator.coverage),
          values: new Map(Object.entries(indicator.values)),
        },
      ]),
    ),
    starts: new Map(
      indicatorsFile.districtStarts.map((s) => [s.ubigeo, { firstYear: s.firstYear, basis: s.basis }]),
    ),
    series: seriesFile.series,
    decrees: jurisdiction.decrees,
    devidaZone: new Map(jurisdiction.devidaZone.map((d) => [d.ubigeo, d.subzone.toLowerCase()])),
    incidents: incidents.incidents,
    aggregates: incidents.aggregates,
    ucdp,
    sources,
  };
}
