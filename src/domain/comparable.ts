/**
 * Comparable boundaries: every district created since 2007 is merged back into the 2007 district
 * its territory belonged to, so a series reads consistently across a split. Hectares and people
 * add up; rates are weighted by population (census 2017).
 */
import { aggregate, type Member } from './aggregate';
import {
  countsAsEvidence,
  resolveDistrictValue,
  type DistrictStart,
  type DistrictValue,
  type IndicatorValues,
} from './districtValues';
import type { District, DistrictIndex } from './districts';
import type { IndicatorDef } from './indicatorRegistry';

/**
 * Comparable units: the connected groups of the lineage graph, where a district created since
 * 2007 is joined to every 2007 district holding at least 15 % of its area (`parents2007`). A
 * district carved from two parents joins both (Samugari: San Miguel + Santa Rosa). Keyed by the
 * group's lowest 2007 ubigeo, which comes first; the other members follow in ubigeo order.
 */
export function comparableGroups(index: DistrictIndex): Map<string, string[]> {
  const up = new Map<string, string>();
  const find = (u: string): string => {
    let root = u;
    while (up.get(root) !== undefined && up.get(root) !== root) root = up.get(root) as string;
    up.set(u, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    // The lower ubigeo is the root, so a group's key does not depend on the visiting order.
    if (ra < rb) up.set(rb, ra);
    else if (rb < ra) up.set(ra, rb);
  };
  for (const d of index.list) {
    up.set(d.ubigeo, up.get(d.ubigeo) ?? d.ubigeo);
    const parents = d.lineage?.parents2007 ?? [];
    for (const p of parents) if (index.byUbigeo.has(p.ubigeo)) join(d.ubigeo, p.ubigeo);
  }
  const groups = new Map<string, string[]>();
  for (const d of [...index.list].sort((a, b) => (a.ubigeo < b.ubigeo ? -1 : 1))) {
    const key = find(d.ubigeo);
    groups.set(key, [...(groups.get(key) ?? []), d.ubigeo]);
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
  // A value most likely copied from the parent adds nothing: the parent's figure holds its land.
  const aggregateMembers: Member[] = resolved.map(({ district, value }) =>
    value.kind === 'value'
      ? countsAsEvidence(value)
        ? { value: value.value, weight: district.population2017 }
        : { value: null, missing: 'notYetDistrict' }
      : { value: null, missing: value.missing === 'outsideCoverage' ? 'noData' : value.missing },
  );
  const result = aggregate(aggregateMembers, indicator.aggregation);
  if (result.kind === 'missing') {
    return { kind: 'missing', missing: result.missing, requestedYear: year, parent: null };
  }
  const present = resolved.flatMap((r) => (countsAsEvidence(r.value) ? [r.value] : []));
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
