import { useEffect, type ReactNode } from 'react';
import type { SourceRef } from '../data/schemas';
import {
  carvedAfter2017,
  districtVintage,
  type District,
  type DistrictIndex,
} from '../domain/districts';
import { useI18n } from '../i18n/I18nContext';
import { SourceList } from './SourceList';
import { useDialogFocus } from './useDialogFocus';
import { formatDecimal, formatInteger, formatShare } from '../i18n/format';

export interface DistrictPanelProps {
  district: District;
  index: DistrictIndex;
  sources: readonly SourceRef[];
  onClose: () => void;
  /** The indicators section, once the theme data is in. */
  children?: ReactNode;
  /** Actions under the title (e.g. add to chart). */
  actions?: ReactNode;
}

function LineageSection({ district, index }: { district: District; index: DistrictIndex }) {
  const { t, lang } = useI18n();
  const lineage = district.lineage;
  const carved = carvedAfter2017(index, district.ubigeo);
  if (!lineage && carved.length === 0) return null;
  // Every 2007 district holding at least 15 % of its area: "San Miguel (050501) 64 % y Santa
  // Rosa (050507) 35 %" for a district carved from two.
  const parent = lineage?.parents2007
    .map(
      (p) =>
        `${index.byUbigeo.get(p.ubigeo)?.name ?? p.name} (${p.ubigeo}) ${formatShare(lang, p.shareOfArea, 0)}`,
    )
    .join(t('panel.and'));
  const stated = lineage?.stated;
  return (
    <section className="lineage" aria-labelledby="lineage-title">
      <h3 id="lineage-title">{t('panel.lineageTitle')}</h3>
      {parent && (
        <p data-testid="lineage-text">
          {t(
            districtVintage(district) === 'createdAfter2017'
              ? 'panel.createdAfter2017'
              : 'panel.createdAfter2007',
            { parent },
          )}
        </p>
      )}
      {carved.length > 0 && (
        <p data-testid="lineage-carved">
          {t('panel.carvedAfter2017', { names: carved.map((d) => d.name).join(', ') })}
        </p>
      )}
      {stated && stated.parentAsStated && (
        <p>
          {t('panel.statedParent', {
            source: stated.sourceUrl ? new URL(stated.sourceUrl).hostname : '—',
            parent: stated.parentAsStated,
          })}
          {stated.law && ` ${t('panel.law', { law: stated.law })}`}
        </p>
      )}
      {lineage && <p className="method">{t('panel.lineageMethod')}</p>}
    </section>
  );
}

export function DistrictPanel({
  district,
  index,
  sources,
  onClose,
  children,
  actions,
}: DistrictPanelProps) {
  const { t, lang } = useI18n();
  const { focusRef, onKeyDown } = useDialogFocus<HTMLHeadingElement>(onClose);
  // Another district picked while the panel is open: its name is read out again.
  useEffect(() => focusRef.current?.focus(), [district.ubigeo, focusRef]);

  return (
    <aside
      className="district-panel"
      role="dialog"
      aria-labelledby="district-panel-title"
      onKeyDown={onKeyDown}
    >
      <div className="panel-head">
        <h2 id="district-panel-title" ref={focusRef} tabIndex={-1}>
          {district.name}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      {actions && <div className="panel-actions">{actions}</div>}
      <dl className="facts">
        <dt>{t('panel.ubigeo')}</dt>
        <dd>{district.ubigeo}</dd>
        <dt>{t('panel.province')}</dt>
        <dd>{district.province}</dd>
        <dt>{t('panel.department')}</dt>
        <dd>{district.department}</dd>
        <dt>{t('panel.area')}</dt>
        <dd>{t('units.km2', { value: formatDecimal(lang, district.areaKm2, 1) })}</dd>
        <dt>{t('panel.population2017')}</dt>
        <dd className={district.population2017 === null ? 'missing' : undefined}>
          {district.population2017 === null
            ? t('panel.populationMissing')
            : formatInteger(lang, district.population2017)}
        </dd>
        <dt>{t('panel.vraemStatus')}</dt>
        <dd>
          {district.vraem ? t('panel.vraemYes') : t('panel.vraemNo')}
          {district.vraem && <div className="note">{t('panel.vraemSplitUnknown')}</div>}
        </dd>
      </dl>
      <LineageSection district={district} index={index} />
      {children}
      <details className="panel-sources">
        <summary>{t('panel.sources')}</summary>
        <SourceList sources={sources} />
      </details>
      <p className="hint">{t('panel.hint')}</p>
    </aside>
  );
}
