/**
 * Field schemas for the theme raw files (coca, poverty, population, budget, decrees, incidents),
 * and a CSV reader that takes the required columns from the row schema. Missing stays missing:
 * an empty cell or "S.I." (sin información) becomes null, never 0; anything else that is not a
 * number stops the pipeline with file, row and field (see csv.ts).
 */
import { z } from 'zod';
import { parseCsv } from './csv';
import type { RawInputs } from './inputs';

export const text = z.string().trim();
export const required = text.min(1, 'must not be empty');

/** Cell texts that mean "no value" in these sources. */
export const MISSING_TOKENS: ReadonlySet<string> = new Set(['', 'S.I.']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number, or null for an empty cell / "S.I.". */
export const optionalNumber = text
  .refine((s) => MISSING_TOKENS.has(s) || NUMBER.test(s), 'must be a number, empty or "S.I."')
  .transform((s) => (MISSING_TOKENS.has(s) ? null : Number(s)))
  .pipe(z.number().finite().nullable());

/** A finite number that must be present. */
export const requiredNumber = text
  .refine((s) => NUMBER.test(s), 'must be a number')
  .transform(Number)
  .pipe(z.number().finite());

/** A whole, non-negative count that may be missing ("2416", "7.768e+03"). */
export const optionalCount = optionalNumber.pipe(
  z.number().int('must be a whole number').nonnegative('must not be negative').nullable(),
);

/** A whole, non-negative count that must be present. */
export const requiredCount = requiredNumber.pipe(
  z.number().int('must be a whole number').nonnegative('must not be negative'),
);

export const yearField = text
  .regex(/^\d{4}$/, 'must be a 4-digit year')
  .transform(Number)
  .pipe(z.number().int().min(1900).max(2100));

export const isoDate = text.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
export const optionalIsoDate = text
  .refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), 'date must be YYYY-MM-DD or empty')
  .transform((s) => (s === '' ? null : s));
export const optionalUbigeo = text
  .refine((s) => s === '' || /^\d{6}$/.test(s), 'ubigeo must be 6 digits or empty')
  .transform((s) => (s === '' ? null : s));
export const yesNo = z.enum(['yes', 'no'], 'must be "yes" or "no"').transform((s) => s === 'yes');

/** Parse a CSV whose required columns are exactly the keys of the row schema. */
export function readCsv<S extends z.ZodObject>(
  inputs: RawInputs,
  file: string,
  rowSchema: S,
): z.output<S>[] {
  return parseCsv(inputs.readText(file), file, rowSchema, Object.keys(rowSchema.shape));
}

/** Lower case, accents and punctuation-insensitive spacing: for matching names across files. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}
