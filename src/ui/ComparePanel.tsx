import { useMemo } from 'react';
import type { ThemeData } from '../data/loadThemes';
import { compareProfiles, MIN_COMPARED } from '../domain/compare';
import type { DistrictIndex } from '../domain/districts';
import { indicatorById } from '../domain/indicatorRegistry';
import { buildTableRows } from '../domain/table';
import { useI18n } from '../i18n/I18nContext';
import { flagsOf, formatDistrictValue } from './describeValue';
import './compare.css';

export interface ComparePanelProps {
  index: DistrictIndex;
  theme: ThemeData;
  /** The chart selection: the districts compared, in order. */
  selection: readonly string[];
  year: number;
  onSelect: (ubigeo: string) => void;
  onRemove: (ubigeo: string) => void;
  onClose: () => void;
}

/** 2–6 districts side by side: every indicator for the year, its vintage, and its VRAEM rank. */
export function ComparePanel(props: ComparePanelProps) {
  const { index, theme, selection, year } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const profile = useMemo(() => {
    const districts = selection.flatMap((u) => index.byUbigeo.get(u) ?? []);
    const compared = buildTableRows(districts, theme.indicators, theme.starts, year);
    const reference = buildTableRows(index.vraem, theme.indicators, theme.starts, year);
    return compareProfiles(compared, reference);
  }, [index, theme, selection, year]);

  return (
    <section className="district-table compare-panel" aria-labelledby="compare-title">
      <div className="table-head">
        <h2 id="compare-title">{t('compare.title', { year })}</h2>
        <button
          type="button"
          className="close"
          onClick={props.onClose}
          aria-label={t('panel.close')}
        >
          ×
        </button>
      </div>
      {profile.districts.length < MIN_COMPARED ? (
        <p className="note">{t('compare.empty')}</p>
      ) : (
        <>
          <p className="note">
            {t('compare.note')}
            {profile.leftOut > 0 && ` ${t('compare.leftOut', { count: profile.leftOut })}`}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('compare.indicator')}</th>
                  {profile.districts.map((d) => (
                    <th key={d.ubigeo} scope="col">
                      <button type="button" onClick={() => props.onSelect(d.ubigeo)}>
                        {d.name}
                      </button>
                      <span className="where">
                        {d.province}, {d.department}
                      </span>
                      <button
                        type="button"
                        className="remove"
                        aria-label={t('compare.remove', { name: d.name })}
                        onClick={() => props.onRemove(d.ubigeo)}
                      >
                        ×
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {profile.rows.map((row) => {
                  const def = indicatorById(row.indicator);
                  return (
                    <tr key={row.indicator} data-indicator={row.indicator}>
                      <th scope="row">{def.label[lang]}</th>
                      {row.cells.map((cell, i) => {
                        const value = cell.value;
                        const ubigeo = profile.districts[i]?.ubigeo;
                        const flags = value
                          ? flagsOf(i18n, value, ubigeo ? { ubigeo, index } : undefined)
                          : [];
                        return (
                          <td
                            key={profile.districts[i]?.ubigeo ?? i}
                            className={value?.kind === 'value' ? 'number' : 'missing'}
                          >
                            {value ? formatDistrictValue(i18n, def, value, index) : ''}
                            {cell.rank && (
                              <span className="rank">
                                {t('compare.rank', { rank: cell.rank.rank, of: cell.rank.of })}
                              </span>
                            )}
                            {flags.length > 0 && (
                              <span className="flags">⚠ {flags.join(' · ')}</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
