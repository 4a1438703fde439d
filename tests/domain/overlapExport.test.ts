import { describe, expect, it } from 'vitest';
import type { District } from '../../src/domain/districts';
import type { OverlapDistrict } from '../../src/domain/overlap';
import { overlapGeoJson, overlapTable, type OverlapWords } from '../../src/domain/overlapExport';

const district = (ubigeo: string, name: string): District =>
  ({ ubigeo, name, province: 'P', department: 'D', vraem: true }) as District;
const words: OverlapWords = {
  ubigeo: 'ubigeo',
  name: 'distrito',
  province: 'provincia',
  department: 'departamento',
  vraem: 'VRAEM',
  met: 'cumplidas',
  unknown: 'sin dato',
  reachesK: 'alcanza',
  yes: 'sí',
  no: 'no',
  condition: (c) => `${c.id} > ${c.threshold}`,
  status: { met: 'cumple', notMet: 'no cumple', unknown: 'sin dato' },
};
const results: OverlapDistrict[] = [
  {
    district: district('090710', 'A'),
    results: {
      coca: { status: 'met', value: 500, year: 2016 },
      poverty: { status: 'unknown', value: null, year: null },
      events: undefined,
      emergency: undefined,
      authorities: undefined,
    },
    met: 1,
    unknown: 1,
  },
];
const conditions = [
  { id: 'coca' as const, threshold: 100 },
  { id: 'poverty' as const, threshold: 50 },
];

describe('overlapTable', () => {
  it('one column per condition, statuses in words, counts and whether k is reached', () => {
    const table = overlapTable(results, conditions, 2, words);
    expect(table.columns.map((c) => c.label)).toEqual([
      'ubigeo',
      'distrito',
      'provincia',
      'departamento',
      'VRAEM',
      'coca > 100',
      'poverty > 50',
      'cumplidas',
      'sin dato',
      'alcanza',
    ]);
    expect(table.rows[0]).toMatchObject({
      c_coca: 'cumple',
      c_poverty: 'sin dato',
      met: 1,
      reachesK: 'no',
    });
    expect(overlapTable(results, conditions, 1, words).rows[0]?.reachesK).toBe('sí');
  });

  it('GeoJSON: the same rows on the shapes, districts without a shape left out', () => {
    const table = overlapTable(results, conditions, 1, words);
    const shape = {
      type: 'Feature' as const,
      properties: { ubigeo: '090710' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    };
    const fc = overlapGeoJson(table, [shape], { date: '2016-06-01' });
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.properties['coca > 100']).toBe('cumple');
    expect(overlapGeoJson(table, [], {}).features).toEqual([]);
  });
});
