/**
 * Schema of data/ucdp-events.json: the Peru rows of a reduced copy of UCDP GED 21.1 (the `juanr`
 * teaching package: precise locations only, rows with any missing value dropped), each with the
 * district its point falls in. Shared by the pipeline (validates before writing) and the app
 * (validates after fetching).
 */
import './zodSetup';
import * as z from 'zod/mini';
import {
  count,
  DATA_SCHEMA_VERSION,
  lonLatSchema,
  nonEmpty,
  sourceRefSchema,
  ubigeoSchema,
} from './schemas';

/** UCDP's three types of organised violence (`type_of_violence` 1, 2, 3). */
export const UCDP_VIOLENCE_KINDS = ['stateBased', 'nonState', 'oneSided'] as const;
export type UcdpViolenceKind = (typeof UCDP_VIOLENCE_KINDS)[number];

const year = z.int().check(z.minimum(1989), z.maximum(2100));
const deaths = count;

export const ucdpEventSchema = z.object({
  /** GED id: stable across GED releases, so rows can be matched to an official download. */
  id: z.string().check(z.regex(/^\d+$/)),
  /** The event's start date (the copy has no end date). */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  year,
  kind: z.enum(UCDP_VIOLENCE_KINDS),
  conflict: nonEmpty,
  sideA: nonEmpty,
  sideB: nonEmpty,
  /** [longitude, latitude] as UCDP gives them (exact place, or within about 25 km). */
  position: lonLatSchema,
  /** UCDP's low, best and high estimates of deaths, as published (not reordered). */
  deaths: z.object({ low: deaths, best: deaths, high: deaths }),
  /** District the point falls in (INEI 2023 limits, point in polygon); null when in none. */
  ubigeo: z.nullable(ubigeoSchema),
  /** What the pipeline noticed about the row (e.g. a low estimate above the best); usually "". */
  note: z.string(),
});
export type UcdpEvent = z.infer<typeof ucdpEventSchema>;

export const ucdpFileSchema = z
  .object({
    schemaVersion: z.literal(DATA_SCHEMA_VERSION),
    sources: z.array(sourceRefSchema).check(z.minLength(1)),
    /** The attribution line the copy's PROVENANCE.md asks for, in each language. */
    attribution: z.object({ es: nonEmpty, en: nonEmpty }),
    coverage: z.object({
      /** Years the GED release covers (GED 21.1: 1989–2020). */
      releaseFirstYear: year,
      releaseLastYear: year,
      /** Years of the release for which this copy has no row at all: a gap, never "0 events". */
      yearsWithoutRows: z.array(year),
    }),
    events: z.array(ucdpEventSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
    const gaps = new Set(file.coverage.yearsWithoutRows);
    const { releaseFirstYear: first, releaseLastYear: last } = file.coverage;
    for (const [i, e] of file.events.entries()) {
      if (Number(e.date.slice(0, 4)) !== e.year)
        ctx.addIssue({ code: 'custom', path: ['events', i, 'year'], message: 'not the date’s year' });
      if (gaps.has(e.year) || e.year < first || e.year > last)
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'year'],
          message: `${e.year} is listed without rows or outside the release`,
        });
    }
    }),
  );
export type UcdpFile = z.infer<typeof ucdpFileSchema>;
