/** What the pointer is over on the map: a district (MapLibre) or a point (deck.gl picking). */
import type { PickingInfo } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { districtAt } from './districtStyle';
import { INCIDENT_LAYER_ID, UCDP_LAYER_ID } from './incidentIds';

/** What the pointer is over: a district (by ubigeo) or a point of an overlay layer (by id). */
export interface MapTarget {
  layer: 'district' | 'incident' | 'ucdp';
  id: string;
}

export interface HoverInfo extends MapTarget {
  x: number;
  y: number;
}

/** The incident under a point (deck.gl picking), once deck.gl is loaded and incidents shown. */
function incidentAt(overlay: MapLibreOverlay | null, x: number, y: number): MapTarget | null {
  if (!overlay) return null;
  const info: PickingInfo | null = overlay.pickObject({
    x,
    y,
    radius: 3,
    layerIds: [INCIDENT_LAYER_ID, UCDP_LAYER_ID],
  });
  const object = info?.object as { id?: unknown } | undefined;
  if (typeof object?.id !== 'string') return null;
  return { layer: info?.layer?.id === UCDP_LAYER_ID ? 'ucdp' : 'incident', id: object.id };
}

export function targetOf(
  event: MapLayerMouseEvent,
  overlay: MapLibreOverlay | null,
): MapTarget | null {
  const incident = incidentAt(overlay, event.point.x, event.point.y);
  if (incident) return incident;
  const ubigeo = districtAt(event.features);
  return ubigeo ? { layer: 'district', id: ubigeo } : null;
}
