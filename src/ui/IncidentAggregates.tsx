import type { IncidentsFile } from '../data/indicatorSchemas';
import { useI18n } from '../i18n/I18nContext';
import { formatInteger } from '../i18n/format';

/** Published totals (Convoca, Comando Conjunto, CVR…), each with its period and source. */
export function IncidentAggregates({ aggregates }: { aggregates: IncidentsFile['aggregates'] }) {
  const { t, lang } = useI18n();
  return (
    <details className="legend incident-aggregates">
      <summary>{t('incident.aggregatesTitle', { count: aggregates.length })}</summary>
      <p className="note">{t('incident.aggregatesNote')}</p>
      <ul>
        {aggregates.map((a, i) => {
          // Labels written by the pipeline in both languages (scripts/lib/aggregateLabels.ts).
          const text = a.labels[lang];
          return (
            <li key={i}>
              <strong>{formatInteger(lang, a.value)}</strong> {text.unit} · {text.indicator} ·{' '}
              {text.area}, {a.periodStart}–{text.periodEnd}
              {/* A citation, quoted as published. */}
              <div className="note">{a.source}</div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
