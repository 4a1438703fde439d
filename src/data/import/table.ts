/**
 * Text → rows of cells. The separator is found on the header line (outside quotes); papaparse
 * does the quoting (fields with separators, quotes and line breaks inside). Row numbers are the
 * ones a spreadsheet shows: the header is row 1, the first data row is row 2.
 */
import Papa from 'papaparse';
import type { Separator } from './normalize';

const SEPARATORS: readonly Separator[] = [';', ',', '\t'];

/** The separator that occurs most often outside quotes on the first non-empty line (`,` on a tie or none). */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  let started = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (started) break;
    } else if (!inQuotes && counts.has(char as Separator)) {
      counts.set(char as Separator, (counts.get(char as Separator) ?? 0) + 1);
    }
    if (char.trim() !== '') started = true;
  }
  let best: Separator = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = counts.get(separator) ?? 0;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

export interface TableRow {
  /** As a spreadsheet numbers it: header = 1. */
  row: number;
  cells: string[];
  /** papaparse found a quote it could not close on this row. */
  unclosedQuote?: boolean;
}

export interface TableVisitor {
  header(cells: string[]): void;
  /** Return false to stop reading (e.g. cancelled). */
  row(row: TableRow): boolean | undefined;
  /** Fraction of the text read so far, 0..1. */
  progress?(fraction: number): void;
}

const PROGRESS_EVERY = 5000;

/**
 * Streams the rows of `text` to `visitor`, one at a time, so a large file never builds a second
 * copy of itself as arrays. A trailing line break does not make an empty last row.
 */
export function readTable(text: string, separator: Separator, visitor: TableVisitor): void {
  let index = 0;
  let pending: TableRow | null = null;
  let stopped = false;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    quoteChar: '"',
    skipEmptyLines: false,
    // Without a quote anywhere, papaparse may split on separators directly (several times faster).
    fastMode: !text.includes('"'),
    step(result, parser) {
      if (stopped) return;
      const cells = result.data.map((c) => String(c));
      index += 1;
      if (index === 1) {
        visitor.header(cells);
        return;
      }
      // Hold one row back: the last "row" of a file ending in a line break is a lone "".
      if (pending && visitor.row(pending) === false) {
        stopped = true;
        parser.abort();
        return;
      }
      pending = result.errors.some((e) => e.type === 'Quotes')
        ? { row: index, cells, unclosedQuote: true }
        : { row: index, cells };
      if (visitor.progress && index % PROGRESS_EVERY === 0) {
        visitor.progress(Math.min(1, result.meta.cursor / Math.max(1, text.length)));
      }
    },
  });
  const last = pending as TableRow | null;
  if (!stopped && last && !(last.cells.length === 1 && last.cells[0] === '')) visitor.row(last);
  if (index === 0) visitor.header([]);
  visitor.progress?.(1);
}
