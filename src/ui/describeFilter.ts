/** The filter in words, for exported files and the compare view: what was kept, and how. */
import type { DistrictFilter } from '../domain/filters';
import { indicatorById } from '../domain/indicatorRegistry';
import type { I18n } from '../i18n/I18nContext';
import { formatDecimal } from '../i18n/format';
import { membershipLabel } from './FilterPanel';
import { OP_SYMBOLS } from './RangeEditor';

export function describeFilter(
  { t, lang }: I18n,
  filter: DistrictFilter,
  names: { department: (code: string) => string; province: (code: string) => string },
  context: { date: string | null; year: number | null; nationalCount?: number | null },
): string {
  const parts = [membershipLabel(t, filter.membership, context.nationalCount ?? null, lang)];
  if (filter.query.trim()) parts.push(`${t('list.search')}: "${filter.query.trim()}"`);
  if (filter.departments.length > 0)
    parts.push(
      `${t('filter.departments')}: ${filter.departments.map(names.department).join(', ')}`,
    );
  if (filter.provinces.length > 0)
    parts.push(`${t('filter.provinces')}: ${filter.provinces.map(names.province).join(', ')}`);
  if (filter.devida.length > 0) parts.push(`${t('filter.devida')}: ${filter.devida.join(', ')}`);
  if (filter.emergency !== 'any' && context.date) {
    const key = filter.emergency === 'in' ? 'filter.emergencyIn' : 'filter.emergencyOut';
    parts.push(`${t('filter.emergency', { date: context.date })}: ${t(key)}`);
  }
  for (const r of filter.ranges) {
    const def = indicatorById(r.indicator);
    parts.push(
      `${def.label[lang]} ${OP_SYMBOLS[r.op]} ${formatDecimal(lang, r.value, def.digits)} (${context.year ?? '—'})`,
    );
  }
  return parts.join('; ');
}
