/**
 * What an accepted import becomes for the rest of the app: an indicator layer (values shaped like
 * the built-in ones, so the legend, table, charts and export work unchanged) or an incident layer
 * with its own source label. Lives in memory for the session only.
 */
import type { ImportedEvent } from '../../data/import/eventsCsv';
import type { EventKind } from '../../data/import/eventColumns';
import type { ImportResult } from '../../data/import/importFile';
import type { IndicatorValues } from '../../domain/districtValues';
import type { ImportedIndicatorId } from '../../domain/indicatorRegistry';

export interface ImportedIndicatorLayer {
  kind: 'indicator';
  /** Unique within the session (a counter); also the indicator id and the source id. */
  key: ImportedIndicatorId;
  fileName: string;
  /** As written in the file; text only. */
  unit: string | null;
  source: string | null;
  values: IndicatorValues;
  years: number[];
  rows: number;
}

export interface ImportedEventLayer {
  kind: 'events';
  key: ImportedIndicatorId;
  fileName: string;
  dataset: EventKind;
  events: ImportedEvent[];
}

export type ImportedLayer = ImportedIndicatorLayer | ImportedEventLayer;

export const DATASET_LABEL: Record<EventKind, string> = { ucdp: 'UCDP GED', acled: 'ACLED' };

/** The usable part of a finished import, or null when nothing can be used. */
export function acceptImport(
  result: ImportResult,
  fileName: string,
  key: ImportedIndicatorId,
): ImportedLayer | null {
  if (result.kind === 'refused') return null;
  if (result.kind === 'events') {
    if (result.data.events.length === 0) return null;
    return { kind: 'events', key, fileName, dataset: result.data.kind, events: result.data.events };
  }
  const { rows, unit, source } = result.data;
  if (rows === 0) return null;
  // Each observation cites this import as its source (the theme's sources get an entry for it).
  const values = new Map(
    [...result.data.values].map(([u, list]) => [u, list.map((o) => ({ ...o, s: key }))] as const),
  );
  const years = [...new Set([...values.values()].flatMap((list) => list.map((o) => o.y)))].sort(
    (a, b) => a - b,
  );
  return {
    kind: 'indicator',
    key,
    fileName,
    unit,
    source,
    values: { coverage: new Set(values.keys()), values },
    years,
    rows,
  };
}
