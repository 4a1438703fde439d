import type { PickingInfo } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  Map,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
} from 'react-map-gl/maplibre';
import type { AtlasData, DistrictFeature } from '../data/loadAtlas';
import { unionBBox } from '../domain/districts';
import { registerMap as registerSnapshotMap, type MapView } from './mapSnapshot';
import type { PlacedIncident } from '../domain/incidents';
import { installAtlasDebug } from './atlasDebug';
import { registerMap } from './mapHandle';
import {
  applyDistrictOutlines,
  DISTRICT_LAYER_IDS,
  DISTRICT_SOURCE,
  districtAt,
  districtCollection,
  setDistrictShapes,
  setHighlight,
} from './districtStyle';
import { DistrictFillCanvas, fillCanvasOf } from './fillCanvas';
import { INCIDENT_LAYER_ID } from './incidentIds';
import { labelTierForZoom, type LabelTier } from './labelTier';
import { MapLocale, StyleReady } from './mapChildren';
import { BASE_LAYER_IDS, buildOfflineStyle } from './offlineStyle';
import { maplibregl } from './setupMapLibre';
import type { DistrictPaint } from './themePaints';

// deck.gl (district names, incident points) is not needed for the first frame: its own chunk.
const DeckLayers = lazy(() => import('./DeckLayers'));

// Room for the district list on the left and the panel on the right, which float over the map.
const FIT_PADDING = { top: 30, bottom: 60, left: 300, right: 60 };
// In the one-column layout (adaptive.css, under 60 em) nothing floats over the map: a thin margin, so
// that the VRAEM fills a phone's map instead of a corner of it.
const NARROW_FIT_PADDING = { top: 16, bottom: 16, left: 16, right: 16 };

/** Padding for the first fit of the VRAEM, by layout. */
export function fitPadding(narrow: boolean) {
  return narrow ? NARROW_FIT_PADDING : FIT_PADDING;
}
const INTERACTIVE_LAYERS = [DISTRICT_LAYER_IDS.fill];

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
  /**
   * MapLibre's own UI strings (zoom buttons, the canvas's label), keyed as MapLibre names them
   * ('NavigationControl.ZoomIn', 'Map.Title'), in the reader's language.
   */
  locale?: Readonly<Record<string, string>>;
}

/** The incident under a point (deck.gl picking), once deck.gl is loaded and incidents shown. */
function incidentAt(overlay: MapLibreOverlay | null, x: number, y: number): MapTarget | null {
  if (!overlay) return null;
  const info: PickingInfo | null = overlay.pickObject({
    x,
    y,
    radius: 3,
    layerIds: [INCIDENT_LAYER_ID],
  });
  const object = info?.object as { id?: unknown } | undefined;
  return typeof object?.id === 'string' ? { layer: 'incident', id: object.id } : null;
}

