import type { AuthorityId } from '../domain/authorities';
import type { EmergencyControl } from '../domain/emergency';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import { COLORS, rgbaCss } from '../map/palette';
import {
  AUTHORITY_COUNT_COLOURS,
  DEVIDA_COLOURS,
  EMERGENCY_COLOURS,
  type LayerView,
} from './layerView';

export const CONTROL_KEYS: Record<EmergencyControl, MessageKey> = {
  armedForces: 'emergency.armedForces',
  police: 'emergency.police',
  joint: 'emergency.joint',
  notStated: 'emergency.notStated',
  mixed: 'emergency.mixed',
};

export const AUTHORITY_KEYS: Record<AuthorityId, MessageKey> = {
  regionalGovernment: 'authority.regionalGovernment',
  provincialMunicipality: 'authority.provincialMunicipality',
  districtMunicipality: 'authority.districtMunicipality',
  nationalPolice: 'authority.nationalPolice',
  armedForces: 'authority.armedForces',
  devida: 'authority.devida',
  vraemStrategy: 'authority.vraemStrategy',
};

function countBy<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} />;
}

type JurisdictionView = Extract<LayerView, { kind: 'emergency' | 'devida' | 'authorities' }>;

export function JurisdictionLegend({ view }: { view: JurisdictionView }) {
  const { t } = useI18n();
  const none = <Swatch colour={rgbaCss(COLORS.contextFill)} />;
  if (view.kind === 'emergency') {
    const counts = countBy(view.control.values());
    return (
      <section className="legend jurisdiction-legend" aria-labelledby="legend-title" tabIndex={0}>
        <h2 id="legend-title">{t('emergency.title', { date: view.date })}</h2>
        <ul>
          {(Object.keys(EMERGENCY_COLOURS) as EmergencyControl[])
            .filter((c) => (counts.get(c) ?? 0) > 0)
            .map((c) => (
              <li key={c}>
                <Swatch colour={EMERGENCY_COLOURS[c]} />
                {t(CONTROL_KEYS[c])} · {t('legend.districtCount', { count: counts.get(c) ?? 0 })}
              </li>
            ))}
          <li>
            {none}
            {t('emergency.none')}
          </li>
        </ul>
        {view.on.inForce.length === 0 && <p className="note">{t('emergency.noneInForce')}</p>}
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
    const counts = countBy(view.zone.values());
    return (
      <section className="legend jurisdiction-legend" aria-labelledby="legend-title" tabIndex={0}>
        <h2 id="legend-title">{t('layers.devida')}</h2>
        <ul>
          {Object.entries(DEVIDA_COLOURS).map(([subzone, colour]) => (
            <li key={subzone}>
              <Swatch colour={colour} />
              {t('devida.subzone', { name: subzone })} ·{' '}
              {t('legend.districtCount', {
                count: counts.get(subzone) ?? 0,
              })}
            </li>
          ))}
          <li>
            {none}
            {t('devida.outside')}
          </li>
        </ul>
        <p className="caveat">{t('devida.caveat')}</p>
      </section>
    );
  }
  const counts = countBy([...view.byUbigeo.values()].map((list) => list.length));
  return (
    <section className="legend jurisdiction-legend" aria-labelledby="legend-title" tabIndex={0}>
      <h2 id="legend-title">{t('authority.title', { date: view.date })}</h2>
      <ul>
        {Object.entries(AUTHORITY_COUNT_COLOURS).map(([n, colour]) => (
          <li key={n}>
            <Swatch colour={colour} />
            {t('authority.count', { count: n })} ·{' '}
            {t('legend.districtCount', { count: counts.get(Number(n)) ?? 0 })}
          </li>
        ))}
      </ul>
      {view.on.incompleteLists.length > 0 && (
        <p className="note">
          {t('authority.incompleteDecrees', {
            list: view.on.incompleteLists.map((d) => d.decree).join('; '),
          })}
        </p>
      )}
      <p className="caveat">{t('authority.rules')}</p>
    </section>
  );
}
