/** Sentences for a district's value under the current layer, for tooltips and panels. */
import type { FlagCode } from '../data/indicatorSchemas';
import type { DistrictValue, MissingValue, PresentValue } from '../domain/districtValues';
import { carvedAfter2017, type DistrictIndex } from '../domain/districts';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import type { I18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import { formatDecimal, formatWithUnit } from '../i18n/format';
import { LOCALES } from '../i18n/translate';
import { AUTHORITY_KEYS, CONTROL_KEYS } from './legendKeys';
import type { LayerView } from './layerView';

export const FLAG_KEYS: Record<FlagCode, MessageKey> = {
  secondary: 'flag.secondary',
  transcribed: 'flag.transcribed',
  zeroBeforeSplit: 'flag.zeroBeforeSplit',
  partialYear: 'flag.partialYear',
  roundedTo100: 'flag.roundedTo100',
  methodBreak: 'flag.methodBreak',
  disputed: 'flag.disputed',
  yearInferred: 'flag.yearInferred',
  limits2017: 'flag.limits2017',
  limitsChanged: 'flag.limitsChanged',
  parentCopy: 'flag.parentCopy',
};

export function formatPresent({ t, lang }: I18n, def: IndicatorDef, value: PresentValue): string {
  let text = `${formatWithUnit(lang, value.value, def.digits, def.unit[lang])} (${value.year})`;
  if (value.ci) {
    text += ` · ${t('value.ci', {
      low: formatDecimal(lang, value.ci[0], def.digits),
      high: formatDecimal(lang, value.ci[1], def.digits),
    })}`;
  }
  if (value.year !== value.requestedYear) {
    text += ` · ${t('value.fromOtherYear', { year: value.year, requested: value.requestedYear })}`;
  }
  return text;
}

/**
 * The caveats of a value in words. With the district and the index, "limits changed" names the
 * districts created from its territory after 2017.
 */
export function flagsOf(
  i18n: I18n,
  value: DistrictValue,
  where?: { ubigeo: string; index: DistrictIndex },
): string[] {
  if (value.kind !== 'value') return [];
  return value.flags.map((f) => {
    if (f !== 'limitsChanged') return i18n.t(FLAG_KEYS[f]);
    const names = where ? carvedAfter2017(where.index, where.ubigeo).map((d) => d.name) : [];
    return i18n.t(FLAG_KEYS[f], {
      children: names.length > 0 ? names.join(', ') : i18n.t('flag.newDistricts'),
    });
  });
}

/** "Sin dato para 2016 · hay datos de 2007 y 2017": the gap, and where the district has values. */
export function noDataText({ t, lang }: I18n, value: MissingValue): string {
  const text = t('value.noData', { year: value.requestedYear });
  const years = [value.nearest?.before, value.nearest?.after].filter((y): y is number => y != null);
  if (years.length === 0) return text;
  const list = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(
    years.map(String),
  );
  return `${text} · ${t('value.nearestYears', { years: list })}`;
}

export function formatDistrictValue(
  i18n: I18n,
  def: IndicatorDef,
  value: DistrictValue,
  index: DistrictIndex,
): string {
  const { t } = i18n;
  if (value.kind === 'value') return formatPresent(i18n, def, value);
  if (value.missing === 'noData') return noDataText(i18n, value);
  if (value.missing === 'outsideCoverage') return t('missing.outsideCoverage');
  const base = t('value.notYetDistrict', { year: value.requestedYear });
  if (!value.parent) return base;
  const parentName = index.byUbigeo.get(value.parent.ubigeo)?.name ?? value.parent.ubigeo;
  return `${base} ${t('value.parentValue', { parent: parentName, value: formatPresent(i18n, def, value.parent.value) })}`;
}

/** One line on the current layer for a district, or null on the base map. */
export function layerLine(
  i18n: I18n,
  view: LayerView,
  ubigeo: string,
  index: DistrictIndex,
): string | null {
  const { t, lang } = i18n;
  switch (view.kind) {
    case 'base':
      return null;
    case 'indicator': {
      const classified = view.map.byUbigeo.get(ubigeo);
      if (!classified) return null;
      return `${view.indicator.label[lang]}: ${formatDistrictValue(i18n, view.indicator, classified.value, index)}`;
    }
    case 'emergency': {
      const decrees = view.on.byUbigeo.get(ubigeo) ?? [];
      const control = view.control.get(ubigeo);
      if (!control) return t('emergency.none');
      return `${t(CONTROL_KEYS[control])} · ${decrees.map((d) => d.decree).join('; ')}`;
    }
    case 'devida': {
      const subzone = view.zone.get(ubigeo);
      return subzone ? t('devida.subzone', { name: subzone }) : t('devida.outside');
    }
    case 'authorities': {
      const list = view.byUbigeo.get(ubigeo) ?? [];
      return `${t('authority.count', { count: list.length })}: ${list.map((a) => t(AUTHORITY_KEYS[a])).join(', ')}`;
    }
  }
}
