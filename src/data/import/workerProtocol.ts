/** Messages between the page and the import worker. Everything here is structured-cloneable. */
import type { ColumnMapping } from './columnMapping';
import type { DistrictShape } from './districtLocator';
import type { ImportKind, ImportResult } from './importFile';

export interface ImportRequest {
  file: Blob;
  kind: ImportKind;
  /** Ubigeos the atlas knows (indicator files are checked against them). */
  ubigeos: readonly string[];
  /** District shapes of the five departments (events are placed in them). */
  shapes: readonly DistrictShape[];
  /** Indicator files: the columns the user chose (the worker guesses without it). */
  mapping?: ColumnMapping;
}

export type ImportMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };
