import { ScatterplotLayer } from '@deck.gl/layers';
import type { PlacedIncident } from '../domain/incidents';
import { INCIDENT_LAYER_ID } from './incidentIds';
import { hexToRgba, type RGBA } from './palette';
import { INCIDENT_COLOURS, INCIDENT_FILL_ALPHA, incidentRadius } from './pointStyle';

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
    getFillColor: (d): RGBA => hexToRgba(INCIDENT_COLOURS[d.category], INCIDENT_FILL_ALPHA),
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
  });
}
