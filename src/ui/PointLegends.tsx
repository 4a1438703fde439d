/**
 * The keys of the point layers (issue 24): for each layer on the map — the curated incidents, the
 * UCDP GED events, each imported UCDP/ACLED file — what the colour means (with the count of points
 * of each colour), what the size means (circles drawn with the map's own radius rule), the source
 * and the caveats.
 */
import type { ReactNode } from 'react';
import { UCDP_VIOLENCE_KINDS, type UcdpFile, type UcdpViolenceKind } from '../data/ucdpSchemas';
import {
  INCIDENT_CATEGORIES,
  type IncidentCategory,
  type PlacedIncident,
} from '../domain/incidents';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import { formatInteger } from '../i18n/format';
import {
  INCIDENT_COLOURS,
  INCIDENT_FILL_ALPHA,
  LEGEND_DEATHS,
  UCDP_COLOURS,
  UCDP_FILL_ALPHA,
  incidentRadius,
} from '../map/pointStyle';
import { ucdpStatusText } from './ucdpText';
import type { UcdpView } from './ucdpView';
import './points.css';

export const CATEGORY_KEYS: Record<IncidentCategory, MessageKey> = {
  attack: 'incident.category.attack',
  aircraft: 'incident.category.aircraft',
  kidnapping: 'incident.category.kidnapping',
  massacre: 'incident.category.massacre',
  operation: 'incident.category.operation',
  other: 'incident.category.other',
};

export const UCDP_KIND_KEYS: Record<UcdpViolenceKind, MessageKey> = {
  stateBased: 'ucdp.kind.stateBased',
  nonState: 'ucdp.kind.nonState',
  oneSided: 'ucdp.kind.oneSided',
};

/** How a layer draws its discs: solid with a white outline, or translucent with its colour's. */
type DiscStyle = 'solid' | 'ring';

function Disc({ colour, radius, symbol }: { colour: string; radius: number; symbol: DiscStyle }) {
  const size = 2 * radius + 4;
  const alpha = (symbol === 'solid' ? INCIDENT_FILL_ALPHA : UCDP_FILL_ALPHA) / 255;
  return (
    <svg width={size} height={size} aria-hidden="true" className="point-disc">
      <circle
        cx={size / 2}
        cy={size / 2}
        r={radius}
        fill={colour}
        fillOpacity={alpha}
        stroke={symbol === 'solid' ? '#ffffff' : colour}
        strokeWidth={symbol === 'solid' ? 1.5 : 2}
      />
    </svg>
  );
}

interface PointLegendProps {
  id: string;
  title: string;
  /** What colour stands for, e.g. "type of event". */
  colourMeans: string;
  entries: readonly { key: string; colour: string; label: string; count: number }[];
  symbol: DiscStyle;
  sizeTitle: string;
  /** A colour for the size circles. */
  sizeColour: string;
  children?: ReactNode;
}

function PointLegend(props: PointLegendProps) {
  const { t, lang } = useI18n();
  const titleId = `point-legend-${props.id}`;
  return (
    <section
      className="legend point-legend"
      aria-labelledby={titleId}
      data-testid={`point-legend-${props.id}`}
    >
      <h2 id={titleId}>{props.title}</h2>
      <h3>{t('points.colour', { what: props.colourMeans })}</h3>
      <ul>
        {props.entries.map((e) => (
          <li key={e.key}>
            <Disc colour={e.colour} radius={6} symbol={props.symbol} />
            <span className="range">{e.label}</span>
            <span className="count">{formatInteger(lang, e.count)}</span>
          </li>
        ))}
      </ul>
      <h3>{props.sizeTitle}</h3>
      <ul className="point-sizes">
        {LEGEND_DEATHS.map((n) => (
          <li key={n}>
            <Disc colour={props.sizeColour} radius={incidentRadius(n)} symbol={props.symbol} />
            <span>{n === 0 ? t('points.sizeZero') : formatInteger(lang, n)}</span>
          </li>
        ))}
      </ul>
      {props.children}
    </section>
  );
}

function countBy<K extends string>(keys: readonly K[], of: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const k of of) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Colour entries of incident-like points, only the categories present. */
function categoryEntries(points: readonly PlacedIncident[], t: (k: MessageKey) => string) {
  const counts = countBy(
    INCIDENT_CATEGORIES,
    points.map((p) => p.category),
  );
  return INCIDENT_CATEGORIES.filter((c) => (counts.get(c) ?? 0) > 0).map((c) => ({
    key: c,
    colour: INCIDENT_COLOURS[c],
    label: t(CATEGORY_KEYS[c]),
    count: counts.get(c) ?? 0,
  }));
}

export function IncidentLegend({ placed }: { placed: readonly PlacedIncident[] }) {
  const { t } = useI18n();
  return (
    <PointLegend
      id="incidents"
      title={t('incident.legendTitle', { count: placed.length })}
      colourMeans={t('points.type')}
      entries={categoryEntries(placed, t)}
      symbol="solid"
      sizeTitle={t('points.size')}
      sizeColour={INCIDENT_COLOURS.other}
    >
      <p className="caveat">{t('incident.legendSource')}</p>
      <p className="caveat">{t('incident.legendCaveat')}</p>
    </PointLegend>
  );
}

export function UcdpLegend({ view, file }: { view: UcdpView; file: UcdpFile }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const counts = countBy(
    UCDP_VIOLENCE_KINDS,
    view.events.map((e) => e.kind),
  );
  const lastRow =
    view.yearsWithRows[view.yearsWithRows.length - 1] ?? file.coverage.releaseLastYear;
  return (
    <PointLegend
      id="ucdp"
      title={t('ucdp.legendTitle')}
      colourMeans={t('points.violence')}
      entries={UCDP_VIOLENCE_KINDS.map((k) => ({
        key: k,
        colour: UCDP_COLOURS[k],
        label: t(UCDP_KIND_KEYS[k]),
        count: counts.get(k) ?? 0,
      }))}
      symbol="ring"
      sizeTitle={t('ucdp.sizeTitle')}
      sizeColour={UCDP_COLOURS.stateBased}
    >
      <p className="ucdp-status" data-testid="ucdp-legend-status">
        {ucdpStatusText(i18n, view.status, file.coverage, view.events.length)}
      </p>
      <p className="caveat">
        {t('ucdp.caveat', { gaps: file.coverage.yearsWithoutRows.join(', '), last: lastRow })}
      </p>
      <p className="caveat">
        {t('panel.source')}: {file.attribution[lang]}
      </p>
    </PointLegend>
  );
}

export function ImportedEventsLegend({
  layerKey,
  fileName,
  placed,
}: {
  /** The import's session key ("import-2"): unique even when a file is imported twice. */
  layerKey: string;
  fileName: string;
  placed: readonly PlacedIncident[];
}) {
  const { t } = useI18n();
  return (
    <PointLegend
      id={layerKey}
      title={t('import.eventsLegendTitle', { file: fileName, count: placed.length })}
      colourMeans={t('points.type')}
      entries={categoryEntries(placed, t)}
      symbol="solid"
      sizeTitle={t('points.size')}
      sizeColour={INCIDENT_COLOURS.other}
    >
      <p className="caveat">{t('import.eventsLegendCaveat')}</p>
    </PointLegend>
  );
}
