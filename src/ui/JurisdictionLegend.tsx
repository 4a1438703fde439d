import { useI18n } from '../i18n/I18nContext';
import { jurisdictionLegend, type JurisdictionView } from './legendModel';
import { LegendKey } from './LegendKey';

/**
 * The emergency, DEVIDA and authorities legends: the key from legendModel (the PNG export draws
 * the same), then what only the screen shows: the decrees in force, their flags, the caveats.
 */
export function JurisdictionLegend({ view }: { view: JurisdictionView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const model = jurisdictionLegend(i18n, view);
  const head = (
    <>
      <h2 id="legend-title">{model.title}</h2>
      <LegendKey items={model.items} />
      {model.notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
    </>
  );
  if (view.kind === 'emergency') {
    return (
      <section className="legend jurisdiction-legend" aria-labelledby="legend-title" tabIndex={0}>
        {head}
        <ul className="decrees">
          {view.on.inForce.map((d) => (
            <li key={d.id}>
              <a href={d.sourceUrl} target="_blank" rel="noreferrer noopener">
                {d.decree}
              </a>{' '}
              {d.start} → {d.end} · {d.controlAsPublished || t('emergency.notStated')}
              {d.otherSourceUrls.map((url, i) => (
                <span key={url}>
                  {' '}
                  <a href={url} target="_blank" rel="noreferrer noopener">
                    [{i + 2}]
                  </a>
                </span>
              ))}
              {d.ubigeos.length === 0 ? (
                <strong className="flag">
                  {' '}
                  ·{' '}
                  {d.districtsStated === null
                    ? t('emergency.noList')
                    : t('emergency.noListStated', { count: d.districtsStated })}
                </strong>
              ) : (
                !d.listComplete && (
                  <strong className="flag"> · {t('emergency.listIncomplete')}</strong>
                )
              )}
            </li>
          ))}
        </ul>
        {view.on.undated.length > 0 && (
          <p className="note">
            {t('emergency.undated', { list: view.on.undated.map((d) => d.decree).join('; ') })}
          </p>
        )}
        <p className="caveat">{t('emergency.caveat')}</p>
      </section>
    );
  }
  if (view.kind === 'devida') {
    return (
      <section className="legend jurisdiction-legend" aria-labelledby="legend-title" tabIndex={0}>
        {head}
        <p className="caveat">{t('devida.caveat')}</p>
      </section>
    );
  }
  return (
    <section className="legend jurisdiction-legend" aria-labelledby="legend-title" tabIndex={0}>
      {head}
      <p className="caveat">{t('authority.rules')}</p>
    </section>
  );
}
