import type { DistrictFeature } from '../../data/loadAtlas';
import type { Condition, ConditionStatus } from '../../domain/overlap';
import { overlapGeoJson, overlapTable, type OverlapWords } from '../../domain/overlapExport';
import { useI18n, type I18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/es';
import type { DistrictIndex } from '../../domain/districts';
import { downloadBlob, downloadCsv } from '../exportChart';
import { LegendKey } from '../LegendKey';
import { Tooltip } from '../Tooltip';
import { CONDITION_KEYS } from './SystemsControls';
import { overlapLegend } from './systemsLegend';
import type { OverlapView } from './systemsView';

const STATUS_KEYS: Record<ConditionStatus, MessageKey> = {
  met: 'systems.status.met',
  notMet: 'systems.status.notMet',
  unknown: 'systems.status.unknown',
};

/** What each condition reads, its source and year: the rules stated on screen. */
const RULE_KEYS: Record<Condition['id'], MessageKey> = {
  coca: 'systems.rule.coca',
  poverty: 'systems.rule.poverty',
  events: 'systems.rule.events',
  emergency: 'systems.rule.emergency',
  authorities: 'systems.rule.authorities',
};

function conditionLabel({ t }: I18n, c: Condition, date: string): string {
  return `${t(CONDITION_KEYS[c.id], { n: c.threshold })} (${date})`;
}

export function overlapWords(i18n: I18n, date: string): OverlapWords {
  const { t } = i18n;
  return {
    ubigeo: 'ubigeo',
    name: t('systems.col.name'),
    province: t('systems.col.province'),
    department: t('systems.col.department'),
    vraem: 'VRAEM',
    met: t('systems.col.met'),
    unknown: t('systems.col.unknown'),
    reachesK: t('systems.col.reachesK'),
    yes: t('systems.yes'),
    no: t('systems.no'),
    condition: (c) => conditionLabel(i18n, c, date),
    status: {
      met: t(STATUS_KEYS.met),
      notMet: t(STATUS_KEYS.notMet),
      unknown: t(STATUS_KEYS.unknown),
    },
  };
}

/** "Dónde coinciden": rules, colour key, ranked districts, exports. */
export function OverlapPanel({
  view,
  shapes,
  onSelect,
}: {
  view: OverlapView;
  shapes: readonly DistrictFeature[];
  onSelect: (ubigeo: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = view.conditions.length;
  const model = overlapLegend(i18n, view);
  const table = () =>
    overlapTable(view.results, view.conditions, view.k, overlapWords(i18n, view.date));
  const file = `atlas-vraem-coinciden-${view.date}`;
  // The CSV writer (with papaparse) loads on the click, not before the first map frame.
  const exportCsv = async () => {
    const { rowsToCsv } = await import('../../domain/csv');
    const { columns, rows } = table();
    downloadCsv(rowsToCsv(rows, columns), `${file}.csv`);
  };
  const exportGeoJson = () => {
    const collection = overlapGeoJson(table(), shapes, {
      date: view.date,
      k: view.k,
      rules: view.conditions.map((c) => t(RULE_KEYS[c.id], { n: c.threshold })),
    });
    downloadBlob(
      new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }),
      `${file}.geojson`,
    );
  };
  return (
    <section
      className="legend overlap-panel"
      aria-labelledby="overlap-title"
      data-testid="overlap-panel"
    >
      <h2 id="overlap-title">{model.title}</h2>
      {model.notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      {n > 0 && (
        <>
          <LegendKey items={model.items} className="overlap-key" />
          <h3>{t('systems.ranked', { k: view.k, n, count: view.ranked.length })}</h3>
          <ol className="overlap-list" data-testid="overlap-list">
            {view.ranked.map((r) => (
              <li key={r.district.ubigeo}>
                <button type="button" className="link" onClick={() => onSelect(r.district.ubigeo)}>
                  {r.district.name}
                </button>{' '}
                <span className="note">
                  {r.district.province} · {t('systems.metOf', { met: r.met, n })}
                  {r.unknown > 0 && ` · ${t('systems.unknownCount', { count: r.unknown })}`}
                </span>
              </li>
            ))}
          </ol>
          <details className="overlap-rules-box" open>
            <summary>{t('systems.rules')}</summary>
            <ul className="overlap-rules">
              {view.conditions.map((c) => (
                <li key={c.id}>{t(RULE_KEYS[c.id], { n: c.threshold })}</li>
              ))}
            </ul>
            <p className="note">{t('systems.unknownRule')}</p>
          </details>
          <div className="export-buttons">
            <button type="button" onClick={() => void exportCsv()}>
              {t('systems.exportCsv')}
            </button>
            <button type="button" onClick={exportGeoJson}>
              {t('systems.exportGeoJson')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** Hovering a district in the overlap view: each condition's status, and the count met. */
export function OverlapTooltip({
  view,
  index,
  ubigeo,
  x,
  y,
}: {
  view: OverlapView;
  index: DistrictIndex;
  ubigeo: string;
  x: number;
  y: number;
}) {
  const i18n = useI18n();
  const district = index.byUbigeo.get(ubigeo);
  const result = view.results.find((r) => r.district.ubigeo === ubigeo);
  if (!district || !result) return null;
  const parts = view.conditions.map((c) => {
    const status = result.results[c.id]?.status ?? 'unknown';
    return `${i18n.t(CONDITION_KEYS[c.id], { n: c.threshold })}: ${i18n.t(STATUS_KEYS[status])}`;
  });
  return (
    <Tooltip
      district={district}
      line={`${i18n.t('systems.metOf', { met: result.met, n: view.conditions.length })} — ${parts.join(' · ')}`}
      flags={[]}
      x={x}
      y={y}
    />
  );
}
