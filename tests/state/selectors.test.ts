import { describe, expect, it } from 'vitest';
import { indicatorById } from '../../src/domain/indicatorRegistry';
import { effectiveClassification, effectiveYear } from '../../src/state/selectors';
import { DEFAULT_URL_STATE } from '../../src/state/urlState';

describe('effectiveYear', () => {
  const coca = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020];
  it('keeps a requested year inside the span, even one without data', () => {
    expect(effectiveYear(2015, coca)).toBe(2015);
    expect(effectiveYear(2016, [2007, 2009, 2013, 2018])).toBe(2016);
  });
  it('a year outside the span falls back to the latest year with data', () => {
    expect(effectiveYear(2024, coca)).toBe(2020);
    expect(effectiveYear(2001, coca)).toBe(2020);
  });
  it('no year requested: the latest', () => {
    expect(effectiveYear(null, coca)).toBe(2020);
  });
  it('no data: no year', () => {
    expect(effectiveYear(2015, [])).toBeNull();
  });
});

describe('effectiveClassification', () => {
  const coca = indicatorById('coca_ha');
  it("uses the indicator's default when the link says nothing", () => {
    expect(effectiveClassification(DEFAULT_URL_STATE, coca)).toEqual({
      method: 'jenks',
      classes: 5,
      manualBreaks: [],
    });
  });
  it('manual without breaks falls back to the default (an empty manual legend would be one class)', () => {
    expect(effectiveClassification({ ...DEFAULT_URL_STATE, method: 'manual' }, coca).method).toBe(
      'jenks',
    );
  });
  it('manual with breaks keeps them', () => {
    expect(
      effectiveClassification(
        { ...DEFAULT_URL_STATE, method: 'manual', breaks: [100, 1000] },
        coca,
      ),
    ).toEqual({
      method: 'manual',
      classes: 5,
      manualBreaks: [100, 1000],
    });
  });
});
