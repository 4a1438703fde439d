import { useMemo, type ReactNode } from 'react';
import type { District } from '../domain/districts';
import { useI18n } from '../i18n/I18nContext';

export interface DistrictListProps {
  districts: readonly District[];
  selected: string | null;
  onSelect: (ubigeo: string) => void;
  /** The filter above the list (search, criteria, count). */
  children?: ReactNode;
}

/**
 * The filtered districts as a list: a keyboard and no-WebGL path to every district panel.
 */
export function DistrictList({ districts, selected, onSelect, children }: DistrictListProps) {
  const { t } = useI18n();
  const visible = useMemo(
    () => [...districts].sort((a, b) => a.name.localeCompare(b.name, 'es')),
    [districts],
  );
  return (
    <nav className="district-list" aria-label={t('list.title')}>
      <h2>{t('list.title')}</h2>
      {children}
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
