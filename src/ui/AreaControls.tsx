import { useState } from 'react';
import { AREA_RULES, riverCode, type AreaFilter, type AreaRule } from '../domain/area';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import { parseTypedNumber } from '../domain/breaks';
import type { DrawMode } from './AreaOverlay';
import type { RiverChoice } from './riverList';

type Kind = 'none' | 'circle' | 'polygon' | 'river' | 'incidents';
const KIND_KEYS: Record<Kind, MessageKey> = {
  none: 'area.none',
  circle: 'area.circle',
  polygon: 'area.polygon',
  river: 'area.river',
  incidents: 'area.incidents',
};
const RULE_KEYS: Record<AreaRule, MessageKey> = {
  touches: 'area.ruleTouches',
  centre: 'area.ruleCentre',
  share: 'area.ruleShare',
};

export interface AreaControlsProps {
  area: AreaFilter | null;
  onArea: (area: AreaFilter | null) => void;
  /** The named rivers, with the stretch each is (riverChoices in riverList.ts). */
  rivers: readonly RiverChoice[];
  onDraw: (mode: DrawMode, km: number) => void;
  /** How many districts the area selects, null while computing, 'unusable' if it cannot. */
  status: number | null | 'unusable';
}

/** Spatial selection: a drawn circle or polygon, or a distance around a river or the incidents. */
export function AreaControls({ area, onArea, rivers, onDraw, status }: AreaControlsProps) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>(area?.shape.kind ?? 'none');
  const initialKm = area && 'km' in area.shape ? area.shape.km : 10;
  const [kmText, setKmText] = useState(String(initialKm));
  const [river, setRiver] = useState(
    area?.shape.kind === 'river' ? area.shape.river : rivers[0] ? riverCode(rivers[0].name) : '',
  );
  const rule = area?.rule ?? 'touches';
  const km = parseTypedNumber(kmText);
  const kmValid = Number.isFinite(km) && km > 0 && km <= 500;
  const apply = () => {
    if (!kmValid) return;
    // A share of area is not offered around rivers (see spatial.ts).
    if (kind === 'river')
      onArea({ shape: { kind: 'river', river, km }, rule: rule === 'share' ? 'touches' : rule });
    if (kind === 'incidents') onArea({ shape: { kind: 'incidents', km }, rule });
    if (kind === 'circle' || kind === 'polygon') onDraw(kind, km);
  };

  return (
    <fieldset className="area-controls">
      <legend>{t('area.title')}</legend>
      <label>
        <span>{t('area.kind')}</span>
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value as Kind;
            setKind(next);
            if (next === 'none') onArea(null);
          }}
        >
          {(Object.keys(KIND_KEYS) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {t(KIND_KEYS[k])}
            </option>
          ))}
        </select>
      </label>
      {kind === 'river' && (
        <label>
          <span>{t('area.whichRiver')}</span>
          <select value={river} onChange={(e) => setRiver(e.target.value)}>
            {rivers.map(({ name, stretch }) => (
              <option key={name} value={riverCode(name)}>
                {stretch ? `${name} (${stretch})` : name}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind !== 'none' && kind !== 'polygon' && (
        <label>
          <span>{kind === 'circle' ? t('area.radius') : t('area.distance')}</span>
          <input
            type="text"
            inputMode="decimal"
            value={kmText}
            aria-invalid={!kmValid}
            onChange={(e) => setKmText(e.target.value)}
          />
        </label>
      )}
      {kind !== 'none' && (
        <button type="button" onClick={apply} disabled={!kmValid && kind !== 'polygon'}>
          {kind === 'circle' || kind === 'polygon' ? t('area.draw') : t('area.apply')}
        </button>
      )}
      {!kmValid && kind !== 'none' && kind !== 'polygon' && (
        <p className="error-note" role="alert">
          {t('area.kmError')}
        </p>
      )}
      {area && (
        <div role="radiogroup" aria-label={t('area.rule')}>
          {AREA_RULES.map((r) => (
            <label key={r} className="check">
              <input
                type="radio"
                name="area-rule"
                checked={rule === r}
                disabled={r === 'share' && area.shape.kind === 'river'}
                onChange={() => onArea({ ...area, rule: r })}
              />
              {t(RULE_KEYS[r])}
            </label>
          ))}
        </div>
      )}
      {area && (
        <p className="note" aria-live="polite">
          {status === null
            ? t('area.computing')
            : status === 'unusable'
              ? t('area.unusable')
              : t('area.count', { count: status })}
          {area.shape.kind === 'incidents' && ` ${t('area.incidentNote')}`}
          {area.shape.kind === 'river' && ` ${t('area.riverNote')}`}
        </p>
      )}
    </fieldset>
  );
}
