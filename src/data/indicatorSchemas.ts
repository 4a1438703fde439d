/**
 * Schemas of the indicator, series, jurisdiction and incident files in data/ (issue 3), shared by
 * the pipeline (validates before writing) and the app (validates after fetching).
 */
import './zodSetup';
import * as z from 'zod/mini';
import { INDICATOR_IDS, type IndicatorId } from './indicatorIds';
import {
  count,
  DATA_SCHEMA_VERSION,
  nonEmpty,
  positiveInt,
  sourceRefSchema,
  ubigeoSchema,
} from './schemas';

const year = z.int().check(z.minimum(1900), z.maximum(2100));
const sources = z.array(sourceRefSchema).check(z.minLength(1));
const isoDate = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

/**
 * Caveat flags a value can carry to the screen. Keep in sync with the i18n keys `flag.<code>`.
 * - secondary: from a secondary compilation, not the primary publication.
 * - transcribed: typed from a publication or a news report (the source names it).
 * - zeroBeforeSplit: a 0 published for a district created after 2007 before its first non-zero
 *   year; it may mean the monitoring still counted the area under the parent district.
 * - partialYear: the figure covers only part of the year (e.g. budget as of October).
 * - roundedTo100: published rounded to the nearest 100.
 * - methodBreak: the series changes definition or method at this point (draw no line across).
 * - disputed: another source gives a different number (see the note).
 * - yearInferred: the source does not state the year; the data gathering inferred it (see the note).
 * - limits2017: a figure for an earlier year re-based by its publisher to the 2017 district limits
 *   (population 2007): it describes the district's 2017 territory, not the district as it was.
 * - limitsChanged: the district lost territory to a district created after 2017; this value is on
 *   today's limits, the earlier ones on the 2017 limits (draw no line across).
 * - parentCopy: equal to the value of the district it was carved from, to the last published
 *   decimal: most likely copied by the source, so left out of aggregates and ranks.
 */
export const FLAG_CODES = [
  'secondary',
  'transcribed',
  'zeroBeforeSplit',
  'partialYear',
  'roundedTo100',
  'methodBreak',
  'disputed',
  'yearInferred',
  'limits2017',
  'limitsChanged',
  'parentCopy',
] as const;
export const flagSchema = z.enum(FLAG_CODES);
const flags = z.optional(z.array(flagSchema));
/** zod's numbers are finite: NaN and ±Infinity fail (there is no separate check to add). */
const finite = z.number();
export type FlagCode = z.infer<typeof flagSchema>;

/** One district value: year, value, optional 95 % interval, source id, flags. */
export const districtObservationSchema = z.object({
  y: year,
  v: finite,
  lo: z.optional(finite),
  hi: z.optional(finite),
  s: nonEmpty,
  f: flags,
});
export type DistrictObservation = z.infer<typeof districtObservationSchema>;

export { INDICATOR_IDS, type IndicatorId };
export const indicatorIdSchema = z.enum(INDICATOR_IDS);

export const districtIndicatorSchema = z.object({
  id: indicatorIdSchema,
  /** Ubigeos the source covers; any other district is "outside coverage" for this indicator. */
  coverage: z.array(ubigeoSchema),
  /** Observations by ubigeo, sorted by year. */
  values: z.record(ubigeoSchema, z.array(districtObservationSchema)),
});

/**
 * When a district began to exist, as far as the sources say: the first year it can have a value
 * of its own. `basis` says how that year was found.
 */
export const districtStartSchema = z.object({
  ubigeo: ubigeoSchema,
  firstYear: z.nullable(year),
  basis: z.enum([
    'published',
    'reportedDate',
    'reportedYear',
    'approvedByCongress',
    'createdWith',
    'absentFromCensus2017',
    'unknown',
  ]),
  note: z.string(),
});

export const indicatorsFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  sources,
  indicators: z.array(districtIndicatorSchema),
  /** For every district absent from the 2007 limits. */
  districtStarts: z.array(districtStartSchema),
});
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;

