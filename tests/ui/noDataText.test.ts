import { describe, expect, it } from 'vitest';
import type { MissingValue } from '../../src/domain/districtValues';
import type { I18n } from '../../src/i18n/I18nContext';
import { translate, type Lang } from '../../src/i18n/translate';
import { formatDistrictValue, noDataText } from '../../src/ui/describeValue';
import { indexDistricts } from '../../src/domain/districts';
import { indicatorById } from '../../src/domain/indicatorRegistry';

const i18n = (lang: Lang): I18n => ({ lang, t: (key, params) => translate(lang, key, params) });
const gap = (nearest?: MissingValue['nearest']): MissingValue => ({
  kind: 'missing',
  missing: 'noData',
  requestedYear: 2016,
  parent: null,
  ...(nearest ? { nearest } : {}),
});

describe('noDataText: the gap, and the years the district does have', () => {
  it('names both neighbours, in each language', () => {
    expect(noDataText(i18n('es'), gap({ before: 2007, after: 2017 }))).toBe(
      'Sin dato para 2016 · hay datos de 2007 y 2017',
    );
    expect(noDataText(i18n('en'), gap({ before: 2007, after: 2017 }))).toBe(
      'No data for 2016 · data exist for 2007 and 2017',
    );
  });
  it('one neighbour only (HDI: 2019)', () => {
    expect(noDataText(i18n('es'), gap({ before: null, after: 2019 }))).toBe(
      'Sin dato para 2016 · hay datos de 2019',
    );
  });
  it('no neighbour: the plain gap', () => {
    expect(noDataText(i18n('es'), gap())).toBe('Sin dato para 2016');
    expect(noDataText(i18n('en'), gap())).toBe('No data for 2016');
  });
  it('formatDistrictValue (panel, table, comparison, tooltip) says the same', () => {
    const index = indexDistricts([]);
    expect(
      formatDistrictValue(
        i18n('es'),
        indicatorById('hdi'),
        gap({ before: null, after: 2019 }),
        index,
      ),
    ).toBe('Sin dato para 2016 · hay datos de 2019');
  });
});
