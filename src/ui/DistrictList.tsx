import { useMemo, useState } from 'react';
import type { District } from '../domain/districts';
import { matchesQuery } from '../domain/search';
import { useI18n } from '../i18n/I18nContext';

export interface DistrictListProps {
  districts: readonly District[];
  selected: string | null;
  onSelect: (ubigeo: string) => void;
}

/**
 * The VRAEM districts as a searchable list: a keyboard and no-WebGL path to every district panel.
 */
export function DistrictList({ districts, selected, onSelect }: DistrictListProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const visible = useMemo(
    () =>
      districts
        .filter((d) => matchesQuery(query, [d.name, d.province, d.department, d.ubigeo]))
        .sort((a, b) => a.name.localeCompare(b.name, 'es')),
    [districts, query],
  );
  return (
    <nav className="district-list" aria-label={t('list.title')}>
      <h2>{t('list.title')}</h2>
      <label className="search">
        <span>{t('list.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="count" aria-live="polite">
        {t('list.count', { shown: visible.length, total: districts.length })}
      </p>
      <ul>
        {visible.map((d) => (
          <li key={d.ubigeo}>
            <button
              type="button"
              aria-pressed={d.ubigeo === selected}
              onClick={() => onSelect(d.ubigeo)}
            >
              <span className="name">{d.name}</span>
              <span className="where">
                {d.province}, {d.department}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