/** Area-level series (zone, country, department), one point per year with its own source. */
export const seriesPointSchema = z.object({
  year,
  value: finite,
  /** Share of the national total as the source printed it, in %, when it printed one. */
  publishedPct: z.nullable(finite),
  /**
   * A share printed next to this figure that the data gathering could not tie to this year (e.g.
   * a press release on the following year's report): kept, never shown as this year's share.
   */
  printedPct: z.nullable(finite),
  /**
   * A share stated with its arithmetic in the raw note whose national denominator is not in our
   * series (2016: 20,304 / 43,900 = 46 %): shown as cited, never as computed by the atlas.
   */
  citedShare: z.nullable(z.object({ pct: finite, denominator: z.number().check(z.positive()) })),
  areaAsPublished: z.string(),
  s: nonEmpty,
  note: z.string(),
  f: flags,
});
export const SERIES_IDS = [
  'coca_vraem_zone_ha',
  'coca_peru_ha',
  'coca_department_ha_ayacucho',
  'coca_department_ha_cusco',
  'coca_department_ha_junin',
] as const;
export const seriesSchema = z.object({
  id: z.enum(SERIES_IDS),
  unit: z.literal('ha'),
  points: z.array(seriesPointSchema),
});
export const seriesFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  sources,
  series: z.array(seriesSchema),
});
export type SeriesFile = z.infer<typeof seriesFileSchema>;

export const decreeSchema = z.object({
  id: nonEmpty,
  decree: nonEmpty,
  /** As stated; null when the source gives no start date (e.g. a prórroga known only by its end). */
  start: isoDate,
  /** As stated, or start + days − 1 when only the duration is stated; null when neither is. */
  end: isoDate,
  endBasis: z.enum(['stated', 'startPlusDays', 'unknown']),
  days: z.nullable(positiveInt),
  /**
   * Who holds internal order, as the source says: police, armed forces, both jointly ("FFAA y
   * PNP"), or not stated.
   */
  control: z.enum(['police', 'armedForces', 'joint', 'notStated']),
  controlAsPublished: z.string(),
  listComplete: z.boolean(),
  districtsStated: z.nullable(z.int()),
  ubigeos: z.array(ubigeoSchema),
  note: z.string(),
  sourceUrl: z.string(),
  /** Further sources of the row, e.g. those of a later correction (emergency addendum). */
  otherSourceUrls: z.array(z.string()),
});
export type Decree = z.infer<typeof decreeSchema>;

export const jurisdictionFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  sources,
  decrees: z.array(decreeSchema),
  devidaZone: z.array(z.object({ ubigeo: ubigeoSchema, subzone: z.string() })),
});
export type JurisdictionFile = z.infer<typeof jurisdictionFileSchema>;

export const incidentSchema = z.object({
  id: nonEmpty,
  date: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
  datePrecision: z.string(),
  dateNote: z.string(),
  type: nonEmpty,
  /**
   * The type in each language (scripts/lib/incidentTypeLabels.ts); `type` is the raw text.
   * Optional so that events from elsewhere (e.g. a user import) can go without it.
   */
  typeLabel: z.optional(z.object({ es: nonEmpty, en: nonEmpty })),
  place: z.string(),
  /** Null when the source names no district: listed, not mapped. */
  ubigeo: z.nullable(ubigeoSchema),
  department: z.string(),
  deathsSecurityForces: z.nullable(count),
  deathsCivilians: z.nullable(count),
  deathsArmedGroup: z.nullable(count),
  deathsTotal: z.nullable(count),
  deathsAsPublished: z.string(),
  injured: z.nullable(count),
  actors: z.string(),
  perpetrator: z.string(),
  sourceUrls: z.array(z.string()).check(z.minLength(1)),
  note: z.string(),
});
export type Incident = z.infer<typeof incidentSchema>;

const aggregateText = z.object({
  indicator: nonEmpty,
  unit: nonEmpty,
  area: nonEmpty,
  periodEnd: nonEmpty,
});

export const incidentsFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  sources,
  incidents: z.array(incidentSchema),
  aggregates: z.array(
    z.object({
      area: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      indicator: z.string(),
      value: finite,
      unit: z.string(),
      source: z.string(),
      note: z.string(),
      /** What the codes above say, in each language (scripts/lib/aggregateLabels.ts). */
      labels: z.object({ es: aggregateText, en: aggregateText }),
    }),
  ),
});
export type IncidentsFile = z.infer<typeof incidentsFileSchema>;
