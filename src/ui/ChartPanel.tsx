import { useMemo, useState } from 'react';
import { districtChartRows, yearRange, zoneVsPeruRows } from '../charts/models';
import { CHART_HEIGHT, CHART_WIDTH } from '../charts/sizes';
import { rowsToCsv } from '../domain/csv';
import { TimeChart, type ChartLine } from '../charts/TimeChart';
import { timelineEvents, type TimelineEvent, type TimelineKind } from '../charts/timeline';
import type { ThemeData } from '../data/loadThemes';
import type { SourceRef } from '../data/schemas';
import type { DistrictIndex } from '../domain/districts';
import { useI18n } from '../i18n/I18nContext';
import { formatDecimal, formatInteger, formatShare } from '../i18n/format';
import { ChartCard } from './ChartCard';
import type { LayerView } from './layerView';
import { citeSources, fullReference } from './sourceText';
import { useDialogFocus } from './useDialogFocus';

// Okabe–Ito plus two greys: eight distinguishable line colours.
const LINE_COLOURS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#6b6b6b',
  '#000000',
];

/** The sources of these ids, once each, in first-seen order; unknown ids left out. */
function sourcesById(lookup: ReadonlyMap<string, SourceRef>, ids: readonly string[]): SourceRef[] {
  return [...new Set(ids)].flatMap((id) => {
    const source = lookup.get(id);
    return source ? [source] : [];
  });
}

export interface ChartPanelProps {
  theme: ThemeData;
  index: DistrictIndex;
  view: LayerView;
  selection: readonly string[];
  onYear: (year: number) => void;
  onHoverDistrict: (ubigeo: string | null) => void;
  onDecree: (event: TimelineEvent) => void;
  onClose: () => void;
}

