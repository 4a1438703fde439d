import { useEffect, useState } from 'react';
import type { AreaFilter } from '../domain/area';
import { serializeArea } from '../domain/area';
import type { SpatialContext } from '../domain/spatial';
import { selectByArea } from './areaSelectionClient';

type Result = { key: string; districts: ReadonlySet<string> | 'unusable' };

/**
 * The districts an area selects, computed in a worker (turf never loads on the page unless the
 * worker fails). Returns null while computing or when no area is set.
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
    selectByArea(area, context)
      .then((found) => {
        if (live) setResult({ key, districts: found ?? 'unusable' });
      })
      .catch((error: unknown) => {
        console.error('Area selection failed', error);
        if (live) setResult({ key, districts: 'unusable' });
      });
    return () => {
      live = false;
    };
  }, [key, area, context]);
  return result && result.key === key ? result.districts : null;
}
