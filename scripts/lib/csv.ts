/**
 * CSV at the boundary: papaparse (header row), then a zod schema per row. Any problem stops the
 * pipeline with the file, the 1-based DATA row number (the header is not counted, so data row N
 * is line N + 1 of a file without multi-line cells) and the field.
 */
import Papa from 'papaparse';
import type { z } from 'zod';

export class RawDataError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    detail: string,
    unit: 'row' | 'feature' = 'row',
  ) {
    super(
      `${file}${row === null ? '' : ` ${unit} ${row}`}${field === null ? '' : `, field "${field}"`}: ${detail}`,
    );
    this.name = 'RawDataError';
  }
}

/** Parse CSV text; `file` is the path relative to the raw dir, used in error messages. */
export function parseCsv<S extends z.ZodType>(
  text: string,
  file: string,
  rowSchema: S,
  requiredColumns: string[],
): z.output<S>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields ?? [];
  for (const column of requiredColumns) {
    if (!header.includes(column))
      throw new RawDataError(
        file,
        null,
        column,
        `missing column (header has: ${header.join(', ')})`,
      );
  }
  const firstError = parsed.errors[0];
  if (firstError) {
    const row = firstError.row === undefined ? null : firstError.row + 1;
    throw new RawDataError(file, row, null, `${firstError.code}: ${firstError.message}`);
  }
  return parsed.data.map((record, i) => {
    const result = rowSchema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
      throw new RawDataError(file, i + 1, field, issue?.message ?? 'invalid row');
    }
    return result.data;
  });
}
