/**
 * Schema of data/places.json: the town names the map labels — district capitals (INEI/CEPLAN
 * points) and GeoNames places — with the district each lies in and what decides its priority.
 * Shared by the pipeline (validates before writing) and the app (validates after fetching).
 */
import './zodSetup';
import * as z from 'zod/mini';
import {
  DATA_SCHEMA_VERSION,
  lonLatSchema,
  nonEmpty,
  positiveInt,
  sourceRefSchema,
  ubigeoSchema,
} from './schemas';

/**
 * departmentCapital / provinceCapital / districtCapital: the capital of a district whose ubigeo
 * ends in 0101 / 01 / anything else (INEI numbers a province's capital district 01). place: a
 * GeoNames populated place that is not a district capital.
 */
export const PLACE_KINDS = [
  'departmentCapital',
  'provinceCapital',
  'districtCapital',
  'place',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const placeSchema = z.object({
  /** "cap-<ubigeo>" for a district capital, "gn-<geonameid>" for a GeoNames place. */
  id: z.string().check(z.regex(/^(cap-\d{6}|gn-\d+)$/)),
  name: nonEmpty,
  /** [longitude, latitude] as the source gives them. */
  position: lonLatSchema,
  kind: z.enum(PLACE_KINDS),
  /** District the point lies in (INEI 2023 limits, point in polygon). */
  ubigeo: ubigeoSchema,
  /** True when that district is one of the VRAEM's 79. */
  vraem: z.boolean(),
  /** GeoNames' population (year unknown), only to rank labels; null when 0 or not matched. */
  population: z.nullable(positiveInt),
  /** Source id of the position (key into this file's sources). */
  source: nonEmpty,
  /** GeoNames id of the same town, when a capital was matched to one (population from it). */
  geonameid: z.nullable(z.string().check(z.regex(/^\d+$/))),
});
export type Place = z.infer<typeof placeSchema>;

export const placesFileSchema = z
  .object({
    schemaVersion: z.literal(DATA_SCHEMA_VERSION),
    sources: z.array(sourceRefSchema).check(z.minLength(1)),
    /** The attribution GeoNames asks for (CC BY 4.0), in each language. */
    attribution: z.object({ es: nonEmpty, en: nonEmpty }),
    /** In label priority order (see scripts/lib/places.ts). */
    places: z.array(placeSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
    const ids = new Set<string>();
    const sources = new Set(file.sources.map((s) => s.id));
    for (const [i, p] of file.places.entries()) {
      if (ids.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['places', i, 'id'], message: 'duplicate id' });
      ids.add(p.id);
      if (!sources.has(p.source))
        ctx.addIssue({ code: 'custom', path: ['places', i, 'source'], message: 'unknown source' });
    }
    }),
  );
export type PlacesFile = z.infer<typeof placesFileSchema>;
