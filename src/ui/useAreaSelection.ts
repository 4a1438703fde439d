import { useEffect, useState } from 'react';
import type { AreaFilter } from '../domain/area';
import { serializeArea } from '../domain/area';
import type { SpatialContext } from '../domain/spatial';

type Result = { key: string; districts: ReadonlySet<string> | 'unusable' };

/**
 * The districts an area selects, computed off the first chunk (turf loads on first use).
 * Returns null while computing or when no area is set.
 */
export function useAreaSelection(
  area: AreaFilter | null,
  context: SpatialContext | null,
): ReadonlySet<string> | 'unusable' | null {
  const key = area ? `${serializeArea(area.shape)}|${area.rule}` : '';
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    if (!area || !context) return;
    let live = true;
    void import('../domain/spatial').then(({ districtsInArea }) => {
      const found = districtsInArea(area, context);
      if (live) setResult({ key, districts: found ?? 'unusable' });
    });
    return () => {
      live = false;
    };
  }, [key, area, context]);
  return result && result.key === key ? result.districts : null;
}
