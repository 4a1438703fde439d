import { ScatterplotLayer } from '@deck.gl/layers';
import type { UcdpEvent } from '../data/ucdpSchemas';
import { UCDP_LAYER_ID } from './incidentIds';
import { hexToRgba, type RGBA } from './palette';
import { incidentRadius, UCDP_COLOURS, UCDP_FILL_ALPHA } from './pointStyle';

/** Same size rule as the curated incidents (area grows with deaths), on UCDP's best estimate. */
export const ucdpRadius = (event: UcdpEvent): number => incidentRadius(event.deaths.best);

export function buildUcdpLayer(events: readonly UcdpEvent[]) {
  return new ScatterplotLayer<UcdpEvent>({
    id: UCDP_LAYER_ID,
    data: events,
    pickable: true,
    radiusUnits: 'pixels',
    getPosition: (d) => d.position,
    getRadius: ucdpRadius,
    getFillColor: (d): RGBA => hexToRgba(UCDP_COLOURS[d.kind], UCDP_FILL_ALPHA),
    stroked: true,
    getLineColor: (d): RGBA => hexToRgba(UCDP_COLOURS[d.kind], 255),
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
  });
}
