/** Tooltip and card of an imported event: its file's fields, as text, with the file as source. */
import type { DistrictIndex } from '../../domain/districts';
import { useI18n } from '../../i18n/I18nContext';
import { DATASET_LABEL } from './imported';
import type { ImportedEventRef } from './importedEvents';

function useSourceLabel({ layer }: ImportedEventRef): string {
  const { t } = useI18n();
  return t('import.eventsSource', { file: layer.fileName, dataset: DATASET_LABEL[layer.dataset] });
}

export function ImportedEventTooltip({
  found,
  x,
  y,
}: {
  found: ImportedEventRef;
  x: number;
  y: number;
}) {
  const { t } = useI18n();
  const source = useSourceLabel(found);
  const { event } = found;
  return (
    <div className="map-tooltip" role="status" style={{ left: x + 14, top: y + 14 }}>
      <strong>{event.date}</strong> · {event.type}
      <div>{event.place}</div>
      <div>
        {event.deaths === null
          ? t('incident.deathsUnknown')
          : t('incident.deaths', { count: event.deaths })}
      </div>
      <div className="note">{source}</div>
    </div>
  );
}

export function ImportedEventCard({
  found,
  index,
  onClose,
}: {
  found: ImportedEventRef;
  index: DistrictIndex;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const source = useSourceLabel(found);
  const { event } = found;
  const district = index.byUbigeo.get(event.ubigeo);
  return (
    <aside className="district-panel incident-card" role="dialog" aria-labelledby="incident-title">
      <div className="panel-head">
        <h2 id="incident-title">
          {event.date} · {event.type}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      <dl className="facts">
        <dt>{t('incident.place')}</dt>
        <dd>
          {event.place || '—'}
          {district && (
            <div className="note">
              {district.name}, {district.province}, {district.department} ({district.ubigeo})
            </div>
          )}
        </dd>
        <dt>{t('incident.deathsLabel')}</dt>
        <dd>{event.deaths === null ? t('incident.deathsUnknown') : event.deaths}</dd>
        <dt>{t('incident.actors')}</dt>
        <dd>{event.actors || '—'}</dd>
        <dt>id</dt>
        <dd>{event.id}</dd>
      </dl>
      <h3>{t('panel.sources')}</h3>
      <p>{source}</p>
      <p className="note">{event.source || t('import.noSource')}</p>
    </aside>
  );
}
