import type { IndicatorId } from '../../data/indicatorSchemas';
import type { ClassificationMethod } from '../../domain/classify';
import { INDICATORS } from '../../domain/indicatorRegistry';
import { CONDITION_IDS, DEFAULT_THRESHOLDS, type ConditionId } from '../../domain/overlap';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/es';
import type { UrlState } from '../../state/urlState';
import { YearControl } from '../YearControl';
import type { SystemsView } from './systemsView';

type Update = (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;

export const CONDITION_KEYS: Record<ConditionId, MessageKey> = {
  coca: 'systems.condition.coca',
  poverty: 'systems.condition.poverty',
  events: 'systems.condition.events',
  emergency: 'systems.condition.emergency',
  authorities: 'systems.condition.authorities',
};

const METHODS: { method: ClassificationMethod; key: MessageKey }[] = [
  { method: 'quantile', key: 'systems.terciles' },
  { method: 'jenks', key: 'classify.jenks' },
  { method: 'equalInterval', key: 'classify.equalInterval' },
];

/** The controls of the systems views, under the layer picker. */
export function SystemsControls({
  view,
  state,
  update,
}: {
  view: SystemsView;
  state: UrlState;
  update: Update;
}) {
  const { t, lang } = useI18n();
  const systems = state.systems;
  if (view.kind === 'bivariate') {
    const pick = (axis: 'bx' | 'by', label: MessageKey) => (
      <label className="field">
        <span>{t(label)}</span>
        <select
          value={systems[axis]}
          onChange={(e) =>
            update({ systems: { ...systems, [axis]: e.target.value as IndicatorId } }, 'push')
          }
        >
          {INDICATORS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label[lang]}
            </option>
          ))}
        </select>
      </label>
    );
    return (
      <div className="systems-controls">
        {pick('bx', 'systems.xAxis')}
        {pick('by', 'systems.yAxis')}
        <YearControl
          years={view.span}
          dataYears={view.span}
          year={view.year}
          onYear={(year) => update({ year }, 'replace')}
        />
        <label className="field">
          <span>{t('classify.method')}</span>
          <select
            value={state.method && state.method !== 'manual' ? state.method : 'quantile'}
            onChange={(e) => update({ method: e.target.value as ClassificationMethod }, 'replace')}
          >
            {METHODS.map((m) => (
              <option key={m.method} value={m.method}>
                {t(m.key)}
              </option>
            ))}
          </select>
        </label>
      </div>
    );
  }
  const ticked = new Map(systems.conditions.map((c) => [c.id, c.threshold]));
  const setCondition = (id: ConditionId, threshold: number | null) => {
    const next = new Map(ticked);
    if (threshold === null) next.delete(id);
    else next.set(id, threshold);
    const conditions = CONDITION_IDS.flatMap((c) => {
      const n = next.get(c);
      return n === undefined ? [] : [{ id: c, threshold: n }];
    });
    const k = Math.max(1, Math.min(systems.k, conditions.length));
    update({ systems: { ...systems, conditions, k } }, 'replace');
  };
  return (
    <fieldset className="systems-controls overlap-controls">
      <legend>{t('systems.conditions')}</legend>
      <label className="field">
        <span>{t('systems.date')}</span>
        <input
          type="date"
          value={view.date}
          onChange={(e) => e.target.value && update({ date: e.target.value }, 'replace')}
        />
      </label>
      {CONDITION_IDS.map((id) => {
        const threshold = ticked.get(id);
        return (
          <div key={id} className="overlap-condition">
            <label className="check">
              <input
                type="checkbox"
                checked={threshold !== undefined}
                onChange={(e) => setCondition(id, e.target.checked ? DEFAULT_THRESHOLDS[id] : null)}
              />
              {t(CONDITION_KEYS[id], { n: threshold ?? DEFAULT_THRESHOLDS[id] })}
            </label>
            {id !== 'emergency' && threshold !== undefined && (
              <input
                type="number"
                min={0}
                value={threshold}
                aria-label={t('systems.threshold', {
                  condition: t(CONDITION_KEYS[id], { n: 'N' }),
                })}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  if (e.target.value !== '' && Number.isFinite(n) && n >= 0) setCondition(id, n);
                }}
              />
            )}
          </div>
        );
      })}
      <label className="field">
        <span>{t('systems.k')}</span>
        <select
          value={systems.k}
          onChange={(e) =>
            update({ systems: { ...systems, k: Number(e.target.value) } }, 'replace')
          }
          disabled={systems.conditions.length === 0}
        >
          {systems.conditions.map((_, i) => (
            <option key={i + 1} value={i + 1}>
              {t('systems.kOf', { k: i + 1, n: systems.conditions.length })}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
