import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fractionalYear, timelineEvents } from '../../src/charts/timeline';
import { incidentsFileSchema, jurisdictionFileSchema } from '../../src/data/indicatorSchemas';

const root = resolve(__dirname, '../..');
const read = (f: string): unknown => JSON.parse(readFileSync(resolve(root, f), 'utf8'));
const decrees = jurisdictionFileSchema.parse(read('data/jurisdiction.json')).decrees;
const incidents = incidentsFileSchema.parse(read('data/incidents.json')).incidents;

describe('fractionalYear', () => {
  it('places a day within its year', () => {
    expect(fractionalYear('2018-01-01')).toBe(2018);
    expect(fractionalYear('2018-07-02')).toBeCloseTo(2018.5, 2);
  });
  it('places a month-only date mid-month, and refuses text', () => {
    expect(fractionalYear('2012-05')).toBeCloseTo(2012 + 135 / 366, 2);
    expect(fractionalYear('mayo')).toBeNull();
  });
});

describe('timelineEvents', () => {
  const all = timelineEvents(decrees, incidents, new Set(['decree', 'incident']));
  it('every event carries at least one source', () => {
    expect(all.length).toBeGreaterThan(20);
    for (const e of all) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });
  it('undated decrees are left out (they cannot be placed on a time axis)', () => {
    expect(all.some((e) => e.id.endsWith('-no-start'))).toBe(false);
  });
  it('a decree marker knows the districts it covered: DS 035-2018-PCM, 63', () => {
    const ds035 = all.find((e) => e.label === 'DS 035-2018-PCM');
    expect(ds035?.ubigeos).toHaveLength(63);
  });
  it('filters by kind and sorts by date', () => {
    const onlyDecrees = timelineEvents(decrees, incidents, new Set(['decree']));
    expect(onlyDecrees.every((e) => e.kind === 'decree')).toBe(true);
    const xs = all.map((e) => e.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});
