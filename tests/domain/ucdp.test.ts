import { describe, expect, it } from 'vitest';
import type { UcdpEvent } from '../../src/data/ucdpSchemas';
import {
  ucdpCountsByDistrict,
  ucdpDistrictCount,
  ucdpEventsFor,
  ucdpYearStatus,
} from '../../src/domain/ucdp';

const coverage = {
  releaseFirstYear: 1989,
  releaseLastYear: 2020,
  yearsWithoutRows: [2012, 2015, 2020],
};

function ev(id: string, year: number, ubigeo: string | null = '050408'): UcdpEvent {
  return {
    id,
    date: `${year}-01-01`,
    year,
    kind: 'stateBased',
    conflict: 'Peru:Government',
    sideA: 'Government of Peru',
    sideB: 'Sendero Luminoso',
    position: [-74, -12],
    deaths: { low: 1, best: 1, high: 1 },
    ubigeo,
    note: '',
  };
}
const events = [
  ev('1', 1989),
  ev('2', 2008),
  ev('3', 2008, '080910'),
  ev('4', 2013),
  ev('5', 2016),
];

describe('UCDP year status', () => {
  it('a year with rows counts its events; "up to" counts every year from 1989', () => {
    const year = ucdpYearStatus(coverage, 2008, 'year');
    expect(ucdpEventsFor(events, year).map((e) => e.id)).toEqual(['2', '3']);
    const upTo = ucdpYearStatus(coverage, 2008, 'upTo');
    expect(ucdpEventsFor(events, upTo).map((e) => e.id)).toEqual(['1', '2', '3']);
  });

  it('a year of the release without rows is "no rows", never a count of 0', () => {
    const status = ucdpYearStatus(coverage, 2012, 'year');
    expect(status).toEqual({ kind: 'noRows', year: 2012 });
    expect(ucdpEventsFor(events, status)).toEqual([]);
    expect(ucdpDistrictCount(new Map(), '050408', status)).toEqual({ kind: 'noRows', year: 2012 });
  });

  it('"up to" a year without rows still counts the earlier years and names the gaps', () => {
    const status = ucdpYearStatus(coverage, 2015, 'upTo');
    expect(status).toEqual({ kind: 'rows', firstYear: 1989, lastYear: 2015, gaps: [2012, 2015] });
    expect(ucdpEventsFor(events, status)).toHaveLength(4);
  });

  it('outside the release: before 1989, or after 2020 for one year; "up to" 2024 stops at 2020', () => {
    expect(ucdpYearStatus(coverage, 1988, 'year').kind).toBe('outsideRelease');
    expect(ucdpYearStatus(coverage, 1988, 'upTo').kind).toBe('outsideRelease');
    expect(ucdpYearStatus(coverage, 2024, 'year').kind).toBe('outsideRelease');
    expect(ucdpYearStatus(coverage, 2024, 'upTo')).toMatchObject({ lastYear: 2020 });
  });

  it('district counts: a district without events in a year with rows is 0 in this copy', () => {
    const status = ucdpYearStatus(coverage, 2008, 'year');
    const counts = ucdpCountsByDistrict(ucdpEventsFor(events, status));
    expect(ucdpDistrictCount(counts, '080910', status)).toMatchObject({ kind: 'count', events: 1 });
    expect(ucdpDistrictCount(counts, '120606', status)).toMatchObject({ kind: 'count', events: 0 });
  });
});
