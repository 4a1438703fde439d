import { useMemo, type ReactNode } from 'react';
import type { ThemeData } from '../../data/loadThemes';
import type { DistrictIndex } from '../../domain/districts';
import { keyFigures, type KeyFigures as Figures } from '../../domain/keyFigures';
import { useI18n } from '../../i18n/I18nContext';
import { formatDate, formatDecimal, formatInteger, formatShare } from '../../i18n/format';
import type { UrlState } from '../../state/urlState';
import { localizeSource, shortCitations } from '../sourceText';
import './systems.css';

/** Source ids of the curated incidents and of the decree list (data/incidents.json, jurisdiction.json). */
const INCIDENT_SOURCE = 'vraem-security-events-2003-2023';
const DECREE_SOURCE = 'vraem-emergency-decrees-news';

export function useKeyFigures(theme: ThemeData | null, index: DistrictIndex): Figures | null {
  return useMemo(
    () =>
      theme &&
      keyFigures({
        series: theme.series,
        poverty: theme.indicators.get('poverty_total_pct'),
        population: theme.indicators.get('population'),
        starts: theme.starts,
        vraem: index.vraem,
        decrees: theme.decrees,
        incidents: theme.incidents,
        incidentSources: theme.sources.has(INCIDENT_SOURCE) ? [INCIDENT_SOURCE] : [],
        ucdp: { events: theme.ucdp.events, sources: theme.ucdp.sources.map((s) => s.id) },
      }),
    [theme, index],
  );
}

interface FigureProps {
  label: string;
  value: string;
  detail?: string;
  /** Said on hover and to screen readers: how the figure is computed. */
  note?: string;
  year: string;
  sources: readonly string[];
  theme: ThemeData;
  action: string;
  onOpen: () => void;
  children?: ReactNode;
}

function Figure({ label, value, detail, note, year, sources, theme, action, onOpen }: FigureProps) {
  const { t, lang } = useI18n();
  const refs = sources.flatMap((id) => {
    const s = theme.sources.get(id);
    return s ? [localizeSource(s, lang)] : [];
  });
  return (
    <li>
      <button
        type="button"
        className="key-figure"
        onClick={onOpen}
        title={note ? `${note}. ${action}` : action}
      >
        <span className="key-figure-label">{label}</span>
        <strong className="key-figure-value">{value}</strong>
        {detail && <span className="key-figure-detail">{detail}</span>}
        {note && <span className="sr-only">{note}</span>}
        <span
          className="key-figure-source"
          title={refs.map((r) => `${r.title} (${r.publisher})`).join(' · ')}
        >
          {year} · {t('keyFigures.source')}: {shortCitations(refs) || '—'}
        </span>
      </button>
    </li>
  );
}

/**
 * The VRAEM's headline figures above the map, each with its year and source and one click from
 * its layer or chart. Folds away (a native <details>) for those who know them.
 */
export function KeyFiguresStrip({
  theme,
  index,
  update,
  open: initiallyOpen,
}: {
  theme: ThemeData | null;
  index: DistrictIndex;
  /** Open on the base map; folded over a layer, where the map needs the room. */
  open: boolean;
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;
}) {
  const { t, lang } = useI18n();
  const figures = useKeyFigures(theme, index);
  if (!theme || !figures) return null;
  const { coca, poverty, population, decrees, events } = figures;
  const open = (patch: Partial<UrlState>) =>
    update({ method: null, classes: null, breaks: [], ...patch }, 'push');
  return (
    <details
      key={String(initiallyOpen)}
      className="key-figures"
      open={initiallyOpen}
      data-testid="key-figures"
    >
      <summary>{t('keyFigures.title')}</summary>
      <ul>
        {coca && (
          <Figure
            theme={theme}
            label={t('keyFigures.coca')}
            value={`${formatInteger(lang, coca.hectares)} ha`}
            detail={
              coca.share !== null
                ? t('keyFigures.cocaShare', { share: formatShare(lang, coca.share) })
                : undefined
            }
            year={String(coca.year)}
            sources={coca.sources}
            action={t('keyFigures.openChart')}
            onOpen={() => open({ layer: 'coca_ha', year: coca.year, charts: true })}
          />
        )}
        {poverty && (
          <Figure
            theme={theme}
            label={t('keyFigures.poverty')}
            value={`${formatDecimal(lang, poverty.value, 1)} %`}
            detail={
              poverty.interval
                ? t('keyFigures.povertyInterval', {
                    low: formatDecimal(lang, poverty.interval[0], 1),
                    high: formatDecimal(lang, poverty.interval[1], 1),
                  })
                : undefined
            }
            note={t('keyFigures.povertyNote', { count: poverty.members })}
            year={String(poverty.year)}
            sources={poverty.sources}
            action={t('keyFigures.openLayer')}
            onOpen={() => open({ layer: 'poverty_total_pct', year: poverty.year })}
          />
        )}
        {population && (
          <Figure
            theme={theme}
            label={t('keyFigures.population')}
            value={formatInteger(lang, population.value)}
            detail={t('keyFigures.populationDetail', { count: population.members })}
            year={String(population.year)}
            sources={population.sources}
            action={t('keyFigures.openLayer')}
            onOpen={() => open({ layer: 'population', year: population.year })}
          />
        )}
        {decrees && (
          <Figure
            theme={theme}
            label={t('keyFigures.decrees')}
            value={formatInteger(lang, decrees.inForce)}
            detail={t('keyFigures.decreesDetail', { count: decrees.vraemDistricts })}
            note={decrees.decrees.join(', ')}
            year={formatDate(lang, decrees.date)}
            sources={[DECREE_SOURCE]}
            action={t('keyFigures.openLayer')}
            onOpen={() => open({ layer: 'emergency', date: decrees.date })}
          />
        )}
        {(events.curated || events.ucdp) && (
          <Figure
            theme={theme}
            label={t('keyFigures.events')}
            value={formatInteger(lang, events.curated?.count ?? 0)}
            detail={
              events.ucdp
                ? t('keyFigures.eventsUcdp', {
                    count: events.ucdp.count,
                    year: events.ucdp.lastYear,
                  })
                : undefined
            }
            year={events.curated ? `${events.curated.firstYear}–${events.curated.lastYear}` : '—'}
            sources={events.sources}
            action={t('keyFigures.openLayer')}
            onOpen={() =>
              open({ incidents: true, ucdp: 'upTo', year: events.ucdp?.lastYear ?? null })
            }
          />
        )}
      </ul>
    </details>
  );
}
