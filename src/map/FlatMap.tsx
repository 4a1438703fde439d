/**
 * The map without WebGL (no WebGL2, or MapLibre could not start): the same 2D canvases as the
 * WebGL map (fills, lines and names, highlight; layerCanvas.ts), placed by a camera of our own
 * (flatCamera.ts, flatHost.ts) instead of MapLibre's. Fitted to the scope or the link's #map=
 * view; zoom buttons and the wheel zoom, a drag pans, a click picks the district under the
 * pointer by point-in-polygon. Registered as the live map (mapRegistry.ts), so that the #map= link,
 * the first fit, image export, print and area drawing work on it as on MapLibre's. Event points
 * (deck.gl) need WebGL and are not drawn: the page says the map is simplified (Sidebar).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { labelBoxesOf } from './labelCanvas';
import type { AtlasData, DistrictFeature } from '../data/loadAtlas';
import { districtLocator } from '../data/import/districtLocator';
import { unionBBox } from '../domain/districts';
import type { HoverInfo, MapTarget } from './mapTargets';
import { fitBounds, panBy, zoomAround, type FlatView } from './flatCamera';
import { FlatHost } from './flatHost';
import { fitPadding, isNarrowLayout } from './layout';
import { flatCanvases, type FlatCanvases } from './flatCanvases';
import { registerMap, type MapView } from './mapRegistry';
import type { DistrictPaint } from './themePaints';

export interface FlatMapProps {
  data: AtlasData;
  shapes: readonly DistrictFeature[];
  paint: DistrictPaint;
  selected: string | null;
  emphasis?: string | null;
  onHover: (hover: HoverInfo | null) => void;
  onPick: (target: MapTarget | null) => void;
  onFirstFrame?: () => void;
  initialViewport?: MapView | null;
  /** The zoom buttons' labels, keyed as MapLibre names them ('NavigationControl.ZoomIn'). */
  locale?: Readonly<Record<string, string>>;
}

// A press that moves less than this is a click, not a drag (CSS px).
const CLICK_SLOP = 4;
// Wheel: one notch (100 px of deltaY) is half a zoom level.
const WHEEL_ZOOM_PER_PX = 1 / 200;
// The wheel's gesture ends (MapLibre's 'moveend': the link is written) after this pause (ms).
const WHEEL_END_MS = 200;

interface Press {
  id: number;
  x: number;
  y: number;
  dragged: boolean;
}

export default function FlatMap({
  data,
  shapes,
  paint,
  selected,
  emphasis = null,
  onHover,
  onPick,
  onFirstFrame,
  initialViewport = null,
  locale,
}: FlatMapProps) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [host, setHost] = useState<FlatHost | null>(null);
  const [canvases, setCanvases] = useState<FlatCanvases | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const press = useRef<Press | null>(null);
  const locate = useMemo(() => districtLocator(shapes), [shapes]);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const bounds = unionBBox(data.scope === 'peru' ? data.districts.list : data.districts.vraem);
    const made = new FlatHost(container, (width, height): FlatView => {
      if (initialViewport) {
        const { zoom, longitude, latitude } = initialViewport;
        return { zoom, center: [longitude, latitude], width, height };
      }
      const box = bounds ?? [-81.4, -18.4, -68.6, -0.03];
      return fitBounds(box, width, height, fitPadding(isNarrowLayout()));
    });
    setHost(made);
    setCanvases(flatCanvases(made, data));
    // Image export, print, the #map= link, the first fit and area drawing find it there.
    registerMap(made);
    return () => made.remove();
    // The first view only: later changes of the link's view do not refit the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  useLayoutEffect(() => {
    if (!canvases) return;
    canvases.fills.setShapes(shapes);
    canvases.fills.setPaint(paint);
    canvases.lines.setDistricts(shapes, paint, data.districts);
  }, [canvases, shapes, paint, data]);

  useEffect(() => {
    canvases?.highlight.set(shapes, hovered ?? emphasis, selected);
  }, [canvases, shapes, hovered, emphasis, selected]);

  // The districts are on the canvases once the paint is: the first frame, and the test hook.
  useEffect(() => {
    if (!host || !canvases) return;
    window.atlasDebug = {
      project: (lon, lat) => {
        const rect = host.getContainer().getBoundingClientRect();
        const point = host.project([lon, lat]);
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
      idle: () => true,
      labels: () => labelBoxesOf(host),
    };
    onFirstFrame?.();
  }, [host, canvases, onFirstFrame]);

  // The wheel, not passive (React's is), so that the page does not scroll under the map.
  useEffect(() => {
    if (!host) return;
    const surface = host.surface;
    let end = 0;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 800 : 1;
      const delta = -event.deltaY * unit * WHEEL_ZOOM_PER_PX;
      host.setView(zoomAround(host.getView(), delta, event.offsetX, event.offsetY));
      window.clearTimeout(end);
      end = window.setTimeout(() => host.endMove(), WHEEL_END_MS);
    };
    surface.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      window.clearTimeout(end);
      surface.removeEventListener('wheel', onWheel);
    };
  }, [host]);

  const targetAt = (x: number, y: number): MapTarget | null => {
    if (!host) return null;
    const { lng, lat } = host.unproject([x, y]);
    const ubigeo = locate(lng, lat);
    return ubigeo ? { layer: 'district', id: ubigeo } : null;
  };

  const pointerAt = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || event.target !== host?.surface) return;
    const { x, y } = pointerAt(event);
    press.current = { id: event.pointerId, x, y, dragged: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!host) return;
    const { x, y } = pointerAt(event);
    const held = press.current;
    if (held?.id === event.pointerId) {
      if (!held.dragged && Math.hypot(x - held.x, y - held.y) < CLICK_SLOP) return;
      held.dragged = true;
      host.setView(panBy(host.getView(), x - held.x, y - held.y));
      held.x = x;
      held.y = y;
      return;
    }
    if (event.target !== host.surface) return;
    const target = targetAt(x, y);
    setHovered(target?.id ?? null);
    onHover(target ? { ...target, x, y } : null);
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const held = press.current;
    if (held?.id !== event.pointerId) return;
    press.current = null;
    if (held.dragged) host?.endMove();
    else onPick(targetAt(held.x, held.y));
  };

  const onPointerLeave = () => {
    if (press.current) return;
    setHovered(null);
    onHover(null);
  };

  const zoomBy = (delta: number) => {
    if (!host) return;
    const view = host.getView();
    host.setView(zoomAround(view, delta, view.width / 2, view.height / 2));
    host.endMove();
  };

  return (
    <div
      ref={containerRef}
      className="flat-map"
      data-testid="flat-map"
      style={{ cursor: hovered ? 'pointer' : 'grab' }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        if (press.current?.dragged) host?.endMove();
        press.current = null;
      }}
      onPointerLeave={onPointerLeave}
    >
      <div className="flat-map-zoom">
        <button
          type="button"
          onClick={() => zoomBy(1)}
          aria-label={locale?.['NavigationControl.ZoomIn']}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(-1)}
          aria-label={locale?.['NavigationControl.ZoomOut']}
        >
          −
        </button>
      </div>
    </div>
  );
}
