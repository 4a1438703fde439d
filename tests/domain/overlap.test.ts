import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ThemeData } from '../../src/data/loadThemes';
import { districtsFileSchema } from '../../src/data/schemas';
import { indexDistricts } from '../../src/domain/districts';
import { indicatorById } from '../../src/domain/indicatorRegistry';
import {
  eventWindowKnown,
  evaluateOverlap,
  rankOverlap,
  yearsBefore,
  type Condition,
  type OverlapInput,
} from '../../src/domain/overlap';
import { loadShippedThemes } from '../fixtures/shipped';

const root = resolve(__dirname, '../..');
const index = indexDistricts(
  districtsFileSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/districts.json'), 'utf8')))
    .districts,
);
let theme: ThemeData;
beforeAll(async () => {
  theme = await loadShippedThemes();
});

function input(date: string, conditions: Condition[]): OverlapInput {
  const values = (id: 'coca_ha' | 'poverty_total_pct') => {
    const found = theme.indicators.get(id);
    return found && { values: found, tolerance: indicatorById(id).tolerance };
  };
  return {
    date,
    conditions,
    districts: index.vraem,
    coca: values('coca_ha'),
    poverty: values('poverty_total_pct'),
    starts: theme.starts,
    decrees: theme.decrees,
    devidaZone: theme.devidaZone,
    incidents: theme.incidents,
    ucdp: theme.ucdp,
  };
}

describe('evaluateOverlap on the shipped data, 2016-06-01', () => {
  it('coca > 100 ha: met or not for the 31 covered districts, "sin dato" for the other 48', () => {
    const results = evaluateOverlap(input('2016-06-01', [{ id: 'coca', threshold: 100 }]));
    const statuses = results.map((r) => r.results.coca?.status);
    expect(statuses.filter((s) => s === 'unknown').length).toBeGreaterThanOrEqual(48);
    expect(statuses.filter((s) => s === 'met').length).toBeGreaterThan(0);
    // Never "no cumple" for a district outside the source.
    for (const r of results) {
      if (!theme.indicators.get('coca_ha')?.coverage.has(r.district.ubigeo))
        expect(r.results.coca?.status).toBe('unknown');
    }
    const met = results.find((r) => r.results.coca?.status === 'met');
    expect(met?.results.coca).toMatchObject({ year: 2016 });
    expect(met?.results.coca?.value).toBeGreaterThan(100);
  });

  it('poverty under its tolerance: 2016 reads the 2013 panel', () => {
    const results = evaluateOverlap(input('2016-06-01', [{ id: 'poverty', threshold: 50 }]));
    const years = new Set(
      results.flatMap((r) => (r.results.poverty?.year ? [r.results.poverty.year] : [])),
    );
    expect([...years]).toEqual([2013]);
  });

  it('events within 3 years: UCDP has no rows for 2015, so no event is "sin dato", not "no cumple"', () => {
    const results = evaluateOverlap(input('2016-06-01', [{ id: 'events', threshold: 3 }]));
    expect(results.some((r) => r.results.events?.status === 'met')).toBe(true);
    expect(results.some((r) => r.results.events?.status === 'notMet')).toBe(false);
  });

  it('emergency: no decree of our sources is in force on 2016-06-01, so every district is "sin dato"', () => {
    const results = evaluateOverlap(
      input('2016-06-01', [
        { id: 'emergency', threshold: 0 },
        { id: 'authorities', threshold: 5 },
      ]),
    );
    expect(results.every((r) => r.results.emergency?.status === 'unknown')).toBe(true);
    // Every VRAEM district has the four authorities everywhere plus the VRAEM strategy.
    expect(results.every((r) => r.results.authorities?.status === 'met')).toBe(true);
  });

  it('emergency on 2016-09-20 (DS 070-2016-PCM, complete list): its 42 districts meet, others do not', () => {
    const results = evaluateOverlap(input('2016-09-20', [{ id: 'emergency', threshold: 0 }]));
    const decree = theme.decrees.find((d) => d.decree === 'DS 070-2016-PCM');
    const listed = new Set(decree?.ubigeos);
    for (const r of results)
      expect(r.results.emergency?.status).toBe(listed.has(r.district.ubigeo) ? 'met' : 'notMet');
  });

  it('authorities ≥ 6 without a known emergency: 5 is "sin dato" (armed forces unknown), 6 is met', () => {
    const results = evaluateOverlap(input('2016-06-01', [{ id: 'authorities', threshold: 6 }]));
    for (const r of results) {
      const value = r.results.authorities?.value ?? 0;
      expect(r.results.authorities?.status).toBe(value >= 6 ? 'met' : 'unknown');
    }
    const known = evaluateOverlap(input('2016-09-20', [{ id: 'authorities', threshold: 6 }]));
    expect(known.some((r) => r.results.authorities?.status === 'notMet')).toBe(true);
  });

  it('k of n: ranked by conditions met, then unknowns; k above n lists nothing', () => {
    const conditions: Condition[] = [
      { id: 'coca', threshold: 100 },
      { id: 'poverty', threshold: 50 },
      { id: 'emergency', threshold: 0 },
      { id: 'authorities', threshold: 6 },
    ];
    const results = evaluateOverlap(input('2016-06-01', conditions));
    const ranked = rankOverlap(results, 3);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((r) => r.met >= 3)).toBe(true);
    for (let i = 1; i < ranked.length; i++)
      expect((ranked[i - 1]?.met ?? 0) >= (ranked[i]?.met ?? 0)).toBe(true);
    expect(rankOverlap(results, 5)).toEqual([]);
    // met + notMet + unknown = n for each district.
    for (const r of results) {
      const notMet = Object.values(r.results).filter((x) => x?.status === 'notMet').length;
      expect(r.met + r.unknown + notMet).toBe(4);
    }
  });
});

