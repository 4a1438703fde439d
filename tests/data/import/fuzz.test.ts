/** No input crashes the importer, and every problem it reports names a row and a field. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes, type ImportKind } from '../../../src/data/import/importFile';
import type { IssueReport } from '../../../src/data/import/issues';
import { knownUbigeo } from './helpers';

const context = { knownUbigeo, districtAt: () => '050409' };

function reportOf(bytes: Uint8Array, kind: ImportKind): IssueReport {
  const result = importBytes(bytes, kind, context);
  return result.kind === 'refused' ? result.report : result.data.report;
}

function wellFormed(report: IssueReport): void {
  expect(report.total).toBeGreaterThanOrEqual(report.issues.length);
  for (const issue of report.issues) {
    expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    expect(issue.field.length).toBeGreaterThan(0);
    expect(issue.reason.length).toBeGreaterThan(0);
  }
}

const kinds = fc.constantFrom<ImportKind>('indicator', 'ucdp', 'acled');
// Text that looks like CSV: separators, quotes, line breaks, digits, accents and markup.
const csvish = fc
  .array(
    fc.constantFrom(';', ',', '\t', '"', '\n', '\r\n', '0', '5', '2018', ',5', '.', 'Año', '<b>', ' '),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));
const header = fc.constantFrom(
  'ubigeo;año;valor\n',
  'UBIGEO,year,value,unit,source\n',
  'event_id_cnty,event_date,latitude,longitude,fatalities\n',
  'id,type_of_violence,date_start,latitude,longitude,best\n',
  '',
);

describe('importer never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), kinds, (bytes, kind) => {
        wellFormed(reportOf(bytes, kind));
      }),
      { numRuns: 300 },
    );
  });
  it('on random strings after a real header', () => {
    fc.assert(
      fc.property(header, fc.oneof(csvish, fc.string({ unit: 'grapheme', maxLength: 300 })), kinds, (h, body, kind) => {
        wellFormed(reportOf(new TextEncoder().encode(h + body), kind));
      }),
      { numRuns: 500 },
    );
  });
});
