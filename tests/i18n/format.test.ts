import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDecimal,
  formatInteger,
  formatShare,
  formatWithUnit,
} from '../../src/i18n/format';

// Expected strings are what CLDR defines for es-PE and en (comma thousands, point decimals in
// Peru), checked against Intl itself so the test follows the runtime's CLDR, plus literal values
// from MISSION.md that a briefing would print.
describe('number formatting', () => {
  it('prints the VRAEM 2016 coca area as "20,304" in both languages', () => {
    expect(formatInteger('es', 20304)).toBe('20,304');
    expect(formatInteger('en', 20304)).toBe('20,304');
  });

  it('uses the locale for decimals instead of hand-rolled separators', () => {
    expect(formatDecimal('es', 1234.5, 1)).toBe(
      new Intl.NumberFormat('es-PE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        1234.5,
      ),
    );
    expect(formatDecimal('en', 1234.56, 1)).toBe('1,234.6');
  });

  it('prints a share as a percentage with one decimal', () => {
    expect(formatShare('es', 0.49)).toMatch(/^49\.0\s?%$/);
    expect(formatShare('en', 0.49)).toBe('49.0%');
  });

  it('a value in % reads like a share, Intl\'s way: "45.3%" in both languages, never "45.3 %"', () => {
    expect(formatWithUnit('es', 45.3, 1, '%')).toBe(formatShare('es', 0.453, 1));
    expect(formatWithUnit('en', 45.3, 1, '%')).toBe('45.3%');
    expect(formatWithUnit('es', 45.3, 1, '%')).not.toMatch(/\s%/);
    expect(formatWithUnit('en', 2168, 0, 'ha')).toBe('2,168 ha');
  });
});

describe('formatDate', () => {
  it('writes a day in each language, the same each time, and leaves a non-date as it came', () => {
    const es = formatDate('es', '2023-11-01');
    const en = formatDate('en', '2023-11-01');
    expect(es).toMatch(/^1 nov\.? 2023$/);
    expect(en).toBe('Nov 1, 2023');
    // One formatter per language is kept: switching back gives the first language's text again.
    expect(formatDate('es', '2023-11-01')).toBe(es);
    expect(formatDate('en', '2024-02-29')).toBe('Feb 29, 2024');
    expect(formatDate('es', 'no es fecha')).toBe('no es fecha');
  });
});
