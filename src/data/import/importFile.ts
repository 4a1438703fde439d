/**
 * One entry point for a user file: size check, bytes → text, then the reader for its kind.
 * Never throws for any input: every problem ends up in the report.
 */
import { decodeBytes, type TextEncodingUsed } from './decode';
import { parseEventsCsv, type ImportedEvents } from './eventsCsv';
import { parseIndicatorCsv, type ImportedIndicator } from './indicatorCsv';
import type { IssueReport } from './issues';

export type ImportKind = 'indicator' | 'ucdp' | 'acled';
export const IMPORT_KINDS: readonly ImportKind[] = ['indicator', 'ucdp', 'acled'];

/** Files above this are refused before they are read (a tab must never freeze). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ImportContext {
  knownUbigeo: (ubigeo: string) => boolean;
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
