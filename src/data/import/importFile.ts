/**
 * Entry points for a user file: size check, bytes → text, then the reader for its kind. The app
 * streams (importBlob: the file is read and parsed slice by slice, so its size is bounded by
 * patience, not memory); importBytes reads a whole text in one pass and is the reference the
 * streaming path is tested against. Neither throws for any input: every problem ends up in the
 * report.
 */
import {
  NotUtf8Error,
  decodeBytes,
  decodeChunks,
  startsWithUtf8Bom,
  type TextEncodingUsed,
} from './decode';
import type { ColumnMapping } from './columnMapping';
import { eventsReader, parseEventsCsv, type ImportedEvents } from './eventsCsv';
import { indicatorReader, parseIndicatorCsv, type ImportedIndicator } from './indicatorCsv';
import type { ImportKind } from './importKinds';
import type { IssueReport } from './issues';
import type { Separator } from './normalize';
import { detectSeparator, type TableVisitor } from './table';
import { readTableStream } from './tableStream';

export { IMPORT_KINDS, type ImportKind } from './importKinds';

/**
 * Files above this are refused before they are read. Streaming keeps memory to the rows kept (the
 * events inside the five departments, the values of known districts), so the bound is time: the
 * global UCDP GED CSV (about 300 MB) fits; a runaway file does not.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** Slice size of the streaming read; more than the megabyte papaparse guesses line breaks from. */
export const IMPORT_CHUNK_BYTES = 4 * 1024 * 1024;

export interface ImportContext {
  knownUbigeo: (ubigeo: string) => boolean;
  /** Indicator files: which column holds what (guessed when absent). */
  mapping?: ColumnMapping;
  districtAt: (lon: number, lat: number) => string | null;
  progress?: (fraction: number) => void;
  cancelled?: () => boolean;
}

export type ImportResult =
  | { kind: 'refused'; report: IssueReport; bytes: number }
  | { kind: 'indicator'; encoding: TextEncodingUsed; data: ImportedIndicator }
  | { kind: 'events'; encoding: TextEncodingUsed; data: ImportedEvents };

export function refuseLarge(bytes: number): ImportResult | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    kind: 'refused',
    bytes,
    report: {
      issues: [{ row: 1, field: 'file', reason: 'fileTooLarge', detail: String(MAX_IMPORT_BYTES) }],
      total: 1,
    },
  };
}

export function importBytes(bytes: Uint8Array, kind: ImportKind, context: ImportContext): ImportResult {
  const refused = refuseLarge(bytes.byteLength);
  if (refused) return refused;
  const { text, encoding } = decodeBytes(bytes);
  if (kind === 'indicator') {
    return { kind: 'indicator', encoding, data: parseIndicatorCsv(text, context) };
  }
  return { kind: 'events', encoding, data: parseEventsCsv(text, kind, context) };
}

interface Reader<T> {
  visitor: TableVisitor;
  finish: () => T;
}

/** Streams the chunks through the reader `make` builds for the separator of the first chunk. */
async function streamTable<T>(
  chunks: AsyncIterable<string>,
  make: (separator: Separator) => Reader<T>,
): Promise<T> {
  const started: { reader: Reader<T> | null } = { reader: null };
  await readTableStream(chunks, (first) => {
    const separator = detectSeparator(first);
    started.reader = make(separator);
    return { separator, visitor: started.reader.visitor };
  });
  if (!started.reader) throw new Error('the table reader never started');
  return started.reader.finish();
}

async function streamAs(
  blob: Blob,
  kind: ImportKind,
  context: ImportContext,
  encoding: 'utf-8' | 'windows-1252',
  chunkBytes: number,
): Promise<ImportResult> {
  const chunks = decodeChunks(blob, encoding, chunkBytes, (read) =>
    context.progress?.(blob.size === 0 ? 1 : read / blob.size),
  );
  // Progress is told by bytes read, not by the readers' row counts.
  const options = { ...context, progress: undefined };
  let used: TextEncodingUsed = 'windows-1252';
  if (encoding === 'utf-8') used = (await startsWithUtf8Bom(blob)) ? 'utf-8-bom' : 'utf-8';
  if (kind === 'indicator') {
    const data = await streamTable(chunks, (separator) => indicatorReader(separator, options));
    return { kind: 'indicator', encoding: used, data };
  }
  const data = await streamTable(chunks, (separator) => eventsReader(kind, separator, options));
  return { kind: 'events', encoding: used, data };
}

/**
 * A user file, streamed: read as UTF-8 first; at the first byte that is not UTF-8 the reading
 * starts again as Windows-1252 (what importBytes decides after one strict decode of the whole).
 * Progress is the share of bytes read.
 */
export async function importBlob(
  blob: Blob,
  kind: ImportKind,
  context: ImportContext,
  chunkBytes = IMPORT_CHUNK_BYTES,
): Promise<ImportResult> {
  const refused = refuseLarge(blob.size);
  if (refused) return refused;
  try {
    return await streamAs(blob, kind, context, 'utf-8', chunkBytes);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    return streamAs(blob, kind, context, 'windows-1252', chunkBytes);
  }
}
