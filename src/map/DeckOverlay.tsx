import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import { useEffect, type RefObject } from 'react';
import { useControl } from 'react-map-gl/maplibre';

export interface DeckOverlayProps extends MapLibreOverlayProps {
  /** Receives the overlay, for picking from MapLibre's own events. */
  overlayRef?: RefObject<MapLibreOverlay | null>;
}

/** deck.gl layers interleaved into MapLibre's own WebGL context (STACK.md). */
export function DeckOverlay({ overlayRef, ...props }: DeckOverlayProps) {
  const overlay = useControl<MapLibreOverlay>(
    () => new MapLibreOverlay({ ...props, interleaved: true }),
  );
  overlay.setProps(props);
  useEffect(() => {
    if (!overlayRef) return;
    overlayRef.current = overlay;
    return () => {
      overlayRef.current = null;
    };
  }, [overlay, overlayRef]);
  return null;
}