describe('overlap rules on hand-made input', () => {
  it('a missing input is unknown, never a fail, and does not count as met', () => {
    const results = evaluateOverlap({
      ...input('2016-06-01', [{ id: 'coca', threshold: 0 }]),
      coca: undefined,
    });
    expect(results.every((r) => r.results.coca?.status === 'unknown' && r.met === 0)).toBe(true);
  });

  it('the threshold is strict: a value equal to N does not meet "above N"', () => {
    const [d] = index.vraem;
    if (!d) throw new Error('no district');
    const values = {
      coverage: new Set([d.ubigeo]),
      values: new Map([[d.ubigeo, [{ y: 2016, v: 100, s: 's' }]]]),
    };
    const base = { ...input('2016-06-01', [{ id: 'coca', threshold: 100 }]), districts: [d] };
    const at = evaluateOverlap({ ...base, coca: { values, tolerance: { kind: 'exact' } } });
    expect(at[0]?.results.coca).toMatchObject({ status: 'notMet', value: 100, year: 2016 });
  });

  it('an in-force decree with a partial list makes unlisted districts unknown', () => {
    const [d] = index.vraem;
    if (!d) throw new Error('no district');
    const decree = {
      ...(theme.decrees[0] as ThemeData['decrees'][number]),
      start: '2030-01-01',
      end: '2030-03-01',
      listComplete: false,
      ubigeos: [],
    };
    const r = evaluateOverlap({
      ...input('2030-02-01', [{ id: 'emergency', threshold: 0 }]),
      districts: [d],
      decrees: [decree],
    });
    expect(r[0]?.results.emergency?.status).toBe('unknown');
  });

  it('event window: years before and known only inside the release with rows every year', () => {
    expect(yearsBefore('2016-06-01', 3)).toBe('2013-06-01');
    const coverage = { releaseFirstYear: 1989, releaseLastYear: 2020, yearsWithoutRows: [2015] };
    expect(eventWindowKnown(coverage, '2010-01-01', '2014-12-31')).toBe(true);
    expect(eventWindowKnown(coverage, '2013-06-01', '2016-06-01')).toBe(false);
    expect(eventWindowKnown(coverage, '2019-06-01', '2022-06-01')).toBe(false);
  });
});
