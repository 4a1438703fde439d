/** GeoJSON at the boundary: each feature's properties and geometry checked with zod. */
import { z } from 'zod';
import { RawDataError } from './csv';
import type { RawInputs } from './inputs';

export interface RawFeature<P, G> {
  properties: P;
  geometry: G;
}

const collection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});
const featureShape = z.object({
  type: z.literal('Feature'),
  properties: z.unknown(),
  geometry: z.unknown(),
});

/** Features are numbered from 1 in the order of the file (the error says "feature N"). */
export function readFeatures<P extends z.ZodType, G extends z.ZodType>(
  inputs: RawInputs,
  file: string,
  propsSchema: P,
  geometrySchema: G,
): RawFeature<z.output<P>, z.output<G>>[] {
  let json: unknown;
  try {
    json = JSON.parse(inputs.readText(file));
  } catch (e) {
    throw new RawDataError(file, null, null, `not valid JSON (${(e as Error).message})`);
  }
  const fc = collection.safeParse(json);
  if (!fc.success) throw new RawDataError(file, null, null, 'not a GeoJSON FeatureCollection');
  return fc.data.features.map((raw, i) => {
    const fail = (field: string, issue: z.core.$ZodIssue | undefined): never => {
      const sub = issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : '';
      throw new RawDataError(file, i + 1, `${field}${sub}`, issue?.message ?? 'invalid', 'feature');
    };
    const f = featureShape.safeParse(raw);
    if (!f.success) return fail('type', f.error.issues[0]);
    const props = propsSchema.safeParse(f.data.properties);
    if (!props.success) return fail('properties', props.error.issues[0]);
    const geom = geometrySchema.safeParse(f.data.geometry);
    if (!geom.success) return fail('geometry', geom.error.issues[0]);
    return { properties: props.data, geometry: geom.data };
  });
}

/** Polygon or MultiPolygon coordinates as a list of polygons. */
export function polygonsOf(
  g:
    | { type: 'Polygon'; coordinates: number[][][] }
    | { type: 'MultiPolygon'; coordinates: number[][][][] },
): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}
