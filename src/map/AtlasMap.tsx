import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  Map,
  NavigationControl,
  ScaleControl,
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
  const handleClick = useCallback(
    (info: PickingInfo<DistrictFeature>) => onSelect(info.object?.properties.ubigeo ?? null),
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
              fitBoundsOptions: { padding: 40 },
            }
          : undefined
      }
      style={{ position: 'absolute', inset: 0 }}
      attributionControl={false}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      onZoom={handleZoom}
      onLoad={(event) => installAtlasDebug(event.target)}
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-right" unit="metric" />
      <DeckOverlay
        layers={[districtLayer, highlightLayer, labelLayer]}
        onHover={handleHover}
        onClick={handleClick}
        onAfterRender={handleAfterRender}
        getCursor={({ isHovering }) => (isHovering ? 'pointer' : 'grab')}
      />
    </Map>
  );
}
