import { describe, expect, it } from 'vitest';
import {
  formatUrlBreaks,
  parseTypedBreaks,
  parseTypedNumber,
  parseUrlBreaks,
} from '../../src/domain/breaks';

describe('parseTypedBreaks', () => {
  it('reads semicolons or spaces, sorts and de-duplicates', () => {
    expect(parseTypedBreaks('1000; 100 10;100')).toEqual([10, 100, 1000]);
  });
  it('reads es-PE grouping commas as thousands: "1,000" is one thousand', () => {
    expect(parseTypedBreaks('500; 1,000; 2,500.5')).toEqual([500, 1000, 2500.5]);
  });
  it('reads a lone decimal comma as a decimal: "2,5" is two and a half', () => {
    expect(parseTypedBreaks('2,5; 10')).toEqual([2.5, 10]);
    expect(parseTypedNumber('-0,5')).toBe(-0.5);
  });
  it('refuses text, empty input and more than 8 breaks', () => {
    expect(parseTypedBreaks('10; diez')).toBeNull();
    expect(parseTypedBreaks('  ')).toBeNull();
    expect(parseTypedBreaks('1 2 3 4 5 6 7 8 9')).toBeNull();
    // Eight different breaks, one repeated: still eight.
    expect(parseTypedBreaks('1 2 3 4 5 6 7 8 8')).toHaveLength(8);
  });
});

describe('breaks in the URL', () => {
  it('follow the same rule as typed ones and read back as written', () => {
    expect(parseUrlBreaks('1000,10,100,10')).toEqual([10, 100, 1000]);
    expect(parseUrlBreaks('1,2,3,4,5,6,7,8,9')).toBeNull();
    expect(parseUrlBreaks('-0,2.5')).toEqual([0, 2.5]);
    const typed = parseTypedBreaks('2,5; 1,000; -3');
    if (!typed) throw new Error('expected breaks');
    expect(parseUrlBreaks(formatUrlBreaks(typed))).toEqual(typed);
  });
});
