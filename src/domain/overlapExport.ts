/**
 * The overlap result as a table and as GeoJSON: a row per district, one column per ticked
 * condition ("cumple" / "no cumple" / "sin dato" in the reader's words), the counts, and whether
 * the district reaches k. Pure: the words come in as arguments.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Condition, ConditionStatus, OverlapDistrict } from './overlap';

export interface OverlapWords {
  ubigeo: string;
  name: string;
  province: string;
  department: string;
  vraem: string;
  met: string;
  unknown: string;
  reachesK: string;
  yes: string;
  no: string;
  /** The header of a condition's column: the rule with its threshold and date. */
  condition: (c: Condition) => string;
  status: Record<ConditionStatus, string>;
}

export interface OverlapTable {
  columns: { key: string; label: string }[];
  rows: Record<string, string | number>[];
}

export function overlapTable(
  results: readonly OverlapDistrict[],
  conditions: readonly Condition[],
  k: number,
  words: OverlapWords,
): OverlapTable {
  const columns = [
    { key: 'ubigeo', label: words.ubigeo },
    { key: 'name', label: words.name },
    { key: 'province', label: words.province },
    { key: 'department', label: words.department },
    { key: 'vraem', label: words.vraem },
    ...conditions.map((c) => ({ key: `c_${c.id}`, label: words.condition(c) })),
    { key: 'met', label: words.met },
    { key: 'unknown', label: words.unknown },
    { key: 'reachesK', label: words.reachesK },
  ];
  const rows = results.map((r) => {
    const row: Record<string, string | number> = {
      ubigeo: r.district.ubigeo,
      name: r.district.name,
      province: r.district.province,
      department: r.district.department,
      vraem: r.district.vraem ? words.yes : words.no,
      met: r.met,
      unknown: r.unknown,
      reachesK: r.met >= k ? words.yes : words.no,
    };
    for (const c of conditions) {
      const result = r.results[c.id];
      row[`c_${c.id}`] = result ? words.status[result.status] : '';
    }
    return row;
  });
  return { columns, rows };
}

type Shape = Feature<Polygon | MultiPolygon, { ubigeo: string }>;

/** The same rows on the districts' shapes, properties named by the table's headers. */
export function overlapGeoJson(
  table: OverlapTable,
  shapes: readonly Shape[],
  atlas: Record<string, unknown>,
): FeatureCollection<Polygon | MultiPolygon, Record<string, string | number>> & { atlas: unknown } {
  const shapeOf = new Map(shapes.map((s) => [s.properties.ubigeo, s.geometry]));
  const features = table.rows.flatMap((row) => {
    const geometry = shapeOf.get(String(row.ubigeo));
    if (!geometry) return [];
    const properties = Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? '']));
    return [{ type: 'Feature' as const, geometry, properties }];
  });
  return { type: 'FeatureCollection', features, atlas };
}
