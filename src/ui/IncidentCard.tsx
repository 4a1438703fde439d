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
  // Place, actors, perpetrator and notes are transcribed as the data gatherers wrote them, in
  // English (with Spanish quotes): not translated, marked as English in the Spanish interface.
  const source = lang === 'es' ? 'en' : undefined;
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
        <dd lang={source}>{incident.place || '—'}</dd>
        <dt>{t('incident.deathsLabel')}</dt>
        <dd>
          {deaths === null ? t('incident.deathsUnknown') : deaths}
          {incident.deathsAsPublished && (
            <div className="note" lang={source}>
              {incident.deathsAsPublished}
            </div>
          )}
        </dd>
        <dt>{t('incident.injured')}</dt>
        <dd>{incident.injured ?? '—'}</dd>
        <dt>{t('incident.actors')}</dt>
        <dd lang={source}>{incident.actors || '—'}</dd>
        <dt>{t('incident.perpetrator')}</dt>
        <dd lang={source}>{incident.perpetrator || '—'}</dd>
      </dl>
      {incident.dateNote && (
        <p className="note" lang={source}>
          {incident.dateNote}
        </p>
      )}
      {incident.note && (
        <p className="note" lang={source}>
          {incident.note}
        </p>
      )}
      {source && <p className="note source-language">{t('incident.textInEnglish')}</p>}
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
