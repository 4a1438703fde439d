/**
 * ucdp-events.json against the raw copy of UCDP GED 21.1 (security-incidents/ucdp-ged-juanr/):
 * the 580 Peru events, the 79 in the VRAEM counted from our own point-in-polygon and the project's
 * VRAEM list, known events with their dates, estimates and districts, and the years without rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ucdpFileSchema } from '../../src/data/ucdpSchemas';
import { RawInputs } from '../../scripts/lib/inputs';
import * as load from '../../scripts/lib/load';
import { MAPSPERU_NATIONAL_DISTRICTS } from '../../scripts/lib/raw-schemas';
import type { RawDistrict } from '../../scripts/lib/districts';
import { buildUcdpEvents, UCDP_CSV, type UcdpResult } from '../../scripts/lib/ucdp';
import { editRaw, rawDirOrFail, rawDirWith, readRawCsv } from './helpers';

let result: UcdpResult;
let national: RawDistrict[];
let vraem: Set<string>;
const event = (id: string) => result.file.events.find((e) => e.id === id);

beforeAll(() => {
  const inputs = new RawInputs(rawDirOrFail());
  national = load.loadDistricts(inputs, MAPSPERU_NATIONAL_DISTRICTS);
  vraem = new Set(load.loadVraemList(inputs).keys());
  result = buildUcdpEvents(inputs, national, vraem);
}, 120_000);

describe('ucdp-events.json', () => {
  it('holds every raw row once: 580 events in Peru, valid against the shared schema', () => {
    const raw = readRawCsv(UCDP_CSV);
    expect(raw).toHaveLength(580);
    expect(result.file.events).toHaveLength(raw.length);
    expect(new Set(result.file.events.map((e) => e.id)).size).toBe(580);
    expect(ucdpFileSchema.parse(JSON.parse(JSON.stringify(result.file))).events).toHaveLength(580);
  });

  it('79 events fall in the 79 VRAEM districts (38 of them from 2000 on), by our own point in polygon', () => {
    const inVraem = result.file.events.filter((e) => e.ubigeo !== null && vraem.has(e.ubigeo));
    expect(vraem.size).toBe(79);
    expect(inVraem).toHaveLength(79);
    expect(inVraem.filter((e) => e.year >= 2000)).toHaveLength(38);
    // The copy's own derived flag agrees, event by event.
    const flagged = new Set(
      readRawCsv(UCDP_CSV)
        .filter((r) => r.in_vraem79_derived === 'true')
        .map((r) => r.id),
    );
    expect(new Set(inVraem.map((e) => e.id))).toEqual(flagged);
  });

  it('every event is in a district, the one the copy derived, and in only one raw polygon', () => {
    expect(result.counts['ucdp.eventsInNoDistrict']).toBe(0);
    expect(result.disagreeWithCopy).toEqual([]);
    expect(result.inTwoDistricts).toEqual([]);
  });

  it('event 181175: 10 October 2008, 15 deaths (15–15), Sendero Luminoso, in Roble (Tayacaja)', () => {
    expect(event('181175')).toMatchObject({
      date: '2008-10-10',
      year: 2008,
      kind: 'stateBased',
      sideA: 'Government of Peru',
      sideB: 'Sendero Luminoso',
      deaths: { low: 15, best: 15, high: 15 },
      ubigeo: '090721',
      position: [-74.484199, -12.202523],
    });
    expect(national.find((d) => d.ubigeo === '090721')?.name).toBe('Roble');
  });

  it('event 229528: the 9 April 2016 ambush, 10 deaths, placed in Pangoa (approximate location)', () => {
    expect(event('229528')).toMatchObject({
      date: '2016-04-09',
      deaths: { low: 10, best: 10, high: 10 },
      ubigeo: '120606',
    });
  });

  it('event 114802 keeps a range (best 0, high 18); 236761 keeps its unordered estimates, noted', () => {
    expect(event('114802')).toMatchObject({
      deaths: { low: 0, best: 0, high: 18 },
      kind: 'stateBased',
    });
    expect(event('236761')?.deaths).toEqual({ low: 17, best: 13, high: 18 });
    expect(event('236761')?.note).toContain('not in order');
    expect(result.unorderedEstimates).toEqual(['236761']);
  });

  it('years of GED 21.1 without rows in the copy: 2012, 2015, 2017, 2018 and 2020', () => {
    expect(result.file.coverage).toEqual({
      releaseFirstYear: 1989,
      releaseLastYear: 2020,
      yearsWithoutRows: [2012, 2015, 2017, 2018, 2020],
    });
    const perYear = (y: number) => result.file.events.filter((e) => e.year === y).length;
    expect([perYear(1989), perYear(2008), perYear(2016), perYear(2019)]).toEqual([117, 7, 2, 1]);
  });

  it('carries the attribution PROVENANCE.md asks for', () => {
    expect(result.file.attribution.en).toBe(
      'UCDP Georeferenced Event Dataset (GED) Global 21.1, CC BY 4.0, via the `juanr` teaching package (reduced: precise locations only)',
    );
    expect(result.file.sources[0]?.licence).toContain('CC BY 4.0');
  });

  it('a row with an impossible date stops the pipeline with file, row and field', () => {
    const bad = editRaw(UCDP_CSV, '"181175","2008","10","10"', '"181175","2008","10","32"');
    const row = readRawCsv(UCDP_CSV).findIndex((r) => r.id === '181175') + 1;
    expect(() =>
      buildUcdpEvents(new RawInputs(rawDirWith({ [UCDP_CSV]: bad })), national, vraem),
    ).toThrow(`${UCDP_CSV} row ${row}, field "day": 2008-10-32 is not a date`);
  });
});
