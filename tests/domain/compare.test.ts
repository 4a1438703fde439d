import { describe, expect, it } from 'vitest';
import { compareProfiles, rankOf } from '../../src/domain/compare';
import type { PresentValue } from '../../src/domain/districtValues';
import type { TableRow } from '../../src/domain/table';
import { makeDistrict } from '../fixtures/district';

const present = (value: number): PresentValue => ({
  kind: 'value',
  value,
  year: 2018,
  requestedYear: 2018,
  ci: null,
  source: 's',
  flags: [],
});
const row = (ubigeo: string, coca: number | null, vraem = true): TableRow => ({
  district: makeDistrict({ ubigeo, vraem }),
  cells: {
    coca_ha:
      coca === null
        ? { kind: 'missing', missing: 'noData', requestedYear: 2018, parent: null }
        : present(coca),
  },
});

function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

describe('compare profiles', () => {
  it('ranks descending, ties share the better rank, missing has no rank', () => {
    expect(rankOf(10, [30, 10, 10, 5])).toEqual({ rank: 2, of: 4 });
    expect(rankOf(30, [30, 10])).toEqual({ rank: 1, of: 2 });
    expect(rankOf(null, [30, 10])).toBeNull();
  });

  it('ranks each compared district among the reference districts that have a value', () => {
    const reference = [
      row('000001', 500),
      row('000002', 0),
      row('000003', null),
      row('000004', 80),
    ];
    const profile = compareProfiles([at(reference, 3), at(reference, 2)], reference);
    const coca = profile.rows.find((r) => r.indicator === 'coca_ha');
    expect(coca?.cells.map((c) => c.rank)).toEqual([{ rank: 2, of: 3 }, null]);
    expect(profile.districts.map((d) => d.ubigeo)).toEqual(['000004', '000003']);
  });

  it('a true zero is ranked (last), unlike a missing value', () => {
    const reference = [row('000001', 500), row('000002', 0)];
    const coca = compareProfiles([at(reference, 1)], reference).rows.find(
      (r) => r.indicator === 'coca_ha',
    );
    expect(coca?.cells[0]?.rank).toEqual({ rank: 2, of: 2 });
  });

  it('a district outside the reference set (not VRAEM) gets no rank among it', () => {
    const reference = [row('000001', 500)];
    const outside = row('000009', 700, false);
    const coca = compareProfiles([outside], reference).rows.find((r) => r.indicator === 'coca_ha');
    expect(coca?.cells[0]?.rank).toBeNull();
  });

  it('shows at most six side by side and says how many were left out', () => {
    const rows = Array.from({ length: 8 }, (_, i) => row(`00000${i}`, i));
    const profile = compareProfiles(rows, rows);
    expect(profile.districts).toHaveLength(6);
    expect(profile.leftOut).toBe(2);
  });
});
