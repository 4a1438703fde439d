/**
 * The deck.gl part of the map: district names and incident points. Loaded in its own chunk after
 * the first district frame (AtlasMap), so deck.gl's code never delays it.
 */
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import { memo, useEffect, useMemo, useState, type RefObject } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { DistrictIndex } from '../domain/districts';
import type { PlacedIncident } from '../domain/incidents';
import { DeckOverlay } from './DeckOverlay';
import { buildLabelLayer, labelTierForZoom, type LabelTier } from './districtLayers';
import { buildIncidentLayer } from './incidentLayer';

export interface DeckLayersProps {
  districts: DistrictIndex;
  incidents: readonly PlacedIncident[] | null;
  /** deck.gl sets the canvas cursor on every frame; it must agree with MapLibre's. */
  cursor: string;
  /** Receives the overlay, for picking incidents from MapLibre's own events. */
  overlayRef: RefObject<MapLibreOverlay | null>;
}

function DeckLayers({ districts, incidents, cursor, overlayRef }: DeckLayersProps) {
  const { current } = useMap();
  const [tier, setTier] = useState<LabelTier>(() => labelTierForZoom(current?.getZoom() ?? 0));
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const onZoom = () => setTier(labelTierForZoom(map.getZoom()));
    map.on('zoom', onZoom);
    return () => {
      map.off('zoom', onZoom);
    };
  }, [current]);
  const labelLayer = useMemo(() => buildLabelLayer(districts, tier), [districts, tier]);
  const incidentLayer = useMemo(
    () => (incidents ? buildIncidentLayer(incidents) : null),
    [incidents],
  );
  return (
    <DeckOverlay
      layers={[labelLayer, incidentLayer]}
      overlayRef={overlayRef}
      getCursor={({ isDragging }) => (isDragging ? 'grabbing' : cursor)}
    />
  );
}

// Memoized: a hover re-renders AtlasMap, and every render of the overlay hands deck.gl new props
// (a redraw of the whole map in software WebGL). Only a change of these props should.
export default memo(DeckLayers);
