/**
 * The rows of a CSV that arrives as text chunks (a large file read slice by slice), with the same
 * rows, row numbers and flags as readTable on the whole text. Each pass parses what is buffered
 * with papaparse and hands on every row but the last, which may be cut by the chunk boundary or
 * be the lone "" after a final line break; its text is carried into the next pass. Row ends are
 * papaparse's own, so quoted fields with line breaks inside split exactly as in one pass.
 */
import Papa from 'papaparse';
import type { Separator } from './normalize';
import type { TableRow, TableVisitor } from './table';

/** What `readTableStream` needs from the first chunk: the separator, then a visitor for it. */
export type StartVisitor = (firstChunk: string) => { separator: Separator; visitor: TableVisitor };

interface Pass {
  rows: {
    cells: string[];
    unclosedQuote: boolean;
    /** A quoted field that no quote closes: the row runs to the end of the parsed text. */
    openToEnd: boolean;
    end: number;
  }[];
}

function parsePass(text: string, separator: Separator, newline: string): Pass {
  const rows: Pass['rows'] = [];
  Papa.parse<string[]>(text, {
    delimiter: separator,
    newline: newline as '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    fastMode: !text.includes('"'),
    step(result) {
      rows.push({
        cells: result.data.map((c) => String(c)),
        unclosedQuote: result.errors.some((e) => e.type === 'Quotes'),
        openToEnd: result.errors.some((e) => e.code === 'MissingQuotes'),
        end: result.meta.cursor,
      });
    },
  });
  return { rows };
}

/** papaparse guesses the line break from the first megabyte of its input (its guessLineEndings). */
const GUESS_CHARS = 1024 * 1024;

/**
 * Streams rows to the visitor. The first megabyte is gathered before anything is parsed, so the
 * separator and the line break are guessed from the same text as in one pass, whatever the chunk
 * size. `progress` (0..1, of the bytes read) is the caller's: chunks say nothing of the file size.
 * Resolves when the text is read or the visitor stops it.
 */
export async function readTableStream(
  chunks: AsyncIterable<string>,
  start: StartVisitor,
): Promise<void> {
  let began: { separator: Separator; visitor: TableVisitor; newline: string } | null = null;
  const begin = (head: string) => {
    const { separator, visitor } = start(head);
    const newline = Papa.parse(head.slice(0, GUESS_CHARS), { preview: 1 }).meta.linebreak || '\n';
    return { separator, visitor, newline };
  };
  let carried = '';
  let index = 0;
  // The carried text is one row whose quoted field no chunk has closed yet.
  let openQuote = false;

  const emit = (visitor: TableVisitor, rows: Pass['rows']): boolean => {
    for (const { cells, unclosedQuote } of rows) {
      index += 1;
      if (index === 1) {
        visitor.header(cells);
        continue;
      }
      const row: TableRow = unclosedQuote
        ? { row: index, cells, unclosedQuote: true }
        : { row: index, cells };
      if (visitor.row(row) === false) return false;
    }
    return true;
  };

  for await (const chunk of chunks) {
    carried += chunk;
    // A chunk without a quote cannot close it: parsing again would give the same single row. A
    // quote opened early in a large file and never closed would otherwise make every chunk parse
    // the whole rest of the file again (quadratic).
    if (openQuote && !chunk.includes('"')) continue;
    if (!began) {
      if (carried.length < GUESS_CHARS) continue;
      began = begin(carried);
    }
    const { rows } = parsePass(carried, began.separator, began.newline);
    // The last row may be cut by the chunk's end: it is parsed again with the next chunk.
    const last = rows.pop();
    openQuote = last?.openToEnd === true;
    carried = last ? carried.slice(rows.at(-1)?.end ?? 0) : carried;
    if (!emit(began.visitor, rows)) return;
  }
  began ??= begin(carried);
  if (carried !== '') {
    const { rows } = parsePass(carried, began.separator, began.newline);
    // As readTable: a text ending in a line break leaves a lone "" as its last data row; drop it
    // (a lone "" as the header stays the header).
    const tail = rows.at(-1);
    const tailIsData = index + rows.length >= 2;
    if (tail && tailIsData && tail.cells.length === 1 && tail.cells[0] === '') rows.pop();
    if (!emit(began.visitor, rows)) return;
  }
  if (index === 0) began.visitor.header([]);
  began.visitor.progress?.(1);
}
