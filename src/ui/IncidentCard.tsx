import type { Incident } from '../data/indicatorSchemas';
import { incidentDeaths } from '../domain/incidents';
import { useI18n } from '../i18n/I18nContext';
import { useDialogFocus } from './useDialogFocus';

/** A pinned incident: everything the source says, with its links. */
export function IncidentCard({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const { t, lang } = useI18n();
  const deaths = incidentDeaths(incident);
  const { focusRef, onKeyDown } = useDialogFocus<HTMLHeadingElement>(onClose);
  const link = (url: string) => (url.startsWith('http') ? url : `https://${url}`);
  return (
    <aside
      className="district-panel incident-card"
      role="dialog"
      aria-labelledby="incident-title"
      onKeyDown={onKeyDown}
    >
      <div className="panel-head">
        <h2 id="incident-title" ref={focusRef} tabIndex={-1}>
          {incident.date} · {incident.typeLabel?.[lang] ?? incident.type}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      <dl className="facts">
        <dt>{t('incident.place')}</dt>
        <dd>{incident.place || '—'}</dd>
        <dt>{t('incident.deathsLabel')}</dt>
        <dd>
          {deaths === null ? t('incident.deathsUnknown') : deaths}
          {incident.deathsAsPublished && <div className="note">{incident.deathsAsPublished}</div>}
        </dd>
        <dt>{t('incident.injured')}</dt>
        <dd>{incident.injured ?? '—'}</dd>
        <dt>{t('incident.actors')}</dt>
        <dd>{incident.actors || '—'}</dd>
        <dt>{t('incident.perpetrator')}</dt>
        <dd>{incident.perpetrator || '—'}</dd>
      </dl>
      {incident.dateNote && <p className="note">{incident.dateNote}</p>}
      {incident.note && <p className="note">{incident.note}</p>}
      <p className="note">{t('incident.approximate')}</p>
      <h3>{t('panel.sources')}</h3>
      <ul className="source-links">
        {incident.sourceUrls.map((url) => (
          <li key={url}>
            <a href={link(url)} target="_blank" rel="noreferrer noopener">
              {url}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
