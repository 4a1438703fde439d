/**
 * Flags that keep a value from being read across a change of boundaries (issue 20 §3, §5):
 * - limitsChanged: a value of a district on limits after it lost territory to a district created
 *   after 2017, in a source that has values for those new districts (it is on today's limits);
 *   its earlier values are on the 2017 limits, so the two must not be joined by a line.
 * - parentCopy: a value of a district created since 2007 equal, to the last published decimal, to
 *   its parent's value for the same year (Villa Kintiarina's extreme poverty 2013 = Kimbiri's):
 *   most likely copied by the source. Zeros are left alone (a true 0 is common in coca).
 */
import type { DistrictObservation, FlagCode } from '../../../src/data/indicatorSchemas';
import { orderFlags, type AssembledIndicator } from './assemble';
import type { DistrictFacts } from './starts';

export interface FlaggedValue {
  indicator: string;
  ubigeo: string;
  year: number;
  flag: FlagCode;
  /** The districts the rule relied on: the new districts (limitsChanged) or the parent (copy). */
  because: string[];
}

function addFlag(o: DistrictObservation, flag: FlagCode): void {
  o.f = orderFlags([...(o.f ?? []), flag]);
}

export function markBoundaryFlags(
  indicators: AssembledIndicator[],
  facts: DistrictFacts[],
): FlaggedValue[] {
  const flagged: FlaggedValue[] = [];
  const after2017 = facts.filter((d) => !d.existsIn2017);
  const since2007 = facts.filter((d) => !d.existsIn2007);
  for (const a of indicators) {
    const { id, values } = a.indicator;
    // limitsChanged: the years in which this source gives a value to a post-2017 district.
    const losers = new Map<string, { years: Set<number>; children: Set<string> }>();
    for (const child of after2017) {
      for (const o of values[child.ubigeo] ?? []) {
        for (const parent of child.parents2007 ?? []) {
          const entry = losers.get(parent) ?? { years: new Set(), children: new Set() };
          entry.years.add(o.y);
          entry.children.add(child.ubigeo);
          losers.set(parent, entry);
        }
      }
    }
    for (const [parent, { years, children }] of [...losers].sort((x, y) =>
      x[0] < y[0] ? -1 : 1,
    )) {
      for (const o of values[parent] ?? []) {
        if (!years.has(o.y)) continue;
        addFlag(o, 'limitsChanged');
        flagged.push({
          indicator: id,
          ubigeo: parent,
          year: o.y,
          flag: 'limitsChanged',
          because: [...children].sort(),
        });
      }
    }
    // parentCopy: same year, same non-zero value as the largest parent.
    for (const child of since2007) {
      const parent = child.parent2007;
      if (!parent) continue;
      const parentValues = new Map((values[parent] ?? []).map((o) => [o.y, o.v]));
      for (const o of values[child.ubigeo] ?? []) {
        if (o.v === 0 || parentValues.get(o.y) !== o.v) continue;
        addFlag(o, 'parentCopy');
        flagged.push({
          indicator: id,
          ubigeo: child.ubigeo,
          year: o.y,
          flag: 'parentCopy',
          because: [parent],
        });
      }
    }
  }
  return flagged;
}
