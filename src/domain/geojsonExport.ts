/**
 * The table's rows as GeoJSON for GIS users: each district's shape with every indicator for the
 * year (value, the year it comes from, source, flags, or why it is missing). Missing stays
 * missing: null with its kind, never 0.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { SourceRef } from '../data/schemas';
import type { TableRow } from './table';
import { INDICATORS } from './indicatorRegistry';

type Shape = Feature<Polygon | MultiPolygon, { ubigeo: string }>;
type Properties = Record<string, string | number | boolean | null | string[]>;

export interface GeoJsonExportMeta {
  year: number;
  /** What the filter kept, in words, for the file's own record. */
  description: string;
  /** How the shapes were simplified, stated in the file. */
  geometryNote: string;
}

export function rowsToGeoJson(
  rows: readonly TableRow[],
  shapes: readonly Shape[],
  sources: ReadonlyMap<string, SourceRef>,
  meta: GeoJsonExportMeta,
): FeatureCollection<Polygon | MultiPolygon, Properties> & { atlas: unknown } {
  const shapeOf = new Map(shapes.map((s) => [s.properties.ubigeo, s.geometry]));
  const used = new Set<string>();
  const features = rows.flatMap((row): Feature<Polygon | MultiPolygon, Properties>[] => {
    const geometry = shapeOf.get(row.district.ubigeo);
    if (!geometry) return [];
    const properties: Properties = {
      ubigeo: row.district.ubigeo,
      name: row.district.name,
      province: row.district.province,
      department: row.district.department,
      vraem: row.district.vraem,
    };
    for (const def of INDICATORS) {
      const value = row.cells[def.id];
      if (!value) continue;
      if (value.kind === 'value') {
        used.add(value.source);
        Object.assign(properties, {
          [def.id]: value.value,
          [`${def.id}_year`]: value.year,
          [`${def.id}_source`]: value.source,
          [`${def.id}_flags`]: [...value.flags],
        });
      } else {
        Object.assign(properties, { [def.id]: null, [`${def.id}_missing`]: value.missing });
      }
    }
    return [{ type: 'Feature', geometry, properties }];
  });
  return {
    type: 'FeatureCollection',
    features,
    atlas: {
      year: meta.year,
      description: meta.description,
      geometry: meta.geometryNote,
      sources: [...used].sort().map((id) => {
        const s = sources.get(id);
        return { id, title: s?.title ?? id, licence: s?.licence ?? null, url: s?.url ?? null };
      }),
    },
  };
}
