/**
 * Small readers for cells of user files: header names that ignore accents and case, numbers
 * written with decimal commas, and ubigeos whose leading zero a spreadsheet dropped.
 */

/** "Año " → "ano", "UBIGEO" → "ubigeo", "Unidad de medida" → "unidad_de_medida". */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Index of the first header whose normalized name is one of `aliases`, or -1. */
export function findColumn(headers: readonly string[], aliases: readonly string[]): number {
  const normalized = headers.map(normalizeHeader);
  for (const alias of aliases) {
    const at = normalized.indexOf(alias);
    if (at !== -1) return at;
  }
  return -1;
}

export type Separator = ';' | ',' | '\t';

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'notANumber' | 'ambiguousNumber' };

const SPACES = /[\s\u00a0\u202f']/g;
const PLAIN = /^[+-]?\d+$/;
const THOUSANDS_DOT = /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/;
const THOUSANDS_COMMA = /^[+-]?[1-9]\d{0,2}(,\d{3})+$/;

/**
 * Reads a number as people write it in Peru and elsewhere: "12,5" and "1.234,5" (decimal comma),
 * "12.5" and "1,234.5" (decimal point), "1 234". When both marks appear, the last one is the
 * decimal mark. "1.234" in a `;` file (where a decimal comma is the custom) could be 1234 or
 * 1.234: it is reported as ambiguous rather than guessed.
 */
export function parseNumber(raw: string, separator: Separator): NumberReading {
  const text = raw.replace(SPACES, '');
  if (text === '') return { ok: false, reason: 'notANumber' };
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let canonical: string;
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole = '', fraction = '', ...rest] = text.split(decimal);
    if (rest.length > 0 || !new RegExp(`^[+-]?[1-9]\\d{0,2}(\\${thousands}\\d{3})+$`).test(whole))
      return { ok: false, reason: 'notANumber' };
    canonical = `${whole.split(thousands).join('')}.${fraction}`;
  } else if (lastComma !== -1) {
    if (separator === ',' && THOUSANDS_COMMA.test(text)) canonical = text.replace(/,/g, '');
    else canonical = text.replace(',', '.');
  } else if (lastDot !== -1) {
    if (THOUSANDS_DOT.test(text)) {
      const groups = text.split('.').length - 1;
      if (groups >= 2) canonical = text.replace(/\./g, '');
      else if (separator === ';') return { ok: false, reason: 'ambiguousNumber' };
      else canonical = text;
    } else canonical = text;
  } else canonical = text;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(canonical) && !PLAIN.test(canonical))
    return { ok: false, reason: 'notANumber' };
  const value = Number(canonical);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'notANumber' };
}

/** "50401" → "050401" (a spreadsheet read it as a number); null when it is not a ubigeo at all. */
export function normalizeUbigeo(raw: string): string | null {
  const text = raw.replace(SPACES, '');
  if (/^\d{6}$/.test(text)) return text;
  if (/^\d{5}$/.test(text)) return `0${text}`;
  // "50401.0" from a spreadsheet that stored it as a float.
  const float = /^(\d{5,6})\.0+$/.exec(text);
  if (float?.[1]) return float[1].padStart(6, '0');
  return null;
}

/** A four-digit year in the range the data schemas accept, else null. */
export function parseYear(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2100 ? year : null;
}
