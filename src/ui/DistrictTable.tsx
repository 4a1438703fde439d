import { useMemo, useState } from 'react';
import type { IndicatorId } from '../data/indicatorSchemas';
import type { ThemeData } from '../data/loadThemes';
import type { DistrictIndex } from '../domain/districts';
import { INDICATORS } from '../domain/indicatorRegistry';
import { buildTableRows, sortTableRows, tableToCsv, type SortKey } from '../domain/table';
import { useI18n } from '../i18n/I18nContext';
import { flagsOf, formatDistrictValue } from './describeValue';
import { MISSING_KEYS } from './ChoroplethLegend';
import { downloadCsv } from './exportChart';
import { useDialogFocus } from './useDialogFocus';
import { localizeSources } from './sourceText';

export interface DistrictTableProps {
  index: DistrictIndex;
  theme: ThemeData;
  year: number;
  selected: string | null;
  onSelect: (ubigeo: string) => void;
  onClose: () => void;
}

/** Every indicator for every district of the year: sortable, keyboard-usable, exportable. */
export function DistrictTable({
  index,
  theme,
  year,
  selected,
  onSelect,
  onClose,
}: DistrictTableProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [scope, setScope] = useState<'vraem' | 'all'>('vraem');
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({
    key: 'name',
    direction: 'asc',
  });
  const { focusRef, onKeyDown } = useDialogFocus<HTMLHeadingElement>(onClose);
  const [separator, setSeparator] = useState<',' | ';'>(';');
  const rows = useMemo(
    () =>
      buildTableRows(
        scope === 'vraem' ? index.vraem : index.list,
        theme.indicators,
        theme.starts,
        year,
      ),
    [scope, index, theme, year],
  );
  const sorted = useMemo(() => sortTableRows(rows, sort.key, sort.direction), [rows, sort]);
  const sortBy = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'asc' ? 'desc' : key === 'name' ? 'asc' : 'desc',
    }));
  const ariaSort = (key: SortKey) =>
    sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={ariaSort(key)}>
      <button type="button" onClick={() => sortBy(key)}>
        {label}
        {sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const exportCsv = () =>
    downloadCsv(
      tableToCsv(sorted, {
        separator,
        headers: {
          ubigeo: 'ubigeo',
          name: t('table.district'),
          province: t('panel.province'),
          department: t('panel.department'),
          vraem: 'VRAEM',
          year: t('year.label'),
          source: t('panel.source'),
          licence: t('table.licence'),
        },
        indicatorLabel: (id: IndicatorId) => INDICATORS.find((d) => d.id === id)?.label[lang] ?? id,
        missingText: (v) => (v.kind === 'missing' ? t(MISSING_KEYS[v.missing]) : ''),
        sources: localizeSources(theme.sources, lang),
      }),
      `atlas-vraem-${scope}-${year}.csv`,
    );

  return (
    <section
      className="district-table"
      aria-labelledby="district-table-title"
      onKeyDown={onKeyDown}
    >
      <div className="table-head">
        <h2 id="district-table-title" ref={focusRef} tabIndex={-1}>
          {t('table.title', { year, count: sorted.length })}
        </h2>
        <label>
          {t('table.scope')}{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value as 'vraem' | 'all')}>
            <option value="vraem">{t('table.scopeVraem')}</option>
            <option value="all">{t('table.scopeAll')}</option>
          </select>
        </label>
        <label>
          {t('table.separator')}{' '}
          <select value={separator} onChange={(e) => setSeparator(e.target.value as ',' | ';')}>
            <option value=";">{t('table.semicolon')}</option>
            <option value=",">{t('table.comma')}</option>
          </select>
        </label>
        <button type="button" onClick={exportCsv}>
          {t('table.exportCsv')}
        </button>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      <p className="note">{t('table.note')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {header('name', t('table.district'))}
              {header('province', t('panel.province'))}
              {INDICATORS.map((d) => (
                <th key={d.id} scope="col" aria-sort={ariaSort(d.id)}>
                  <button type="button" onClick={() => sortBy(d.id)}>
                    {d.label[lang]}
                    {sort.key === d.id ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.district.ubigeo} aria-selected={row.district.ubigeo === selected}>
                <th scope="row">
                  <button type="button" onClick={() => onSelect(row.district.ubigeo)}>
                    {row.district.name}
                  </button>
                </th>
                <td>{row.district.province}</td>
                {INDICATORS.map((d) => {
                  const value = row.cells[d.id];
                  if (!value) return <td key={d.id} />;
                  const flags = flagsOf(i18n, value);
                  return (
                    <td
                      key={d.id}
                      className={value.kind === 'missing' ? 'missing' : 'number'}
                      title={flags.join(' · ') || undefined}
                    >
                      {formatDistrictValue(i18n, d, value, index)}
                      {flags.length > 0 && ' ⚠'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
