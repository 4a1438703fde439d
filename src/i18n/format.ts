import { LOCALES, type Lang } from './translate';

// Intl formatters are costly to build; keep one per language and shape.
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** An integer count, e.g. 20304 → "20,304" in es-PE (CLDR) and en. */
export function formatInteger(lang: Lang, value: number): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A decimal with a fixed number of fraction digits. */
export function formatDecimal(lang: Lang, value: number, digits: number): string {
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share 0..1 as a percentage, e.g. 0.49 → "49.0%" (what CLDR gives es-PE and en). */
export function formatShare(lang: Lang, share: number, digits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/**
 * A value with its unit, e.g. "2,168 ha", "41.3%", "0.512". Percentages are Intl's, as every
 * share in the atlas is ("41.3%" beside "46%", never "41.3 %").
 */
export function formatWithUnit(lang: Lang, value: number, digits: number, unit: string): string {
  if (unit === '%') return formatShare(lang, value / 100, digits);
  const number = formatDecimal(lang, value, digits);
  // An imported file that states no unit: the number alone (the legend says the unit is missing).
  if (unit.trim() === '') return number;
  if (unit === 'S/') return `S/ ${number}`;
  if (unit.startsWith('índice') || unit.startsWith('index')) return number;
  return `${number} ${unit}`;
}

/** A calendar date (YYYY-MM-DD) as people read it: "4 abr. 2018" / "Apr 4, 2018". */
/** One date formatter per language: building one costs ~0.1 ms, and a year step formats dozens. */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

export function formatDate(lang: Lang, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}
