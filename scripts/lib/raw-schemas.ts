/**
 * Zod schemas of the raw rows and GeoJSON properties the pipeline reads. Only the fields the
 * pipeline uses are checked; messages are written to make sense after "file row N, field X:".
 */
import { z } from 'zod';
import { ubigeoSchema } from '../../src/data/schemas';

const text = z.string().trim();
const required = text.min(1, 'must not be empty');
const optionalText = text.transform((s) => (s === '' ? null : s));
const optionalUbigeo = text
  .refine((s) => s === '' || /^\d{6}$/.test(s), 'ubigeo must be 6 digits or empty')
  .transform((s) => (s === '' ? null : s));
const isoDateOrEmpty = text
  .refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), 'date must be YYYY-MM-DD or empty')
  .transform((s) => (s === '' ? null : s));
const urlOrEmpty = text
  .refine((s) => s === '' || /^https?:\/\/\S+$/.test(s), 'must be an http(s) URL or empty')
  .transform((s) => (s === '' ? null : s));
/** Numbers as the INEI layer stores them ("7.76800000000e+03"); must be a whole count. */
const wholeCount = text
  .refine((s) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s), 'must be a number')
  .transform(Number)
  .pipe(z.number().int('must be a whole number').nonnegative('must not be negative'));

export const VRAEM_DISTRICTS_CSV = 'vraem/vraem-districts.csv';
export const vraemDistrictRow = z.object({
  ubigeo: ubigeoSchema,
  district: required,
  province: required,
  department: required,
});

export const CREATION_LAWS_CSV = 'vraem/district-creation-laws.csv';
export const creationLawRow = z.object({
  ubigeo: ubigeoSchema,
  district: required,
  law: optionalText,
  published: isoDateOrEmpty,
  carved_from_as_stated: text,
  carved_from_ubigeo: optionalUbigeo,
  source_url: urlOrEmpty,
  note: text,
});
export type CreationLawRow = z.output<typeof creationLawRow>;

export const NBI_2017_CSV = 'geoperu/GeoPeru-peru_distritos_nbi.csv';
export const nbiRow = z.object({ ubigeo: ubigeoSchema });

export const POPULATION_2017_CSV = 'population-inei/DISTRITOS_inei_attributes_extracted.csv';
export const populationRow = z.object({ UBIGEO: ubigeoSchema, POBTOTAL: wholeCount });

// ---- GeoJSON ----------------------------------------------------------------------------------

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const linearRing = z.array(position).min(4, 'a ring needs at least 4 positions');
export const polygonalGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(linearRing).min(1) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(linearRing).min(1)).min(1),
  }),
]);
export type PolygonalGeometry = z.output<typeof polygonalGeometry>;
export const lineStringGeometry = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(position).min(2),
});

export const MAPSPERU_DISTRICTS = 'mapsperu/distritos_5dep_mapsPERU_v2.geojson';
export const mapsPeruDistrictProps = z
  .object({
    ubigeo: ubigeoSchema,
    COD_DISTRITO: ubigeoSchema,
    DISTRITO: required,
    PROVINCIA: required,
    DEPARTAMENTO: required,
  })
  .refine((p) => p.ubigeo === p.COD_DISTRITO, {
    message: 'ubigeo must equal COD_DISTRITO',
    path: ['ubigeo'],
  });

/** All 1,891 districts of Peru (national scope, GEO-SOURCES §2.1); same fields as the extract. */
export const MAPSPERU_NATIONAL_DISTRICTS = 'mapsperu/peru_distritos_mapsPERU_v2.geojson';

export const MAPSPERU_DEPARTMENTS = 'mapsperu/peru_departamentos_mapsPERU_v2.geojson';
export const mapsPeruDepartmentProps = z.object({
  ubigeo2: text.regex(/^\d{2}$/, 'department code must be 2 digits'),
  DEPARTAMENTO: required,
});

export const INEI_2007_DISTRICTS = 'juaneladio/peru_distrital_simple.geojson';
export const inei2007Props = z.object({ IDDIST: ubigeoSchema, NOMBDIST: required });

export const GEOGPS_RIVERS = 'rivers/geogpsperu-vraem-rivers.geojson';
export const geogpsRiverProps = z.object({
  NOMBRE: z.enum(
    ['Rio Apurimac', 'Rio Mantaro', 'Rio Pampas'],
    'river name not expected in this extract',
  ),
  ARCHIVO: required,
});

export const NATURAL_EARTH_RIVERS = 'rivers/naturalearth-vraem-rivers.geojson';
export const naturalEarthRiverProps = z.object({ name: required });
