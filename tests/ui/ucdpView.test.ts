import { describe, expect, it } from 'vitest';
import type { UcdpEvent, UcdpFile } from '../../src/data/ucdpSchemas';
import { buildUcdpView } from '../../src/ui/ucdpView';
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
const file: UcdpFile = {
  schemaVersion: 1,
  sources: [],
  attribution: { es: 'x', en: 'x' },
  coverage,
  events,
};

describe('buildUcdpView', () => {
  it('follows the indicator year, else the link year, else the last year with rows', () => {
    expect(buildUcdpView(file, 'year', 2016, 2008).year).toBe(2016);
    expect(buildUcdpView(file, 'year', null, 2008).year).toBe(2008);
    expect(buildUcdpView(file, 'year', null, null).year).toBe(2016);
    expect(buildUcdpView(file, 'year', null, 1950).year).toBe(2016);
  });

  it('off (no mode) counts by the year alone for the panel and table, and draws nothing', () => {
    const view = buildUcdpView(file, null, null, 2008);
    expect(view.on).toBe(false);
    expect(view.mode).toBe('year');
    expect(view.counts.get('050408')).toBe(1);
    expect(view.totals.get('050408')).toBe(4);
  });

  it('the years with rows mark the slider; the span is the release', () => {
    const view = buildUcdpView(file, 'upTo', null, 2013);
    expect(view.yearsWithRows).toEqual([1989, 2008, 2013, 2016]);
    expect(view.span[0]).toBe(1989);
    expect(view.span.at(-1)).toBe(2020);
    expect(view.events.map((e) => e.id)).toEqual(['1', '2', '3', '4']);
  });
});
