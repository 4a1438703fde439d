import { useMemo, useState } from 'react';
import type { ThemeData } from '../data/loadThemes';
import type { District, DistrictIndex } from '../domain/districts';
import { INDICATORS, type IndicatorDef, type IndicatorKey } from '../domain/indicatorRegistry';
import { tableToCsv } from '../domain/csv';
import { buildTableRows, sortTableRows, type SortKey } from '../domain/table';
import { INITIAL_SORT, nextSort, type SortState } from '../domain/tableSort';
import { useI18n } from '../i18n/I18nContext';
import { flagsOf, formatDistrictValue } from './describeValue';
import { MISSING_KEYS } from './legendKeys';
import { downloadBlob, downloadCsv } from './exportChart';
import { MAX_SELECTED } from '../domain/selection';
import type { DistrictFeature } from '../data/loadAtlas';
import { rowsToGeoJson } from '../domain/geojsonExport';
import { useDialogFocus } from './useDialogFocus';
import { localizeSources } from './sourceText';
import {
  ucdpCountsByDistrict,
  ucdpEventsFor,
  ucdpYearStatus,
  type UcdpYearMode,
} from '../domain/ucdp';
import { ucdpPeriod, ucdpShortText } from './ucdpText';

export interface DistrictTableProps {
  index: DistrictIndex;
  /** The districts the filter keeps, in any order. */
  districts: readonly District[];
  /** District shapes, for the GeoJSON export. */
  shapes: readonly DistrictFeature[];
  /** What the filter keeps, in words (written into the exported files). */
  filterSummary: string;
  theme: ThemeData;
  year: number;
  selected: string | null;
  onSelect: (ubigeo: string) => void;
  /** Districts on the chart and in the comparison; rows can be ticked into it. */
  selection: readonly string[];
  onSelection: (selection: string[]) => void;
  onClose: () => void;
  /** Session imports shown as extra columns after the shipped indicators. */
  imported?: readonly IndicatorDef[];
  /** UCDP GED events counted for the year only, or for every year up to it. */
  ucdpMode?: UcdpYearMode;
}

const NO_IMPORTS: readonly IndicatorDef[] = [];

/** Every indicator for every district of the year: sortable, keyboard-usable, exportable. */
export function DistrictTable({
  index,
  districts,
  shapes,
  filterSummary,
  theme,
  year,
  selected,
  onSelect,
  selection,
  onSelection,
  onClose,
  imported = NO_IMPORTS,
  ucdpMode = 'year',
}: DistrictTableProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [sort, setSort] = useState<SortState>(INITIAL_SORT);
  const { focusRef, onKeyDown } = useDialogFocus<HTMLHeadingElement>(onClose);
  const [separator, setSeparator] = useState<',' | ';'>(';');
  const defs = useMemo(() => [...INDICATORS, ...imported], [imported]);
  const rows = useMemo(
    () => buildTableRows(districts, theme.indicators, theme.starts, year, defs),
    [districts, theme, year, defs],
  );
  const sorted = useMemo(() => sortTableRows(rows, sort.key, sort.direction), [rows, sort]);
  // UCDP GED events per district for the table's year: a count in this copy, or why none.
  const ucdp = useMemo(() => {
    const status = ucdpYearStatus(theme.ucdp.coverage, year, ucdpMode);
    return { status, counts: ucdpCountsByDistrict(ucdpEventsFor(theme.ucdp.events, status)) };
  }, [theme, year, ucdpMode]);
  const sortBy = (key: SortKey) => setSort((s) => nextSort(s, key));
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
          status: t('table.status'),
          low: t('table.low'),
          high: t('table.high'),
          source: t('panel.source'),
          licence: t('table.licence'),
        },
        indicatorLabel: (id: IndicatorKey) => defs.find((d) => d.id === id)?.label[lang] ?? id,
        defs,
        missingText: (v) => (v.kind === 'missing' ? t(MISSING_KEYS[v.missing]) : ''),
        sources: localizeSources(theme.sources, lang),
      }),
      `atlas-vraem-${year}.csv`,
    );

  const exportGeoJson = () => {
    const collection = rowsToGeoJson(sorted, shapes, theme.sources, {
      year,
      description: filterSummary,
      geometryNote: t('table.geometryNote'),
    });
    downloadBlob(
      new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }),
      `atlas-vraem-${year}.geojson`,
    );
  };

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
          {t('table.separator')}{' '}
          <select value={separator} onChange={(e) => setSeparator(e.target.value as ',' | ';')}>
            <option value=";">{t('table.semicolon')}</option>
            <option value=",">{t('table.comma')}</option>
          </select>
        </label>
        <button type="button" onClick={exportCsv}>
          {t('table.exportCsv')}
        </button>
        <button type="button" onClick={exportGeoJson}>
          {t('table.exportGeoJson')}
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
              <th scope="col">
                <span className="sr-only">{t('compare.open')}</span>
              </th>
              {header('name', t('table.district'))}
              {header('province', t('panel.province'))}
              {defs.map((d) => (
                <th key={d.id} scope="col" aria-sort={ariaSort(d.id)}>
                  <button type="button" onClick={() => sortBy(d.id)}>
                    {d.label[lang]}
                    {sort.key === d.id ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
              <th scope="col" className="ucdp-column">
                {t('ucdp.tableHeader', { period: ucdpPeriod(ucdp.status, year) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr
                key={row.district.ubigeo}
                data-ubigeo={row.district.ubigeo}
                aria-selected={row.district.ubigeo === selected}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('table.compare', { name: row.district.name })}
                    checked={selection.includes(row.district.ubigeo)}
                    disabled={
                      !selection.includes(row.district.ubigeo) && selection.length >= MAX_SELECTED
                    }
                    onChange={(e) =>
                      onSelection(
                        e.target.checked
                          ? [...selection, row.district.ubigeo]
                          : selection.filter((u) => u !== row.district.ubigeo),
                      )
                    }
                  />
                </td>
                <th scope="row">
                  <button type="button" onClick={() => onSelect(row.district.ubigeo)}>
                    {row.district.name}
                  </button>
                </th>
                <td>{row.district.province}</td>
                {defs.map((d) => {
                  const value = row.cells[d.id];
                  if (!value) return <td key={d.id} />;
                  const flags = flagsOf(i18n, value, { ubigeo: row.district.ubigeo, index });
                  return (
                    <td
                      key={d.id}
                      data-indicator={d.id}
                      className={value.kind === 'missing' ? 'missing' : 'number'}
                      title={flags.join(' · ') || undefined}
                    >
                      {formatDistrictValue(i18n, d, value, index)}
                      {flags.length > 0 && ' ⚠'}
                    </td>
                  );
                })}
                <td className={ucdp.status.kind === 'rows' ? 'number' : 'missing'}>
                  {ucdpShortText(i18n, ucdp.status, ucdp.counts.get(row.district.ubigeo) ?? 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
