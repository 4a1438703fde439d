import { describe, expect, it } from 'vitest';
import { parseBreaks } from '../../src/ui/ManualBreaks';

describe('parseBreaks', () => {
  it('reads semicolons or spaces, sorts and de-duplicates', () => {
    expect(parseBreaks('1000; 100 10;100')).toEqual([10, 100, 1000]);
  });
  it('reads es-PE grouping commas as thousands: "1,000" is one thousand', () => {
    expect(parseBreaks('500; 1,000; 2,500.5')).toEqual([500, 1000, 2500.5]);
  });
  it('reads a lone decimal comma as a decimal: "2,5" is two and a half', () => {
    expect(parseBreaks('2,5; 10')).toEqual([2.5, 10]);
  });
  it('refuses text, empty input and more than 8 breaks', () => {
    expect(parseBreaks('10; diez')).toBeNull();
    expect(parseBreaks('  ')).toBeNull();
    expect(parseBreaks('1 2 3 4 5 6 7 8 9')).toBeNull();
  });
});
