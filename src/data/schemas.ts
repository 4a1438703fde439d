/**
 * Schemas of the files in data/ — the contract between the pipeline (scripts/, which validates
 * before it writes) and the app (src/data/, which validates after it fetches). Bump
 * DATA_SCHEMA_VERSION whenever a shape changes.
 */
import './zodSetup';
import { z } from 'zod';

export const DATA_SCHEMA_VERSION = 1;

/** Six-digit INEI ubigeo: DDPPdd (department, province, district). */
export const ubigeoSchema = z.string().regex(/^\d{6}$/, 'ubigeo must be 6 digits');

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A source a value or a geometry comes from; ids are keys into the sources list. */
export const sourceRefSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  licence: z.string().min(1),
  vintage: z.string().min(1),
  url: z.string().optional(),
  /**
   * The source as a one-line citation ("INEI", "UCDP GED 21.1") for places with no room for the
   * full reference (key figures); the full reference stays one hover or one click away.
   * Optional: without it the UI cites the publisher.
   */
  short: z.string().min(1).optional(),
  /**
   * Spanish of the prose the atlas writes about a source (the fields above are in English).
   * Absent for a citation quoted as published (an article's own title stays in its language).
   * Added without a schema version bump: files without it stay valid.
   */
  es: z
    .object({
      title: z.string().min(1),
      licence: z.string().min(1).optional(),
      vintage: z.string().min(1).optional(),
      short: z.string().min(1).optional(),
    })
    .optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * Where a district that is absent from the INEI 2007 limits came from. `parent2007` is computed
 * by overlay (largest shared area) against the 2007 limits; `stated` is what a creation-law source
 * says, when one does — the two can disagree and both are kept.
 */
const parent2007Schema = z.object({
  ubigeo: ubigeoSchema,
  name: z.string().min(1),
  /** Share of the new district's area that lies inside that 2007 district, 0..1. */
  shareOfArea: z.number().min(0).max(1),
});

export const lineageSchema = z.object({
  /** The 2007 district holding the largest share of the new district's area. */
  parent2007: parent2007Schema,
  /**
   * Every 2007 district holding at least 15 % of its area (scripts/lib/lineageAll.ts), largest
   * first; the first is parent2007. Comparable units join all of them.
   */
  parents2007: z.array(parent2007Schema).min(1),
  stated: z
    .object({
      parentUbigeo: ubigeoSchema.nullable(),
      parentAsStated: z.string(),
      law: z.string().nullable(),
      published: z.string().nullable(),
      sourceUrl: z.string().nullable(),
      note: z.string(),
    })
    .nullable(),
});
export type Lineage = z.infer<typeof lineageSchema>;

export const districtRecordSchema = z.object({
  ubigeo: ubigeoSchema,
  name: z.string().min(1),
  province: z.string().min(1),
  department: z.string().min(1),
  /** Area of the unsimplified INEI 2023 polygon, km² (turf, geodesic). */
  areaKm2: z.number().positive(),
  /** A point inside the polygon, for labels and point symbols. */
  labelPoint: lonLat,
  /** [west, south, east, north] of the polygon. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Member of the VRAEM legal area on today's limits (79 districts). */
  vraem: z.boolean(),
  /** In the INEI 2007 district limits (same ubigeo present). */
  existsIn2007: z.boolean(),
  /** In the 2017 census district set (1,874 districts). */
  existsIn2017: z.boolean(),
  /** Census 2017 population; null when the district did not exist in 2017. */
  population2017: z.number().int().nonnegative().nullable(),
  /** Only for districts absent from the 2007 limits. */
  lineage: lineageSchema.nullable(),
});
export type DistrictRecord = z.infer<typeof districtRecordSchema>;

export const districtsFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  sources: z.array(sourceRefSchema).min(1),
  districts: z.array(districtRecordSchema).min(1),
});
export type DistrictsFile = z.infer<typeof districtsFileSchema>;

export const manifestFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  files: z.array(
    z.object({
      path: z.string(),
      bytes: z.number().int().positive(),
      gzipBytes: z.number().int().positive(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      features: z.number().int().nonnegative().optional(),
    }),
  ),
  inputs: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  simplification: z.object({
    verticesBefore: z.number().int().positive(),
    verticesAfter: z.number().int().positive(),
    maxDisplacementM: z.number().nonnegative(),
    p99DisplacementM: z.number().nonnegative(),
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

const arcsSchema = z.custom<number[][][]>().superRefine((arcs, ctx) => {
  const problem = arcsProblem(arcs);
  if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

/** Minimal structural check of a TopoJSON topology; topojson-client does the decoding. */
export const topologySchema = z.object({
  type: z.literal('Topology'),
  arcs: arcsSchema,
  transform: z
    .object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) })
    .optional(),
  objects: z.record(z.string(), z.object({ type: z.string() }).passthrough()),
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
    name: z.string().min(1).nullable(),
    /** Source id of the geometry (key into districts.json sources). */
    source: z.string().min(1),
    note: z.string().nullable(),
    /** Source ids of the named lines the name was matched to (scripts/lib/riversMatch.ts). */
    nameSources: z.array(z.string().min(1)).optional(),
    /** Which stretch of the river this is, in words, for the river list. */
    stretch: z.object({ es: z.string().min(1), en: z.string().min(1) }).nullable().optional(),
  }),
  geometry: z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(lonLat).min(2)).min(1),
  }),
});
export const riversFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(riverFeatureSchema),
});
export type RiversFile = z.infer<typeof riversFileSchema>;
