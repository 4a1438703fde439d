/**
 * The keys of the point layers (issue 24): for each layer on the map — the curated incidents, the
 * UCDP GED events, each imported UCDP/ACLED file — what the colour means (with the count of points
 * of each colour), what the size means (circles drawn with the map's own radius rule), the source
 * and the caveats.
 */
import type { UcdpFile } from '../data/ucdpSchemas';
import type { PlacedIncident } from '../domain/incidents';
import { useI18n } from '../i18n/I18nContext';
import { formatInteger } from '../i18n/format';
import { LEGEND_DEATHS, incidentRadius, legendDisc } from '../map/pointStyle';
import {
  importedEventsKey,
  incidentKey,
  ucdpKey,
  type DiscStyle,
  type PointKey,
} from './pointKeys';
import type { UcdpView } from './ucdpView';
import './points.css';

function Disc({ colour, radius, symbol }: { colour: string; radius: number; symbol: DiscStyle }) {
  const size = 2 * radius + 4;
  const look = legendDisc(symbol, colour);
  return (
    <svg width={size} height={size} aria-hidden="true" className="point-disc">
      <circle
        cx={size / 2}
        cy={size / 2}
        r={radius}
        fill={colour}
        fillOpacity={look.fillOpacity}
        stroke={look.stroke}
        strokeWidth={look.strokeWidth}
      />
    </svg>
  );
}

/** A point layer's key (pointKeys.ts) laid out: colour rows with counts, size circles, notes. */
function PointLegend({ model }: { model: PointKey }) {
  const { t, lang } = useI18n();
  const titleId = `point-legend-${model.id}`;
  return (
    <section
      className="legend point-legend"
      aria-labelledby={titleId}
      data-testid={`point-legend-${model.id}`}
    >
      <h2 id={titleId}>{model.title}</h2>
      <h3>{model.colourMeans}</h3>
      <ul>
        {model.entries.map((e) => (
          <li key={e.key}>
            <Disc colour={e.colour} radius={6} symbol={model.symbol} />
            <span className="range">{e.label}</span>
            <span className="count">{formatInteger(lang, e.count)}</span>
          </li>
        ))}
      </ul>
      <h3>{model.sizeTitle}</h3>
      <ul className="point-sizes">
        {LEGEND_DEATHS.map((n) => (
          <li key={n}>
            <Disc colour={model.sizeColour} radius={incidentRadius(n)} symbol={model.symbol} />
            <span>{n === 0 ? t('points.sizeZero') : formatInteger(lang, n)}</span>
          </li>
        ))}
      </ul>
      {model.status && (
        <p className="ucdp-status" data-testid={`${model.id}-legend-status`}>
          {model.status}
        </p>
      )}
      {model.notes.map((note) => (
        <p key={note} className="caveat">
          {note}
        </p>
      ))}
    </section>
  );
}

export function IncidentLegend({ placed }: { placed: readonly PlacedIncident[] }) {
  return <PointLegend model={incidentKey(useI18n(), placed)} />;
}

export function UcdpLegend({ view, file }: { view: UcdpView; file: UcdpFile }) {
  return <PointLegend model={ucdpKey(useI18n(), view, file)} />;
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
  return <PointLegend model={importedEventsKey(useI18n(), layerKey, fileName, placed)} />;
}