export function ChartPanel({
  theme,
  index,
  view,
  selection,
  onYear,
  onHoverDistrict,
  onDecree,
  onClose,
}: ChartPanelProps) {
  const { t, lang } = useI18n();
  const { focusRef, onKeyDown } = useDialogFocus<HTMLHeadingElement>(onClose);
  const [kinds, setKinds] = useState<ReadonlySet<TimelineKind>>(new Set(['decree', 'incident']));
  const events = useMemo(
    () => timelineEvents(theme.decrees, theme.incidents, kinds, lang),
    [theme, kinds, lang],
  );
  const year = view.kind === 'indicator' ? view.year : null;
  const zone = theme.series.find((s) => s.id === 'coca_vraem_zone_ha');
  const peru = theme.series.find((s) => s.id === 'coca_peru_ha');
  const zoneRows = useMemo(() => (zone && peru ? zoneVsPeruRows(zone, peru) : []), [zone, peru]);
  const toggle = (kind: TimelineKind) => {
    const next = new Set(kinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setKinds(next);
  };

  const indicatorChart = useMemo(() => {
    if (view.kind !== 'indicator') return null;
    const values = theme.indicators.get(view.indicator.id);
    if (!values) return null;
    const selected = selection.flatMap((u) => index.byUbigeo.get(u) ?? []);
    const years = yearRange(view.years[0] ?? view.year, view.years.at(-1) ?? view.year);
    return districtChartRows({
      indicator: view.indicator,
      values,
      selected,
      vraem: index.vraem,
      starts: theme.starts,
      years,
    });
  }, [view, theme, selection, index]);

  const indicatorSources = useMemo(() => {
    if (view.kind !== 'indicator') return [];
    const values = theme.indicators.get(view.indicator.id);
    const ids = [...(values?.values.values() ?? [])].flat().map((o) => o.s);
    return sourcesById(theme.sources, ids);
  }, [view, theme]);
  const zoneSources = useMemo(
    () =>
      sourcesById(
        theme.sources,
        [...(zone?.points ?? []), ...(peru?.points ?? [])].map((p) => p.s),
      ),
    [zone, peru, theme],
  );

  const eventsFor = (first: number, last: number) =>
    events.filter((e) => e.x >= first && e.x <= last + 1);

  return (
    <aside className="chart-panel" aria-labelledby="chart-panel-title" onKeyDown={onKeyDown}>
      <div className="panel-head">
        <h2 id="chart-panel-title" ref={focusRef} tabIndex={-1}>
          {t('chart.title')}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      {view.kind === 'indicator' && indicatorChart && (
        <ChartCard
          title={`${view.indicator.label[lang]} · ${t('chart.selectedVsVraem')}`}
          footer={[
            t('chart.aggregateRule', {
              rule: t(
                view.indicator.aggregation === 'sum' ? 'chart.ruleSum' : 'chart.ruleWeighted',
              ),
              count: indicatorChart.aggregateOver,
            }),
            // Short citations; the chart's own year line says which years.
            `${t('panel.source')}: ${citeSources(
              indicatorSources.map((source) => ({ source, years: [] })),
              lang,
            )}`,
            t('chart.dataYears', { from: view.years[0] ?? '', to: view.years.at(-1) ?? '' }),
          ]}
          references={indicatorSources.map((s) => fullReference(s, lang))}
          csv={() =>
            rowsToCsv(indicatorChart.rows, [
              { key: 'year', label: t('year.label') },
              ...indicatorChart.keys.flatMap((u) => {
                const label = index.byUbigeo.get(u)?.name ?? u;
                const interval = {
                  low: `${label} · ${t('table.low')}`,
                  high: `${label} · ${t('table.high')}`,
                };
                return indicatorChart.hasBand
                  ? [
                      { key: u, label },
                      { key: `${u}_ci`, label, interval },
                    ]
                  : [{ key: u, label }];
              }),
              { key: 'vraem', label: t('chart.vraemAggregate') },
            ])
          }
        >
          {indicatorChart.keys.length === 0 && <p className="note">{t('chart.selectHint')}</p>}
          <TimeChart
            rows={indicatorChart.rows}
            lines={[
              ...indicatorChart.keys.map<ChartLine>((u, i) => ({
                key: u,
                label: index.byUbigeo.get(u)?.name ?? u,
                colour: LINE_COLOURS[i % LINE_COLOURS.length] ?? '#000',
                errorKey: indicatorChart.hasBand ? `${u}_err` : undefined,
              })),
              { key: 'vraem', label: t('chart.vraemAggregate'), colour: '#444', dashed: true },
            ]}
            bands={indicatorChart.keys.map((u, i) => ({
              key: `${u}_ci`,
              colour: LINE_COLOURS[i % LINE_COLOURS.length] ?? '#000',
            }))}
            events={eventsFor(
              indicatorChart.rows[0]?.year ?? 0,
              indicatorChart.rows.at(-1)?.year ?? 0,
            )}
            year={year}
            width={CHART_WIDTH}
            height={CHART_HEIGHT.districts}
            formatValue={(v) => formatDecimal(lang, v, view.indicator.digits)}
            onYear={onYear}
            onHoverLine={(key) => onHoverDistrict(key && key !== 'vraem' ? key : null)}
          />
        </ChartCard>
      )}
      {zoneRows.length > 0 && (
        <ChartCard
          title={t('chart.zoneVsPeru')}
          footer={[
            t('chart.unitHa'),
            `${t('panel.source')}: UNODC, DEVIDA (${t('chart.transcribed')})`,
            t('chart.dataYears', {
              from: zoneRows[0]?.year ?? '',
              to: zoneRows.at(-1)?.year ?? '',
            }),
          ]}
          references={zoneSources.map((s) => fullReference(s, lang))}
          csv={() =>
            rowsToCsv(zoneRows, [
              { key: 'year', label: t('year.label') },
              { key: 'zone', label: t('chart.zone') },
              { key: 'peru', label: t('chart.peru') },
              { key: 'share', label: t('chart.share') },
            ])
          }
        >
          <TimeChart
            rows={zoneRows}
            lines={[
              { key: 'zone', label: t('chart.zone'), colour: '#b2182b' },
              { key: 'peru', label: t('chart.peru'), colour: '#2166ac' },
            ]}
            events={eventsFor(zoneRows[0]?.year ?? 0, zoneRows.at(-1)?.year ?? 0)}
            year={year}
            width={CHART_WIDTH}
            height={CHART_HEIGHT.zoneVsPeru}
            formatValue={(v) => formatInteger(lang, v)}
            onYear={onYear}
          />
          <TimeChart
            rows={zoneRows}
            lines={[{ key: 'share', label: t('chart.share'), colour: '#6a3d9a' }]}
            events={[]}
            year={year}
            width={CHART_WIDTH}
            height={CHART_HEIGHT.share}
            formatValue={(v) => formatShare(lang, v / 100, 1)}
            onYear={onYear}
          />
        </ChartCard>
      )}
      <fieldset className="timeline-filter">
        <legend>{t('chart.timeline')}</legend>
        <label>
          <input type="checkbox" checked={kinds.has('decree')} onChange={() => toggle('decree')} />{' '}
          {t('chart.decrees')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={kinds.has('incident')}
            onChange={() => toggle('incident')}
          />{' '}
          {t('chart.incidents')}
        </label>
      </fieldset>
      <ol className="timeline-list">
        {events.map((e) => (
          <li key={e.id} className={`event-${e.kind}`}>
            {e.kind === 'decree' ? (
              <button type="button" onClick={() => onDecree(e)} title={t('chart.decreeHint')}>
                {e.date} · {e.label} ({t('chart.districtCount', { count: e.ubigeos.length })})
              </button>
            ) : (
              <span>
                {e.date} · {e.label}
              </span>
            )}{' '}
            <a
              href={
                e.sources[0]?.startsWith('http') ? e.sources[0] : `https://${e.sources[0] ?? ''}`
              }
              target="_blank"
              rel="noreferrer noopener"
            >
              {t('panel.source')}
            </a>
          </li>
        ))}
      </ol>
      <p className="note">{t('chart.milestonesNote')}</p>
    </aside>
  );
}
