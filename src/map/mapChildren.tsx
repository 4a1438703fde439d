/**
 * Small children of the react-map-gl Map that reach the MapLibre instance through useMap: the
 * style-ready hand-off, the MapLibre UI strings and the scale bar.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useControl, useMap } from 'react-map-gl/maplibre';
import { DISTRICT_SOURCE } from './districtStyle';
import { SettledScaleControl } from './settledScale';

/**
 * Hands the map out once its style (with the district source) is loaded, or at once if it is.
 */
export function StyleReady({ onReady }: { onReady: (map: MapLibreMap) => void }) {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    if (map.getSource(DISTRICT_SOURCE)) {
      onReady(map);
      return;
    }
    const handler = () => onReady(map);
    map.once('style.load', handler);
    return () => {
      map.off('style.load', handler);
    };
  }, [current, onReady]);
  return null;
}

/**
 * MapLibre reads its UI strings once, when the map and each control are created (from the
 * `locale` option). A language switch updates its table and the canvas's label here; the zoom
 * buttons, keyed by their label, are then re-created and read the new table. Rendered before the
 * controls, so that this effect runs before theirs.
 */
export function MapLocale({ locale }: { locale: Readonly<Record<string, string>> | undefined }) {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map || !locale) return;
    Object.assign(map._locale, locale);
    const title = locale['Map.Title'];
    if (title) map.getCanvas().setAttribute('aria-label', title);
  }, [current, locale]);
  return null;
}

/** The scale bar, bottom right, written when the camera settles (settledScale.ts). */
export function SettledScale() {
  useControl(() => new SettledScaleControl(), { position: 'bottom-right' });
  return null;
}
