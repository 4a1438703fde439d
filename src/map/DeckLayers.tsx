/**
 * The deck.gl part of the map: the incident and UCDP event points, drawn into MapLibre's canvas. Loaded in its
 * own chunk after the first district frame, and mounted only while incidents are shown
 * (AtlasMap): an interleaved overlay costs every map frame, even with no layer visible.
 */
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import { memo, useMemo, type RefObject } from 'react';
import type { UcdpEvent } from '../data/ucdpSchemas';
import type { PlacedIncident } from '../domain/incidents';
import { DeckOverlay } from './DeckOverlay';
import { buildIncidentLayer } from './incidentLayer';
import { buildUcdpLayer } from './ucdpLayer';

export interface DeckLayersProps {
  incidents: readonly PlacedIncident[] | null;
  /** UCDP GED events, drawn under the incidents. */
  ucdpEvents: readonly UcdpEvent[] | null;
  /** deck.gl sets the canvas cursor on every frame; it must agree with MapLibre's. */
  cursor: string;
  /** Receives the overlay, for picking incidents from MapLibre's own events. */
  overlayRef: RefObject<MapLibreOverlay | null>;
}

function DeckLayers({ incidents, ucdpEvents, cursor, overlayRef }: DeckLayersProps) {
  const incidentLayer = useMemo(
    () => (incidents ? buildIncidentLayer(incidents) : null),
    [incidents],
  );
  const ucdpLayer = useMemo(() => (ucdpEvents ? buildUcdpLayer(ucdpEvents) : null), [ucdpEvents]);
  return (
    <DeckOverlay
      layers={[ucdpLayer, incidentLayer]}
      overlayRef={overlayRef}
      getCursor={({ isDragging }) => (isDragging ? 'grabbing' : cursor)}
    />
  );
}

// Memoized: a hover re-renders AtlasMap, and every render of the overlay hands deck.gl new props
// (a redraw of the whole map in software WebGL). Only a change of these props should.
export default memo(DeckLayers);
