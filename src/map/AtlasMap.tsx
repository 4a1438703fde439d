import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import {
  Map,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import type { AtlasData, DistrictFeature } from '../data/loadAtlas';
import { unionBBox } from '../domain/districts';
import { DeckOverlay } from './DeckOverlay';
import {
  buildDistrictLayer,
  buildHighlightLayer,
  DECK_LAYER_IDS,
  buildLabelLayer,
  labelTierForZoom,
  type LabelTier,
} from './districtLayers';
import { installAtlasDebug } from './atlasDebug';
import { registerMap, type MapView } from './mapSnapshot';
import type { PlacedIncident } from '../domain/incidents';
import { buildIncidentLayer } from './incidentLayer';
import { buildOfflineStyle } from './offlineStyle';
import type { DistrictPaint } from './themePaints';
import { maplibregl } from './setupMapLibre';

// Room for the district list on the left and the panel on the right, which float over the map.
const FIT_PADDING = { top: 30, bottom: 60, left: 300, right: 60 };

/** What the pointer is over: a district (by ubigeo) or a point of an overlay layer (by id). */
export interface MapTarget {
  layer: 'district' | 'incident';
  id: string;
}

export interface HoverInfo extends MapTarget {
  x: number;
  y: number;
}

export interface AtlasMapProps {
  data: AtlasData;
  /** District polygons to draw: today's, or the comparable (merged) ones. */
  shapes: readonly DistrictFeature[];
  paint: DistrictPaint;
  /** Incident points to draw above the districts, or null for none. */
  incidents: readonly PlacedIncident[] | null;
  selected: string | null;
  /** A district to outline from outside the map (e.g. a hovered chart line). */
  emphasis?: string | null;
  onHover: (hover: HoverInfo | null) => void;
  onPick: (target: MapTarget | null) => void;
  onFirstFrame?: () => void;
  /** Camera from the link's #map= hash; without one the map fits the VRAEM. */
  initialViewport?: MapView | null;
}

function targetOf(info: PickingInfo | null | undefined): MapTarget | null {
  const object = info?.object as { id?: unknown; properties?: { ubigeo?: unknown } } | undefined;
  if (!info?.layer || !object) return null;
  if (info.layer.id === DECK_LAYER_IDS.districts && typeof object.properties?.ubigeo === 'string') {
    return { layer: 'district', id: object.properties.ubigeo };
  }
  if (typeof object.id === 'string') return { layer: 'incident', id: object.id };
  return null;
}

export default function AtlasMap({
  data,
  shapes,
  paint,
  incidents,
  selected,
  emphasis = null,
  onHover,
  onPick,
  onFirstFrame,
  initialViewport = null,
}: AtlasMapProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [labelTier, setLabelTier] = useState<LabelTier>(0);
  const firstFrameSeen = useRef(false);
  // Layers passed before the style has loaded are appended on top of it; the render after
  // 'load' lets the overlay move the district fills below the boundary lines (beforeId).
  const [styleLoaded, setStyleLoaded] = useState(false);
  const overlayRef = useRef<MapLibreOverlay | null>(null);

  const mapStyle = useMemo(
    () =>
      buildOfflineStyle({
        peruDepartments: data.peruDepartments,
        provinceBorders: data.provinceBorders,
        departmentBorders: data.departmentBorders,
        vraemOutline: data.vraemOutline,
        rivers: data.rivers,
      }),
    [data],
  );
  const bounds = useMemo(() => unionBBox(data.districts.vraem), [data]);
  const districtLayer = useMemo(() => buildDistrictLayer(shapes, paint), [shapes, paint]);
  const incidentLayer = useMemo(
    () => (incidents ? buildIncidentLayer(incidents) : null),
    [incidents],
  );
  const labelLayer = useMemo(() => buildLabelLayer(data.districts, labelTier), [data, labelTier]);
  const highlightLayer = buildHighlightLayer({ shapes, hovered: hovered ?? emphasis, selected });

  const handleHover = useCallback(
    (info: PickingInfo) => {
      const target = targetOf(info);
      setHovered(target?.layer === 'district' ? target.id : null);
      onHover(target ? { ...target, x: info.x, y: info.y } : null);
    },
    [onHover],
  );
  // Clicks are picked from MapLibre's own click event: deck.gl's interleaved overlay does not
  // deliver onClick from its gesture recognizer here (seen in headless Chromium, deck 9.4).
  const handleClick = useCallback(
    (event: MapLayerMouseEvent) => {
      onPick(
        targetOf(overlayRef.current?.pickObject({ x: event.point.x, y: event.point.y, radius: 3 })),
      );
    },
    [onPick],
  );
  const handleAfterRender = useCallback(() => {
    if (firstFrameSeen.current) return;
    firstFrameSeen.current = true;
    onFirstFrame?.();
  }, [onFirstFrame]);
  const handleZoom = useCallback((event: ViewStateChangeEvent) => {
    setLabelTier(labelTierForZoom(event.viewState.zoom));
  }, []);

  return (
    <Map
      mapLib={maplibregl}
      mapStyle={mapStyle}
      initialViewState={
        initialViewport ??
        (bounds
          ? {
              bounds: [bounds[0], bounds[1], bounds[2], bounds[3]],
              fitBoundsOptions: { padding: FIT_PADDING },
            }
          : undefined)
      }
      style={{ position: 'absolute', inset: 0 }}
      attributionControl={false}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      onZoom={handleZoom}
      onClick={handleClick}
      onLoad={(event) => {
        installAtlasDebug(event.target);
        registerMap(event.target);
        setStyleLoaded(true);
      }}
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-right" unit="metric" />
      <DeckOverlay
        layers={styleLoaded ? [districtLayer, highlightLayer, labelLayer, incidentLayer] : []}
        onHover={handleHover}
        overlayRef={overlayRef}
        onAfterRender={handleAfterRender}
        getCursor={({ isHovering }) => (isHovering ? 'pointer' : 'grab')}
      />
    </Map>
  );
}
