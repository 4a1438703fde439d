/**
 * Schemas of the files in data/ — the contract between the pipeline (scripts/, which validates
 * before it writes) and the app (src/data/, which validates after it fetches). Bump
 * DATA_SCHEMA_VERSION whenever a shape changes.
 */
import './zodSetup';
import * as z from 'zod/mini';

export const DATA_SCHEMA_VERSION = 1;

/** Six-digit INEI ubigeo: DDPPdd (department, province, district). */
export const ubigeoSchema = z.string().check(z.regex(/^\d{6}$/, 'ubigeo must be 6 digits'));

/** A string of at least one character. */
export const nonEmpty = z.string().check(z.minLength(1));

/** A whole number ≥ 0 (a count). */
export const count = z.int().check(z.nonnegative());

/** A whole number > 0. */
export const positiveInt = z.int().check(z.positive());

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** [longitude, latitude] within the globe's ranges. */
export const lonLatSchema = z.tuple([
  z.number().check(z.minimum(-180), z.maximum(180)),
  z.number().check(z.minimum(-90), z.maximum(90)),
]);


/** A source a value or a geometry comes from; ids are keys into the sources list. */
export const sourceRefSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  publisher: nonEmpty,
  licence: nonEmpty,
  vintage: nonEmpty,
  url: z.optional(z.string()),
  /**
   * The source as a one-line citation ("INEI", "UCDP GED 21.1") for places with no room for the
   * full reference (key figures); the full reference stays one hover or one click away.
   * Optional: without it the UI cites the publisher.
   */
  short: z.optional(nonEmpty),
  /**
   * Spanish of the prose the atlas writes about a source (the fields above are in English).
   * Absent for a citation quoted as published (an article's own title stays in its language).
   * Added without a schema version bump: files without it stay valid.
   */
  es: z.optional(
    z.object({
      title: nonEmpty,
      licence: z.optional(nonEmpty),
      vintage: z.optional(nonEmpty),
      short: z.optional(nonEmpty),
    }),
  ),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * Where a district that is absent from the INEI 2007 limits came from. `parent2007` is computed
 * by overlay (largest shared area) against the 2007 limits; `stated` is what a creation-law source
 * says, when one does — the two can disagree and both are kept.
 */
const parent2007Schema = z.object({
  ubigeo: ubigeoSchema,
  name: nonEmpty,
  /** Share of the new district's area that lies inside that 2007 district, 0..1. */
  shareOfArea: z.number().check(z.minimum(0), z.maximum(1)),
});

export const lineageSchema = z.object({
  /** The 2007 district holding the largest share of the new district's area. */
  parent2007: parent2007Schema,
  /**
   * Every 2007 district holding at least 15 % of its area (scripts/lib/lineageAll.ts), largest
   * first; the first is parent2007. Comparable units join all of them.
   */
  parents2007: z.array(parent2007Schema).check(z.minLength(1)),
  stated: z.nullable(
    z.object({
      parentUbigeo: z.nullable(ubigeoSchema),
      parentAsStated: z.string(),
      law: z.nullable(z.string()),
      published: z.nullable(z.string()),
      sourceUrl: z.nullable(z.string()),
      note: z.string(),
    }),
  ),
});
export type Lineage = z.infer<typeof lineageSchema>;

export const districtRecordSchema = z.object({
  ubigeo: ubigeoSchema,
  name: nonEmpty,
  province: nonEmpty,
  department: nonEmpty,
  /** Area of the unsimplified INEI 2023 polygon, km² (turf, geodesic). */
  areaKm2: z.number().check(z.positive()),
  /** A point inside the polygon, for labels and point symbols. */
  labelPoint: lonLatSchema,
  /** [west, south, east, north] of the polygon. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Member of the VRAEM legal area on today's limits (79 districts). */
  vraem: z.boolean(),
  /** In the INEI 2007 district limits (same ubigeo present). */
  existsIn2007: z.boolean(),
  /** In the 2017 census district set (1,874 districts). */
  existsIn2017: z.boolean(),
  /** Census 2017 population; null when the district did not exist in 2017. */
  population2017: z.nullable(count),
  /** Only for districts absent from the 2007 limits. */
  lineage: z.nullable(lineageSchema),
});
export type DistrictRecord = z.infer<typeof districtRecordSchema>;

