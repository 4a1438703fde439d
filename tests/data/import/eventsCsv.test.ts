import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/data/import/decode';
import { districtLocator } from '../../../src/data/import/districtLocator';
import {
  ACLED_COLUMNS,
  UCDP_GED_COLUMNS,
  detectEventKind,
} from '../../../src/data/import/eventColumns';
import { parseEventDate, parseEventsCsv } from '../../../src/data/import/eventsCsv';
import { districtShapes, fixture } from './helpers';

const districtAt = districtLocator(districtShapes());
const text = (name: string) => decodeBytes(fixture(name)).text;

describe('published column lists', () => {
  it('the fixtures carry exactly the published headers', () => {
    expect(text('ucdp-ged-fixture.csv').split('\n')[0]).toBe(UCDP_GED_COLUMNS.join(','));
    expect(text('acled-fixture.csv').split('\n')[0]).toBe(ACLED_COLUMNS.join(','));
    expect(UCDP_GED_COLUMNS).toHaveLength(49);
    expect(ACLED_COLUMNS).toHaveLength(31);
  });
  it('detects the dataset from its identifying columns', () => {
    expect(detectEventKind(UCDP_GED_COLUMNS)).toBe('ucdp');
    expect(detectEventKind(ACLED_COLUMNS)).toBe('acled');
    expect(detectEventKind(['ubigeo', 'year', 'value'])).toBeNull();
  });
});

describe('parseEventDate', () => {
  it.each([
    ['2015-04-11 00:00:00.000', '2015-04-11'],
    ['2016-08-02', '2016-08-02'],
    ['16 May 2023', '2023-05-16'],
    ['1-Feb-2020', '2020-02-01'],
    ['31 February 2020', null],
    ['2020-13-01', null],
    ['yesterday', null],
  ])('%j → %j', (raw, iso) => expect(parseEventDate(raw)).toBe(iso));
});

describe('UCDP GED', () => {
  const result = parseEventsCsv(text('ucdp-ged-fixture.csv'), 'ucdp', { districtAt });
  it('keeps the events inside the five departments, each in its district', () => {
    expect(result.report.total).toBe(0);
    expect(result.rowsRead).toBe(4);
    expect(result.outside).toBe(2);
    expect(result.events.map((e) => [e.id, e.ubigeo, e.date])).toEqual([
      ['900001', '120606', '2015-04-11'], // Pangoa (Junín)
      ['900002', '050409', '2016-08-02'], // Canayre (Ayacucho)
    ]);
  });
  it('maps the UCDP fields: violence type, sides, place, best estimate, source', () => {
    expect(result.events[0]).toEqual({
      row: 2,
      id: '900001',
      date: '2015-04-11',
      type: 'State-based conflict',
      actors: 'Fixture side A — Fixture side B',
      place: 'Fixture village A — Satipo province — Junín department',
      deaths: 2,
      position: [-74.2585, -11.80983],
      ubigeo: '120606',
      source: 'Fixture newspaper, hand-written row',
    });
    expect(result.events[1]?.type).toBe('One-sided violence');
  });
});

describe('ACLED', () => {
  const result = parseEventsCsv(text('acled-fixture.csv'), 'acled', { districtAt });
  it('keeps two events, counts Lima as outside, reads both date formats', () => {
    expect(result.report.total).toBe(0);
    expect(result.outside).toBe(1);
    expect(result.events.map((e) => [e.id, e.ubigeo, e.date, e.deaths])).toEqual([
      ['PER90001', '050409', '2023-02-16', 3], // Canayre
      ['PER90002', '030604', '2023-05-16', 0], // Huaccana
    ]);
  });
  it('maps the ACLED fields: event and sub-event type, actors, location, source', () => {
    expect(result.events[1]).toMatchObject({
      type: 'Violence against civilians — Attack',
      actors: 'Fixture actor 3 — Civilians (Peru)',
      place: 'Fixture place, Huaccana — Huaccana — Chincheros — Apurímac',
      source: 'Fixture radio; Fixture newspaper',
    });
  });
  it('an ACLED file read as UCDP is refused on its header, naming the columns needed', () => {
    const wrong = parseEventsCsv(text('acled-fixture.csv'), 'ucdp', { districtAt });
    expect(wrong.events).toEqual([]);
    expect(wrong.report.issues).toEqual([
      {
        row: 1,
        field: 'header',
        reason: 'missingColumn',
        detail: 'id, date_start, latitude, longitude, best',
      },
    ]);
  });
  it('names row and field of unreadable dates, coordinates and deaths', () => {
    const bad = [
      ACLED_COLUMNS.join(','),
      ACLED_COLUMNS.map((c) =>
        c === 'event_date' ? 'soon' : c === 'latitude' ? '-95' : c === 'fatalities' ? 'many' : '',
      ).join(','),
    ].join('\n');
    const { report, events } = parseEventsCsv(bad, 'acled', { districtAt });
    expect(events).toEqual([]);
    expect(report.issues.map((i) => [i.row, i.field, i.reason])).toEqual([
      [2, 'id', 'missingValue'],
      [2, 'date', 'notADate'],
      [2, 'latitude', 'notACoordinate'],
      [2, 'longitude', 'notACoordinate'],
      [2, 'deaths', 'notANumber'],
    ]);
  });
});
