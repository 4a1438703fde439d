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
  buildLabelLayer,
  labelTierForZoom,
  type LabelTier,
} from './districtLayers';
import { installAtlasDebug } from './atlasDebug';
import { buildOfflineStyle } from './offlineStyle';
import { maplibregl } from './setupMapLibre';

// Room for the district list on the left and the panel on the right, which float over the map.
const FIT_PADDING = { top: 30, bottom: 60, left: 300, right: 60 };

export interface HoverInfo {
  ubigeo: string;
  x: number;
  y: number;
}

export interface AtlasMapProps {
  data: AtlasData;
  selected: string | null;
  onHover: (hover: HoverInfo | null) => void;
  onSelect: (ubigeo: string | null) => void;
  onFirstFrame?: () => void;
}

export default function AtlasMap({
  data,
  selected,
  onHover,
  onSelect,
  onFirstFrame,
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
  const districtLayer = useMemo(
    () => buildDistrictLayer(data.districtShapes, data.districts),
    [data],
  );
  const labelLayer = useMemo(() => buildLabelLayer(data.districts, labelTier), [data, labelTier]);
  const highlightLayer = buildHighlightLayer({ shapes: data.districtShapes, hovered, selected });

  const handleHover = useCallback(
    (info: PickingInfo<DistrictFeature>) => {
      const ubigeo = info.object?.properties.ubigeo ?? null;
      setHovered(ubigeo);
      onHover(ubigeo ? { ubigeo, x: info.x, y: info.y } : null);
    },
    [onHover],
  );
  // Clicks are picked from MapLibre's own click event: deck.gl's interleaved overlay does not
  // deliver onClick from its gesture recognizer here (seen in headless Chromium, deck 9.4).
  const handleClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const info = overlayRef.current?.pickObject({
        x: event.point.x,
        y: event.point.y,
        radius: 2,
      });
      const object = info?.object as DistrictFeature | undefined;
      onSelect(object?.properties.ubigeo ?? null);
    },
    [onSelect],
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
        bounds
          ? {
              bounds: [bounds[0], bounds[1], bounds[2], bounds[3]],
              fitBoundsOptions: { padding: FIT_PADDING },
            }
          : undefined
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
        setStyleLoaded(true);
      }}
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-right" unit="metric" />
      <DeckOverlay
        layers={styleLoaded ? [districtLayer, highlightLayer, labelLayer] : []}
        onHover={handleHover}
        overlayRef={overlayRef}
        onAfterRender={handleAfterRender}
        getCursor={({ isHovering }) => (isHovering ? 'pointer' : 'grab')}
      />
    </Map>
  );
}