export const districtsFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  sources: z.array(sourceRefSchema).check(z.minLength(1)),
  districts: z.array(districtRecordSchema).check(z.minLength(1)),
});
export type DistrictsFile = z.infer<typeof districtsFileSchema>;

export const manifestFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  files: z.array(
    z.object({
      path: z.string(),
      bytes: positiveInt,
      gzipBytes: positiveInt,
      sha256,
      features: z.optional(count),
    }),
  ),
  inputs: z.array(z.object({ path: z.string(), sha256 })),
  counts: z.record(z.string(), count),
  simplification: z.object({
    verticesBefore: positiveInt,
    verticesAfter: positiveInt,
    maxDisplacementM: z.number().check(z.nonnegative()),
    p99DisplacementM: z.number().check(z.nonnegative()),
  }),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/**
 * Where `arcs` of a TopoJSON topology is malformed, or null if it is an array of arcs, each an
 * array of positions of two or more finite numbers. A plain loop rather than nested zod arrays:
 * those took ~100 ms on the atlas's arcs in the browser, on the path to the map's first frame.
 */
export function arcsProblem(arcs: unknown): { path: number[]; message: string } | null {
  if (!Array.isArray(arcs)) return { path: [], message: 'expected an array of arcs' };
  for (let a = 0; a < arcs.length; a++) {
    const arc: unknown = arcs[a];
    if (!Array.isArray(arc)) return { path: [a], message: 'expected an array of positions' };
    for (let p = 0; p < arc.length; p++) {
      const position: unknown = arc[p];
      if (!Array.isArray(position) || position.length < 2) {
        return { path: [a, p], message: 'expected a position of two or more numbers' };
      }
      for (let c = 0; c < position.length; c++) {
        const coordinate: unknown = position[c];
        if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) {
          return { path: [a, p, c], message: 'expected a finite number' };
        }
      }
    }
  }
  return null;
}

const arcsSchema = z.custom<number[][][]>().check(
  z.superRefine((arcs, ctx) => {
    const problem = arcsProblem(arcs);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }),
);

/** Minimal structural check of a TopoJSON topology; topojson-client does the decoding. */
export const topologySchema = z.object({
  type: z.literal('Topology'),
  arcs: arcsSchema,
  transform: z.optional(
    z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  ),
  objects: z.record(z.string(), z.looseObject({ type: z.string() })),
});

/**
 * Objects that data/geo/atlas.topo.json must hold: `districts` (551 polygons of the five
 * departments, `id` = ubigeo, no properties), `provinceBorders` and `departmentBorders` (meshes of
 * the district arcs), `vraemOutline` (merge of the 79 VRAEM districts).
 */
export const ATLAS_TOPOLOGY_OBJECTS = [
  'districts',
  'provinceBorders',
  'departmentBorders',
  'vraemOutline',
] as const;

/** data/geo/peru-departments.topo.json: `departments`, 25 polygons, `id` = 2-digit code, properties {name}. */
export const PERU_TOPOLOGY_OBJECTS = ['departments'] as const;

export const riverFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    /** Name as the map should print it, e.g. "Río Mantaro"; null for lines no source names. */
    name: z.nullable(nonEmpty),
    /** Source id of the geometry (key into districts.json sources). */
    source: nonEmpty,
    note: z.nullable(z.string()),
    /** Source ids of the named lines the name was matched to (scripts/lib/riversMatch.ts). */
    nameSources: z.optional(z.array(nonEmpty)),
    /** Which stretch of the river this is, in words, for the river list. */
    stretch: z.optional(z.nullable(z.object({ es: nonEmpty, en: nonEmpty }))),
  }),
  geometry: z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(lonLatSchema).check(z.minLength(2))).check(z.minLength(1)),
  }),
});
export const riversFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(riverFeatureSchema),
});
export type RiversFile = z.infer<typeof riversFileSchema>;
