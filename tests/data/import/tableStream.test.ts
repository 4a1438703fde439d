/**
 * Streaming reads (a file parsed slice by slice) give exactly what one pass over the whole text
 * gives: the same rows, row numbers and flags, the same import result and encoding, wherever the
 * chunk boundaries fall (inside a quoted line break, between \r and \n, inside a UTF-8 character).
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { decodeChunks, NotUtf8Error } from '../../../src/data/import/decode';
import {
  importBlob,
  importBytes,
  MAX_IMPORT_BYTES,
  refuseLarge,
  type ImportKind,
} from '../../../src/data/import/importFile';
import type { Separator } from '../../../src/data/import/normalize';
import { readTable, type TableRow } from '../../../src/data/import/table';
import { readTableStream } from '../../../src/data/import/tableStream';
import { knownUbigeo } from './helpers';

type Seen = { header: string[][]; rows: TableRow[] };

function onePass(text: string, separator: Separator): Seen {
  const seen: Seen = { header: [], rows: [] };
  readTable(text, separator, {
    header: (h) => void seen.header.push(h),
    row: (r) => void seen.rows.push(r),
  });
  return seen;
}

async function* inPieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function streamed(text: string, separator: Separator, size: number): Promise<Seen> {
  const seen: Seen = { header: [], rows: [] };
  await readTableStream(inPieces(text, size), () => ({
    separator,
    visitor: { header: (h) => void seen.header.push(h), row: (r) => void seen.rows.push(r) },
  }));
  return seen;
}

const csvPieces = fc.constantFrom(
  ';',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '050401',
  '2018',
  '12,5',
  'Río',
  ' ',
  '"a\nb"',
);
const csvText = fc.array(csvPieces, { maxLength: 120 }).map((parts) => parts.join(''));

describe('readTableStream', () => {
  it('gives the rows of one pass for any text and any chunk size (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvText,
        fc.constantFrom<Separator>(';', ','),
        fc.integer({ min: 1, max: 40 }),
        async (text, separator, size) => {
          expect(await streamed(text, separator, size)).toEqual(onePass(text, separator));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps a quoted line break inside its row when a chunk ends in the middle of it', async () => {
    const text = 'a;b\n1;"line one\nline two"\n2;x\n';
    const seen = await streamed(text, ';', 14); // the first chunk ends inside the quotes
    expect(seen.rows).toEqual([
      { row: 2, cells: ['1', 'line one\nline two'] },
      { row: 3, cells: ['2', 'x'] },
    ]);
  });

  it('an empty text calls header once with no cells, as one pass does', async () => {
    expect(await streamed('', ';', 4)).toEqual({ header: [[]], rows: [] });
  });

  it('parses a quote left open early in a 1.8 MB file a few times, not once per chunk', async () => {
    const body = Array.from({ length: 150_000 }, (_, i) => `0504${i % 100};${i}`).join('\n');
    const text = `ubigeo;value\n050401;"never closed\n${body}\n`;
    const parse = vi.spyOn(Papa, 'parse');
    try {
      const seen = await streamed(text, ';', 64 * 1024);
      // Chunks without a quote are not parsed again: the first megabyte, the end, and the guess
      // of the line break. Parsing the growing rest at each 64 KiB chunk took 18 passes.
      expect(parse.mock.calls.length).toBeLessThanOrEqual(4);
      expect(seen).toEqual(onePass(text, ';'));
      expect(seen.rows).toHaveLength(1);
      expect(seen.rows[0]).toMatchObject({ row: 2, unclosedQuote: true });
    } finally {
      parse.mockRestore();
    }
  });

  it('still closes a quote that a later chunk closes, after chunks without quotes', async () => {
    const filler = 'x'.repeat(1_200_000);
    const text = `a;b\n1;"open ${filler}\n${filler} closed"\n2;y\n`;
    const seen = await streamed(text, ';', 100_000);
    expect(seen).toEqual(onePass(text, ';'));
    expect(seen.rows.map((r) => [r.row, r.cells[1]?.length, r.unclosedQuote])).toEqual([
      [2, 2 * filler.length + 13, undefined],
      [3, 1, undefined],
    ]);
  });

  it('stops when the visitor says so', async () => {
    const rows: number[] = [];
    await readTableStream(inPieces('h\n1\n2\n3\n4\n', 2), () => ({
      separator: ',',
      visitor: { header: () => undefined, row: (r) => (rows.push(r.row), r.row < 3) },
    }));
    expect(rows).toEqual([2, 3]);
  });
});

describe('decodeChunks', () => {
  it('completes a UTF-8 character cut by a slice boundary', async () => {
    const bytes = new TextEncoder().encode('Río Ene'); // "í" is two bytes: 0xC3 0xAD
    let text = '';
    for await (const chunk of decodeChunks(new Blob([bytes]), 'utf-8', 2)) text += chunk;
    expect(text).toBe('Río Ene');
  });

  it('throws NotUtf8Error at a Windows-1252 byte', async () => {
    const bytes = Uint8Array.from([0x52, 0xed, 0x6f]); // "Río" in Windows-1252
    const read = async () => {
      for await (const chunk of decodeChunks(new Blob([bytes]), 'utf-8', 8)) void chunk;
    };
    await expect(read()).rejects.toBeInstanceOf(NotUtf8Error);
  });
});

const context = { knownUbigeo, districtAt: (lon: number) => (lon < -74 ? '090101' : null) };

describe('importBlob (the worker path) against importBytes (one pass)', () => {
  const kinds = fc.constantFrom<ImportKind>('indicator', 'ucdp', 'acled');
  const header = fc.constantFrom(
    'ubigeo;año;valor;unidad\n',
    'UBIGEO,year,value,unit,source\r\n',
    'event_id_cnty,event_date,latitude,longitude,fatalities,location\n',
    'id,type_of_violence,date_start,latitude,longitude,best,where_coordinates\n',
  );
  const body = fc
    .array(
      fc.constantFrom(
        '050401;2018;12,5;ha\n',
        '50401,2019,7.25,ha,INEI\r\n',
        '090101;2018;"1.234,5";%\n',
        'PER1,2010-05-03,-12.1,-74.5,3,"Llochegua, VRAEM"\n',
        '7,1,2010-05-03 00:00:00.000,-12.5,-73.9,2,"Río Ene"\n',
        'x;2018;;\n',
        '"unclosed\n',
        '\n',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('gives the same result for UTF-8 text, any chunk size (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(kinds, header, body, fc.integer({ min: 1, max: 64 }), async (kind, h, b, size) => {
        const bytes = new TextEncoder().encode(h + b);
        const streamedResult = await importBlob(new Blob([bytes]), kind, context, size);
        expect(streamedResult).toEqual(importBytes(bytes, kind, context));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result for random bytes, UTF-8 or not (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(kinds, fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 64 }), async (kind, bytes, size) => {
        const streamedResult = await importBlob(new Blob([bytes]), kind, context, size);
        expect(streamedResult).toEqual(importBytes(bytes, kind, context));
      }),
      { numRuns: 200 },
    );
  });

  it('starts again as Windows-1252 when the first non-UTF-8 byte is chunks into the file', async () => {
    const head = new TextEncoder().encode('ubigeo;año;valor;fuente\n' + '050401;2018;1;INEI\n'.repeat(50));
    const tail = Uint8Array.from([...new TextEncoder().encode('050402;2018;2;R'), 0xed, 0x6f, 0x0a]);
    const bytes = new Uint8Array([...head, ...tail]);
    const fractions: number[] = [];
    const result = await importBlob(
      new Blob([bytes]),
      'indicator',
      { ...context, progress: (f) => fractions.push(f) },
      64,
    );
    expect(result.kind === 'indicator' && result.encoding).toBe('windows-1252');
    expect(result).toEqual(importBytes(bytes, 'indicator', context));
    // Progress ran to the end twice: once as UTF-8 until the bad byte, then from 0 again.
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.filter((f, i) => i > 0 && f < (fractions[i - 1] ?? 0))).toHaveLength(1);
  });

  it('reads a 6 MB file in 4 MiB slices with every row counted', async () => {
    const rows = 300_000;
    const text = 'ubigeo;año;valor\n' + '050401;2018;1\n'.repeat(rows);
    const result = await importBlob(new Blob([text]), 'indicator', context);
    expect(result.kind).toBe('indicator');
    if (result.kind !== 'indicator') return;
    expect(result.data.rowsRead).toBe(rows);
    expect(result.data.rows).toBe(1); // one good row; the rest are duplicates, reported by row
    expect(result.data.report.total).toBe(rows - 1);
  });
});

describe('size limit', () => {
  it('importBlob refuses a file over the limit without reading a byte of it', async () => {
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      slice: () => {
        throw new Error('read');
      },
    } as unknown as Blob;
    const result = await importBlob(huge, 'ucdp', context);
    expect(result).toMatchObject({ kind: 'refused', bytes: MAX_IMPORT_BYTES + 1 });
  });

  it('refuses a file over 1 GiB, and takes one at the limit', () => {
    expect(MAX_IMPORT_BYTES).toBe(1024 ** 3);
    expect(refuseLarge(MAX_IMPORT_BYTES)).toBeNull();
    expect(refuseLarge(MAX_IMPORT_BYTES + 1)).toMatchObject({
      kind: 'refused',
      report: { issues: [{ row: 1, field: 'file', reason: 'fileTooLarge' }] },
    });
  });
});