function targetOf(event: MapLayerMouseEvent, overlay: MapLibreOverlay | null): MapTarget | null {
  const incident = incidentAt(overlay, event.point.x, event.point.y);
  if (incident) return incident;
  const ubigeo = districtAt(event.features);
  return ubigeo ? { layer: 'district', id: ubigeo } : null;
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
  locale,
}: AtlasMapProps) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [fills, setFills] = useState<DistrictFillCanvas | null>(null);
  const [hovered, setHovered] = useState<MapTarget | null>(null);
  // deck.gl's chunk is requested only after the first district frame.
  const [firstFrame, setFirstFrame] = useState(false);
  const [labelTier, setLabelTier] = useState<LabelTier>(0);
  // deck.gl is mounted only while it draws something: names from zoom 8, or incidents.
  const deckWanted = labelTier > 0 || incidents !== null;
  const deckWantedRef = useRef(deckWanted);
  useEffect(() => {
    deckWantedRef.current = deckWanted;
  }, [deckWanted]);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  // What the district source and its feature-state hold now (written only in effects).
  const shownShapes = useRef<readonly DistrictFeature[]>(data.districtShapes);
  const shownPaint = useRef<{
    key: string;
    shapes: readonly DistrictFeature[];
    fills: DistrictFillCanvas;
  } | null>(null);

  // The style carries today's districts, so MapLibre's worker starts tiling them at once.
  const mapStyle = useMemo(
    () =>
      buildOfflineStyle({
        peruOutline: data.peruOutline,
        peruDepartments: data.peruDepartments,
        provinceBorders: data.provinceBorders,
        departmentBorders: data.departmentBorders,
        vraemOutline: data.vraemOutline,
        rivers: data.rivers,
        districts: districtCollection(data.districtShapes, data.districts),
      }),
    [data],
  );
  // National scope opens on the whole country (the VRAEM stays outlined); otherwise the VRAEM.
  const bounds = useMemo(
    () => unionBBox(data.scope === 'peru' ? data.districts.list : data.districts.vraem),
    [data],
  );
  const [padding] = useState(() => fitPadding(window.matchMedia('(max-width: 60em)').matches));

  const handleStyleReady = useCallback(
    (ready: MapLibreMap) => {
      setLabelTier(labelTierForZoom(ready.getZoom()));
      installAtlasDebug(ready, () => !deckWantedRef.current || overlayRef.current !== null);
      registerMap(ready);
      registerSnapshotMap(ready);
      // The fill canvas under the map lives as long as the map (it removes itself with it).
      setFills(fillCanvasOf(ready) ?? new DistrictFillCanvas(ready));
      setMap(ready);
    },
    [setMap, setFills],
  );

  // Layout effects: the new colours are on the fill canvas (and outline colours in feature-state)
  // before the browser paints the commit that changed them.
  useLayoutEffect(() => {
    if (!map || shownShapes.current === shapes) return;
    setDistrictShapes(map, shapes, data.districts);
    shownShapes.current = shapes;
  }, [map, shapes, data]);
  useLayoutEffect(() => {
    if (!map || !fills) return;
    const shown = shownPaint.current;
    if (shown && shown.key === paint.key && shown.shapes === shapes && shown.fills === fills)
      return;
    if (shown?.shapes !== shapes || shown.fills !== fills) fills.setShapes(shapes);
    fills.setPaint(paint);
    applyDistrictOutlines(map, shapes, paint);
    shownPaint.current = { key: paint.key, shapes, fills };
  }, [map, fills, shapes, paint]);

  useEffect(() => {
    if (!map) return;
    const onZoom = () => setLabelTier(labelTierForZoom(map.getZoom()));
    map.on('zoom', onZoom);
    return () => {
      map.off('zoom', onZoom);
    };
  }, [map]);

  const hoveredDistrict = hovered?.layer === 'district' ? hovered.id : null;
  useEffect(() => {
    if (!map) return;
    // The tooltip paints first and the outline follows: new highlight data makes MapLibre redraw
    // the whole map (hundreds of ms in software WebGL), which must not hold up the tooltip's
    // frame. A quick pointer sweep cancels the outlines it no longer needs.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() =>
        setHighlight(map, shapes, hoveredDistrict ?? emphasis, selected),
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [map, shapes, hoveredDistrict, emphasis, selected]);

  // The first frame drawn with the district source loaded and its colours set.
  useEffect(() => {
    if (!map || firstFrame) return;
    const onRender = () => {
      if (!shownPaint.current || !map.isSourceLoaded(DISTRICT_SOURCE)) return;
      map.off('render', onRender);
      for (const id of BASE_LAYER_IDS) map.setLayoutProperty(id, 'visibility', 'visible');
      setFirstFrame(true);
      onFirstFrame?.();
    };
    map.on('render', onRender);
    map.triggerRepaint();
    return () => {
      map.off('render', onRender);
    };
  }, [map, firstFrame, onFirstFrame]);

  const handleMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const target = targetOf(event, overlayRef.current);
      setHovered((previous) =>
        previous?.layer === target?.layer && previous?.id === target?.id ? previous : target,
      );
      onHover(target ? { ...target, x: event.point.x, y: event.point.y } : null);
    },
    [onHover],
  );
  const handleMouseOut = useCallback(() => {
    setHovered(null);
    onHover(null);
  }, [onHover]);
  const handleClick = useCallback(
    (event: MapLayerMouseEvent) => onPick(targetOf(event, overlayRef.current)),
    [onPick],
  );
  const cursor = hovered ? 'pointer' : 'grab';

  return (
    <Map
      mapLib={maplibregl}
      mapStyle={mapStyle}
      initialViewState={
        initialViewport ??
        (bounds
          ? {
              bounds: [bounds[0], bounds[1], bounds[2], bounds[3]],
              fitBoundsOptions: { padding },
            }
          : undefined)
      }
      style={{ position: 'absolute', inset: 0 }}
      attributionControl={false}
      locale={locale}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      interactiveLayerIds={INTERACTIVE_LAYERS}
      cursor={cursor}
      onMouseMove={handleMouseMove}
      onMouseOut={handleMouseOut}
      onClick={handleClick}
    >
      <StyleReady onReady={handleStyleReady} />
      <MapLocale locale={locale} />
      <NavigationControl
        key={locale?.['NavigationControl.ZoomIn']}
        position="top-right"
        showCompass={false}
      />
      <ScaleControl position="bottom-right" unit="metric" />
      {firstFrame && deckWanted && (
        <Suspense fallback={null}>
          <DeckLayers
            districts={data.districts}
            tier={labelTier}
            incidents={incidents}
            cursor={cursor}
            overlayRef={overlayRef}
          />
        </Suspense>
      )}
    </Map>
  );
}
