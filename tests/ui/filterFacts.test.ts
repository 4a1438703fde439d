import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ThemeData } from '../../src/data/loadThemes';
import { districtsFileSchema } from '../../src/data/schemas';
import { indexDistricts } from '../../src/domain/districts';
import { applyFilter, DEFAULT_FILTER } from '../../src/domain/filters';
import { COLORS } from '../../src/map/palette';
import { vraemPaint } from '../../src/map/themePaints';
import { dimmedPaint } from '../../src/ui/dimmedPaint';
import { devidaZones, filterFacts } from '../../src/ui/filterFacts';
import { loadShippedThemes } from '../fixtures/shipped';

const index = indexDistricts(
  districtsFileSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/districts.json', import.meta.url), 'utf8')),
  ).districts,
);
let theme: ThemeData;
beforeAll(async () => {
  theme = await loadShippedThemes();
});

describe('filter facts from the shipped theme files', () => {
  it('reads the value the map shows: Río Tambo poverty 36.9 % in 2013, 51.8 % in 2018', () => {
    expect(
      filterFacts(theme, index, '2018-04-04', 2013).valueOf('poverty_total_pct', '120608'),
    ).toBe(36.9);
    expect(
      filterFacts(theme, index, '2018-04-04', 2018).valueOf('poverty_total_pct', '120608'),
    ).toBeCloseTo(51.78, 2);
  });

  // 18, not 19: Uchuraccay's 2013 estimate (82.3 %) predates the district (Congress approved it in
  // 2014), so it is dropped (issue 20 §5).
  it('poverty ≥ 50 % in 2013 keeps the 18 VRAEM districts with such a 2013 estimate', () => {
    const facts = filterFacts(theme, index, '2018-04-04', 2013);
    const result = applyFilter(
      { ...DEFAULT_FILTER, ranges: [{ indicator: 'poverty_total_pct', op: 'ge', value: 50 }] },
      index.list,
      facts,
    );
    expect(result.districts).toHaveLength(18);
    expect(result.districts.map((d) => d.ubigeo)).not.toContain('050410');
    expect(result.universe).toBe(79);
  });

  it('coca > 0 ha in 2018 keeps the 17 VRAEM districts with coca that year', () => {
    const facts = filterFacts(theme, index, '2018-04-04', 2018);
    const result = applyFilter(
      { ...DEFAULT_FILTER, ranges: [{ indicator: 'coca_ha', op: 'gt', value: 0 }] },
      index.list,
      facts,
    );
    expect(result.districts).toHaveLength(17);
  });

  it('DEVIDA zones are offered in lower case, and each district is in at most one', () => {
    const zones = devidaZones(theme);
    expect(zones.length).toBeGreaterThan(0);
    expect(zones.every((z) => z === z.toLowerCase())).toBe(true);
    const facts = filterFacts(theme, index, '2018-04-04', 2018);
    const counts = zones.map(
      (z) =>
        applyFilter({ ...DEFAULT_FILTER, membership: 'all', devida: [z] }, index.list, facts)
          .districts.length,
    );
    const any = applyFilter(
      { ...DEFAULT_FILTER, membership: 'all', devida: zones },
      index.list,
      facts,
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(any.districts.length);
  });

  it('emergency in and out split the VRAEM on a date', () => {
    const facts = filterFacts(theme, index, '2018-04-04', 2018);
    const inside = applyFilter({ ...DEFAULT_FILTER, emergency: 'in' }, index.list, facts);
    const outside = applyFilter({ ...DEFAULT_FILTER, emergency: 'out' }, index.list, facts);
    expect(inside.districts.length).toBeGreaterThan(0);
    expect(inside.districts.length + outside.districts.length).toBe(79);
  });
});

describe('dimmed paint', () => {
  it('fades only the districts the filter drops, and changes the key with the kept set', () => {
    const base = vraemPaint(index);
    const dim = dimmedPaint(base, new Set(['120608']));
    expect(dim.fill('120608')).toEqual(base.fill('120608'));
    const [r, g, b, a] = base.fill('120606');
    expect(dim.fill('120606')).toEqual([r, g, b, Math.round(a * 0.22)]);
    expect(dim.line('120606')).toEqual(COLORS.contextLine);
    expect(dim.key).not.toBe(dimmedPaint(base, new Set(['120606'])).key);
  });
});
