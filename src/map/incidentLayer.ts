import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentCategory, PlacedIncident } from '../domain/incidents';
import { INCIDENT_LAYER_ID } from './incidentIds';
import { hexToRgba, type RGBA } from './palette';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const INCIDENT_COLOURS: Record<IncidentCategory, string> = {
  attack: '#d55e00',
  aircraft: '#0072b2',
  kidnapping: '#cc79a7',
  massacre: '#000000',
  operation: '#009e73',
  other: '#e69f00',
};

/** Pixel radius: area grows with deaths; an event with unknown or zero deaths still shows. */
export function incidentRadius(deaths: number | null): number {
  return 5 + 3 * Math.sqrt(deaths ?? 0);
}

interface IncidentDatum extends PlacedIncident {
  /** Picking and the tooltip find the event by this id. */
  id: string;
}

export function buildIncidentLayer(placed: readonly PlacedIncident[]) {
  const data: IncidentDatum[] = placed.map((p) => ({ ...p, id: p.incident.id }));
  return new ScatterplotLayer<IncidentDatum>({
    id: INCIDENT_LAYER_ID,
    data,
    pickable: true,
    radiusUnits: 'pixels',
    getPosition: (d) => d.position,
    getRadius: (d) => incidentRadius(d.deaths),
    getFillColor: (d): RGBA => hexToRgba(INCIDENT_COLOURS[d.category], 220),
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
  });
}
