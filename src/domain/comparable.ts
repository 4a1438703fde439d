/**
 * Comparable boundaries: every district created since 2007 is merged back into the 2007 district
 * its territory belonged to, so a series reads consistently across a split. Hectares and people
 * add up; rates are weighted by population (census 2017).
 */
import { aggregate, type Member } from './aggregate';
import {
  resolveDistrictValue,
  type DistrictStart,
  type DistrictValue,
  type IndicatorValues,
} from './districtValues';
import type { District, DistrictIndex } from './districts';
import type { IndicatorDef } from './indicatorRegistry';

/** 2007 district ubigeo → the current districts that make it up (itself first). */
export function comparableGroups(index: DistrictIndex): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const d of index.list) {
    const key = d.lineage?.parent2007.ubigeo ?? d.ubigeo;
    const members = groups.get(key) ?? [];
    if (key === d.ubigeo) members.unshift(d.ubigeo);
    else members.push(d.ubigeo);
    groups.set(key, members);
  }
  return groups;
}

/** Groups that merge more than one district, for the on-screen list. */
export function mergedGroups(groups: ReadonlyMap<string, readonly string[]>): [string, string[]][] {
  return [...groups]
    .filter(([, members]) => members.length > 1)
    .map(([key, members]) => [key, [...members]]);
}

/**
 * The value of a merged group for a year: members that were not yet districts contribute
 * nothing (their land is still in the parent's figure); any member without data makes the group
 * "no data"; a group none of whose members the source covers is "outside coverage".
 */
export function resolveGroupValue(
  members: readonly District[],
  values: IndicatorValues,
  starts: ReadonlyMap<string, DistrictStart>,
  year: number,
  indicator: IndicatorDef,
): DistrictValue {
  const resolved = members.map((d) => ({
    district: d,
    value: resolveDistrictValue(values, d, starts.get(d.ubigeo), year, indicator.tolerance),
  }));
  if (resolved.every((r) => r.value.kind === 'missing' && r.value.missing === 'outsideCoverage')) {
    return { kind: 'missing', missing: 'outsideCoverage', requestedYear: year, parent: null };
  }
  const aggregateMembers: Member[] = resolved.map(({ district, value }) =>
    value.kind === 'value'
      ? { value: value.value, weight: district.population2017 }
      : { value: null, missing: value.missing === 'outsideCoverage' ? 'noData' : value.missing },
  );
  const result = aggregate(aggregateMembers, indicator.aggregation);
  if (result.kind === 'missing') {
    return { kind: 'missing', missing: result.missing, requestedYear: year, parent: null };
  }
  const present = resolved.flatMap((r) => (r.value.kind === 'value' ? [r.value] : []));
  const first = present[0];
  return {
    kind: 'value',
    value: result.value,
    // The oldest year among the members: a merged value is only as recent as its oldest part.
    year: Math.min(...present.map((p) => p.year)),
    requestedYear: year,
    ci: present.length === 1 && first ? first.ci : null,
    source: first?.source ?? '',
    flags: [...new Set(present.flatMap((p) => p.flags))],
  };
}
