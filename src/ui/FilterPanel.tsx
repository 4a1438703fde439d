import { useId, useState, type ReactNode } from 'react';
import {
  DEFAULT_FILTER,
  isFilterActive,
  MEMBERSHIPS,
  type DistrictFilter,
  type EmergencyFilter,
  type Membership,
} from '../domain/filters';
import { useI18n, type I18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import { formatDate, formatInteger } from '../i18n/format';
import { RangeEditor } from './RangeEditor';
import './filters.css';

export const MEMBERSHIP_KEYS: Record<Membership, MessageKey> = {
  vraem: 'filter.membershipVraem',
  vraem2017: 'filter.membership2017',
  all: 'filter.membershipAll',
  outside: 'filter.membershipOutside',
};

/** The membership option's label; in national scope "all" names the whole country and its count. */
export function membershipLabel(
  t: I18n['t'],
  m: Membership,
  nationalCount: number | null,
  lang: I18n['lang'],
): string {
  return m === 'all' && nationalCount !== null
    ? t('filter.membershipAllPeru', { count: formatInteger(lang, nationalCount) })
    : t(MEMBERSHIP_KEYS[m]);
}

export interface FilterPanelProps {
  filter: DistrictFilter;
  onFilter: (filter: DistrictFilter) => void;
  departments: readonly { code: string; name: string }[];
  provinces: readonly { code: string; name: string; department: string }[];
  /** DEVIDA zones in the data; empty while the theme files load. */
  zones: readonly string[];
  /** Date of the emergency criterion and year of the value ranges. */
  date: string | null;
  year: number | null;
  shown: number;
  universe: number;
  /** Criteria waiting for the theme files. */
  pending: boolean;
  /** The spatial selection controls. */
  children?: ReactNode;
  /** National scope: "all" means every district of Peru, not the five departments. */
  national?: boolean;
}

/** Narrows the districts the list, the table and the map's strong colours show. */
export function FilterPanel(props: FilterPanelProps) {
  const { filter, onFilter, departments, provinces, zones, date, year } = props;
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(isFilterActive(filter));
  const bodyId = useId();
  const set = (patch: Partial<DistrictFilter>) => onFilter({ ...filter, ...patch });
  const toggle = (list: readonly string[], code: string) =>
    list.includes(code) ? list.filter((c) => c !== code) : [...list, code].sort();
  const visibleProvinces = provinces.filter((p) => filter.departments.includes(p.department));

  return (
    <section className="filter-panel" aria-label={t('filter.title')}>
      <label className="search">
        <span>{t('list.search')}</span>
        <input
          type="search"
          value={filter.query}
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      <p className="count" aria-live="polite">
        {t('list.count', { shown: props.shown, total: props.universe })}
        {props.pending && ` ${t('filter.pending')}`}
      </p>
      <div className="filter-actions">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('filter.hide') : t('filter.show')}
        </button>
        {isFilterActive(filter) && (
          <button type="button" onClick={() => onFilter(DEFAULT_FILTER)}>
            {t('filter.clear')}
          </button>
        )}
      </div>
      <div id={bodyId} className="filter-body" hidden={!open}>
        <label>
          <span>{t('filter.membership')}</span>
          <select
            value={filter.membership}
            onChange={(e) => set({ membership: e.target.value as Membership })}
          >
            {MEMBERSHIPS.map((m) => (
              <option key={m} value={m}>
                {membershipLabel(t, m, props.national ? props.universe : null, lang)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('filter.departments')}</legend>
          {departments.map((d) => (
            <label key={d.code} className="check">
              <input
                type="checkbox"
                checked={filter.departments.includes(d.code)}
                onChange={() => {
                  const next = toggle(filter.departments, d.code);
                  // Provinces of a department no longer chosen go with it.
                  const keep = filter.provinces.filter((p) => next.includes(p.slice(0, 2)));
                  set({ departments: next, provinces: keep });
                }}
              />
              {d.name}
            </label>
          ))}
        </fieldset>
        {visibleProvinces.length > 0 && (
          <fieldset>
            <legend>{t('filter.provinces')}</legend>
            {visibleProvinces.map((p) => (
              <label key={p.code} className="check">
                <input
                  type="checkbox"
                  checked={filter.provinces.includes(p.code)}
                  onChange={() => set({ provinces: toggle(filter.provinces, p.code) })}
                />
                {p.name}
              </label>
            ))}
          </fieldset>
        )}
        {zones.length > 0 && (
          <fieldset>
            <legend>{t('filter.devida')}</legend>
            {zones.map((z) => (
              <label key={z} className="check">
                <input
                  type="checkbox"
                  checked={filter.devida.includes(z)}
                  onChange={() => set({ devida: toggle(filter.devida, z) })}
                />
                {z.charAt(0).toUpperCase() + z.slice(1)}
              </label>
            ))}
          </fieldset>
        )}
        {date && (
          <label>
            <span>{t('filter.emergency', { date: formatDate(lang, date) })}</span>
            <select
              value={filter.emergency}
              onChange={(e) => set({ emergency: e.target.value as EmergencyFilter })}
            >
              <option value="any">{t('filter.emergencyAny')}</option>
              <option value="in">{t('filter.emergencyIn')}</option>
              <option value="out">{t('filter.emergencyOut')}</option>
            </select>
          </label>
        )}
        {year !== null && (
          <RangeEditor ranges={filter.ranges} year={year} onRanges={(ranges) => set({ ranges })} />
        )}
        {props.children}
      </div>
    </section>
  );
}
