/**
 * Manual class breaks, one rule wherever they come from (typed by the user or read from the URL):
 * at most MAX_BREAKS finite numbers, sorted, each once. Anything else is not a set of breaks.
 */

import { MAX_CLASSES } from './palettes';

/** k - 1 breaks make k classes: at most one fewer than the most classes a palette has. */
export const MAX_BREAKS = MAX_CLASSES - 1;

/** Sorted unique breaks, or null when there are none, too many, or one is not a number. */
export function normaliseBreaks(numbers: readonly number[]): number[] | null {
  if (numbers.some((n) => !Number.isFinite(n))) return null;
  // (+ 0 turns -0 into 0, so that a break reads back as it was written)
  const unique = [...new Set(numbers.map((n) => n + 0))].sort((a, b) => a - b);
  return unique.length === 0 || unique.length > MAX_BREAKS ? null : unique;
}

/** A number as people in Peru type it: "1,000" (es-PE grouping), "2.5" or "2,5". */
export function parseTypedNumber(text: string): number {
  text = text.trim();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  return Number(text.replace(',', '.'));
}

/** Breaks as typed: "10; 100; 1,000" or "10 100 1000". */
export function parseTypedBreaks(text: string): number[] | null {
  const parts = text
    .split(/[;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return normaliseBreaks(parts.map(parseTypedNumber));
}

/** Breaks in the URL: plain numbers joined by commas ("10,100,1000"). */
export function parseUrlBreaks(text: string): number[] | null {
  return normaliseBreaks(text.split(',').map((p) => (p.trim() === '' ? NaN : Number(p))));
}

export function formatUrlBreaks(breaks: readonly number[]): string {
  return breaks.join(',');
}
