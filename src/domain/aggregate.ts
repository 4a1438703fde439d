/**
 * Aggregation rules of the indicator registry: hectares and people add up; rates are averaged
 * weighted by population. Missing members are handled explicitly, never as 0.
 */
import type { MissingKind } from './values';

export type AggregationRule = 'sum' | 'populationWeightedMean';

export interface Member {
  value: number | null;
  /** Why `value` is null; required when it is. */
  missing?: MissingKind;
  /** Population weight, for populationWeightedMean. */
  weight?: number | null;
}

export type Aggregate =
  { kind: 'value'; value: number; members: number } | { kind: 'missing'; missing: MissingKind };

/**
 * Combines members. A member that was "not yet a district" contributes nothing (its land was
 * still inside another member). Any member with "no data" makes the aggregate "no data": a
 * partial sum would read as a fall. With no member left, the aggregate is "no data".
 */
export function aggregate(members: readonly Member[], rule: AggregationRule): Aggregate {
  const present: Member[] = [];
  for (const m of members) {
    if (m.value === null) {
      if (m.missing === 'notYetDistrict') continue;
      return { kind: 'missing', missing: m.missing ?? 'noData' };
    }
    present.push(m);
  }
  if (present.length === 0) return { kind: 'missing', missing: 'noData' };
  if (rule === 'sum') {
    return {
      kind: 'value',
      value: present.reduce((s, m) => s + (m.value as number), 0),
      members: present.length,
    };
  }
  let weighted = 0;
  let weights = 0;
  for (const m of present) {
    if (m.weight === null || m.weight === undefined || !(m.weight > 0)) {
      return { kind: 'missing', missing: 'noData' };
    }
    weighted += (m.value as number) * m.weight;
    weights += m.weight;
  }
  return { kind: 'value', value: weighted / weights, members: present.length };
}
