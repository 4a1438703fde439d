/**
 * Spatial selection as a filter criterion: an area (a drawn circle or polygon, or a distance
 * around a river or the incidents) and the rule that decides which districts it selects.
 * Types and the link codec only; the geometry work is in spatial.ts (loaded when needed).
 */
export type AreaShape =
  | { kind: 'circle'; center: [number, number]; km: number }
  | { kind: 'polygon'; ring: [number, number][] }
  | { kind: 'river'; river: string; km: number }
  | { kind: 'incidents'; km: number };

/** touches: any overlap; centre: the district's interior point is inside; share: ≥ half its area. */
export type AreaRule = 'touches' | 'centre' | 'share';
export const AREA_RULES: readonly AreaRule[] = ['touches', 'centre', 'share'];

export interface AreaFilter {
  shape: AreaShape;
  rule: AreaRule;
}

export const MAX_KM = 500;
export const MAX_POLYGON_POINTS = 40;

const round = (n: number) => String(Number(n.toFixed(4)));
const NUMBER = /^-?\d+(\.\d+)?$/;

function lonLat(text: string): [number, number] | null {
  const [lon, lat, extra] = text.split(',');
  if (extra !== undefined || !lon || !lat || !NUMBER.test(lon) || !NUMBER.test(lat)) return null;
  const point: [number, number] = [Number(lon), Number(lat)];
  return Math.abs(point[0]) <= 180 && Math.abs(point[1]) <= 85 ? point : null;
}

function km(text: string | undefined): number | null {
  if (!text || !NUMBER.test(text)) return null;
  const value = Number(text);
  return value > 0 && value <= MAX_KM ? value : null;
}

/** "circle:-73.9,-12.3:25", "poly:-74,-12;-73,-12;-73,-11", "river:rio-mantaro:10", "inc:15". */
export function serializeArea(shape: AreaShape): string {
  switch (shape.kind) {
    case 'circle':
      return `circle:${shape.center.map(round).join(',')}:${round(shape.km)}`;
    case 'polygon':
      return `poly:${shape.ring.map((p) => p.map(round).join(',')).join(';')}`;
    case 'river':
      return `river:${shape.river}:${round(shape.km)}`;
    case 'incidents':
      return `inc:${round(shape.km)}`;
  }
}

export function parseArea(text: string | null): AreaShape | null {
  if (!text) return null;
  const [kind, a, b, extra] = text.split(':');
  if (extra !== undefined) return null;
  if (kind === 'circle' && a) {
    const center = lonLat(a);
    const radius = km(b);
    return center && radius ? { kind: 'circle', center, km: radius } : null;
  }
  if (kind === 'poly' && a && b === undefined) {
    const points = a.split(';').map(lonLat);
    if (points.length < 3 || points.length > MAX_POLYGON_POINTS) return null;
    if (points.some((p) => p === null)) return null;
    return { kind: 'polygon', ring: points as [number, number][] };
  }
  if (kind === 'river' && a && /^[a-z0-9-]{1,60}$/.test(a)) {
    const distance = km(b);
    return distance ? { kind: 'river', river: RIVER_ALIASES[a] ?? a, km: distance } : null;
  }
  if (kind === 'inc' && b === undefined) {
    const distance = km(a);
    return distance ? { kind: 'incidents', km: distance } : null;
  }
  return null;
}

/**
 * River codes of older links whose river is now listed under another name. Until the WDBII
 * lines, the whole axis was one Natural Earth line, "Apurímac – Ene – Tambo – Ucayali"; it is
 * now cut into its stretches, and the old code opens the Ene, the VRAEM's own stretch.
 */
export const RIVER_ALIASES: Readonly<Record<string, string>> = {
  'apurimac-ene-tambo-ucayali': 'rio-ene',
};

/** A stable code for a river name: "Río Mantaro" → "rio-mantaro". */
export function riverCode(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
