/**
 * The kinds of file the importer reads. A module of its own so that the import dialog, which is
 * in the first chunk, can list them without pulling the readers (and papaparse) in with it.
 */
export type ImportKind = 'indicator' | 'ucdp' | 'acled';
export const IMPORT_KINDS: readonly ImportKind[] = ['indicator', 'ucdp', 'acled'];
