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
import { Map, NavigationControl, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { AtlasData, DistrictFeature } from '../data/loadAtlas';
import { paintOnlyWhenShown } from './quietGl';
import { unionBBox } from '../domain/districts';
import { registerMap, type MapView } from './mapRegistry';
import type { PlacedIncident } from '../domain/incidents';
import type { UcdpEvent } from '../data/ucdpSchemas';
import { installAtlasDebug } from './atlasDebug';
import {
  DISTRICT_LAYER_IDS,
  DISTRICT_SOURCE,
  districtCollection,
  setDistrictShapes,
} from './districtStyle';
import { canvasesFor, type MapCanvases } from './mapCanvases';
import { MapLocale, SettledScale, StyleReady } from './mapChildren';
import { mapErrorHandler } from './mapFallback';
import { lockNorthUp, NORTH_UP_PROPS } from './northUp';
import { buildOfflineStyle } from './offlineStyle';
import { fitPadding, isNarrowLayout } from './layout';
import { targetOf, type HoverInfo, type MapTarget } from './mapTargets';
import { maplibregl } from './setupMapLibre';
import type { DistrictPaint } from './themePaints';

// deck.gl (incident points) is not needed for the first frame: its own chunk.
const DeckLayers = lazy(() => import('./DeckLayers'));

const INTERACTIVE_LAYERS = [DISTRICT_LAYER_IDS.fill];

// Also here for the callers that import them from the map component (new code: mapTargets.ts).
export type { HoverInfo, MapTarget };

export interface AtlasMapProps {
  data: AtlasData;
  /** District polygons to draw: today's, or the comparable (merged) ones. */
  shapes: readonly DistrictFeature[];
  paint: DistrictPaint;
  /** Incident points to draw above the districts, or null for none. */
  incidents: readonly PlacedIncident[] | null;
  /** UCDP GED events to draw at their own coordinates, under the incidents; null for none. */
  ucdpEvents?: readonly UcdpEvent[] | null;
  selected: string | null;
  /** A district to outline from outside the map (e.g. a hovered chart line). */
  emphasis?: string | null;
  /**
   * The view's data is still loading (the indicator files come after the first frame): the map
   * shows the VRAEM until then, and is not idle for the browser tests and the bench.
   */
  viewLoading?: boolean;
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
  /** MapLibre could not start (mapFallback.ts). */
  onUnavailable?: () => void;
}

export default function AtlasMap({
  data,
  shapes,
  paint,
  incidents,
  ucdpEvents = null,
  selected,
  emphasis = null,
  viewLoading = false,
  onHover,
  onPick,
  onFirstFrame,
  initialViewport = null,
  locale,
  onUnavailable,
}: AtlasMapProps) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [canvases, setCanvases] = useState<MapCanvases | null>(null);
  const [hovered, setHovered] = useState<MapTarget | null>(null);
  // deck.gl's chunk is requested only after the first district frame.
  const [firstFrame, setFirstFrame] = useState(false);
  // deck.gl is mounted only while it draws something: the incident points.
  const deckWanted = incidents !== null || ucdpEvents !== null;
  const deckWantedRef = useRef(deckWanted);
  useEffect(() => {
    deckWantedRef.current = deckWanted;
  }, [deckWanted]);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  // The shapes of the first render go into the style itself: a link to the comparable view then
  // picks the merged shapes from the first frame, with no setData racing the first hover.
  const [initialShapes] = useState(shapes);
  // What the district source and the canvases hold now (written only in effects).
  const shownShapes = useRef<readonly DistrictFeature[]>(initialShapes);
  const pickingUpdates = useRef(0);
  const viewLoadingRef = useRef(viewLoading);
  useEffect(() => {
    viewLoadingRef.current = viewLoading;
  }, [viewLoading]);
  const shownPaint = useRef<{
    key: string;
    shapes: readonly DistrictFeature[];
    canvases: MapCanvases;
  } | null>(null);

  // The style carries the districts, so MapLibre's worker starts tiling them at once.
  const mapStyle = useMemo(
    () => buildOfflineStyle(districtCollection(initialShapes, data.districts)),
    [data, initialShapes],
  );
  // National scope opens on the whole country (the VRAEM stays outlined); otherwise the VRAEM.
  const bounds = useMemo(
    () => unionBBox(data.scope === 'peru' ? data.districts.list : data.districts.vraem),
    [data],
  );
  const [padding] = useState(() => fitPadding(isNarrowLayout()));

  const handleStyleReady = useCallback(
    (ready: MapLibreMap) => {
      lockNorthUp(ready);
      registerMap(ready);
      // The canvases live as long as the map (they remove themselves with it).
      setCanvases(canvasesFor(ready, data));
      setMap(ready);
    },
    [data],
  );

  // Layout effects: the new colours are on the canvases before the browser paints the commit that
  // changed them.
  useLayoutEffect(() => {
    if (!map || shownShapes.current === shapes) return;
    shownShapes.current = shapes;
    // Until the worker has the new shapes and the tiles are rebuilt from them, picking finds the
    // old ones: the map is not idle for the browser tests and the bench meanwhile.
    pickingUpdates.current += 1;
    const settled = () => {
      map.once('idle', () => (pickingUpdates.current -= 1));
      map.triggerRepaint();
    };
    setDistrictShapes(map, shapes, data.districts).then(settled, settled);
  }, [map, shapes, data]);
  useLayoutEffect(() => {
    if (!canvases) return;
    const shown = shownPaint.current;
    const same = shown?.shapes === shapes && shown.canvases === canvases;
    if (same && shown.key === paint.key) return;
    if (!same) canvases.fills.setShapes(shapes);
    canvases.fills.setPaint(paint);
    canvases.lines.setDistricts(shapes, paint, data.districts);
    shownPaint.current = { key: paint.key, shapes, canvases };
  }, [canvases, shapes, paint, data]);

  const hoveredDistrict = hovered?.layer === 'district' ? hovered.id : null;
  // After the paint: the tooltip of a pointer move shows first, the outline a frame later.
  useEffect(() => {
    canvases?.highlight.set(shapes, hoveredDistrict ?? emphasis, selected);
  }, [canvases, shapes, hoveredDistrict, emphasis, selected]);

  // MapLibre's canvas is read back on every frame it is visible (layerCanvas.ts): shown only while
  // deck.gl draws on it, and painted only then (quietGl.ts).
  const glShown = firstFrame && deckWanted;
  const glShownRef = useRef(glShown);
  useEffect(() => {
    glShownRef.current = glShown;
    map?.getContainer().toggleAttribute('data-gl-layers', glShown);
    if (glShown) map?.triggerRepaint();
  }, [map, glShown]);
  useEffect(() => (map ? paintOnlyWhenShown(map, () => glShownRef.current) : undefined), [map]);

  // The first frame drawn with the district source loaded and its colours set.
  useEffect(() => {
    if (!map || firstFrame) return;
    const onRender = () => {
      if (!shownPaint.current || !map.isSourceLoaded(DISTRICT_SOURCE)) return;
      map.off('render', onRender);
      // Only now: before it, the district source may still hold the shapes the style began with.
      installAtlasDebug(
        map,
        () => !deckWantedRef.current || overlayRef.current !== null,
        () => pickingUpdates.current === 0 && !viewLoadingRef.current,
      );
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
      // A drag moves the map under a still pointer: no district is being pointed at (the hover
      // is dropped when it starts), and picking and outlining one on every move would cost each
      // frame of the drag.
      const dragging = event.originalEvent.buttons !== 0;
      const target = dragging ? null : targetOf(event, overlayRef.current);
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
      {...NORTH_UP_PROPS}
      interactiveLayerIds={INTERACTIVE_LAYERS}
      cursor={cursor}
      onMouseMove={handleMouseMove}
      onMouseOut={handleMouseOut}
      onDragStart={handleMouseOut}
      onClick={handleClick}
      onError={mapErrorHandler(onUnavailable)}
    >
      <StyleReady onReady={handleStyleReady} />
      <MapLocale locale={locale} />
      <NavigationControl
        key={locale?.['NavigationControl.ZoomIn']}
        position="top-right"
        showCompass={false}
      />
      <SettledScale />
      {glShown && (
        <Suspense fallback={null}>
          <DeckLayers
            incidents={incidents}
            ucdpEvents={ucdpEvents}
            cursor={cursor}
            overlayRef={overlayRef}
          />
        </Suspense>
      )}
    </Map>
  );
}
