import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import { useControl } from 'react-map-gl/maplibre';

/** deck.gl layers interleaved into MapLibre's own WebGL context (STACK.md). */
export function DeckOverlay(props: MapLibreOverlayProps) {
  const overlay = useControl<MapLibreOverlay>(
    () => new MapLibreOverlay({ ...props, interleaved: true }),
  );
  overlay.setProps(props);
  return null;
}
