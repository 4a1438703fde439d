import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import { useEffect, useState, type RefObject } from 'react';
import { useControl } from 'react-map-gl/maplibre';

export interface DeckOverlayProps extends MapLibreOverlayProps {
  /**
   * Receives the overlay once deck.gl has drawn (before it has loaded, picking throws). Its layers
   * become pickable when their shaders have linked, which luma.gl does asynchronously: in software
   * WebGL up to a second or two after mounting.
   */
  overlayRef?: RefObject<MapLibreOverlay | null>;
}

const noop = () => undefined;

/** deck.gl layers interleaved into MapLibre's own WebGL context (STACK.md). */
export function DeckOverlay({ overlayRef, ...props }: DeckOverlayProps) {
  const [drawn, setDrawn] = useState(false);
  // Only until the first draw: onAfterRender runs on every map frame (deck.gl merges props, so
  // the callback is replaced by a no-op rather than left out).
  const withDrawn = { ...props, onAfterRender: drawn ? noop : () => setDrawn(true) };
  const overlay = useControl<MapLibreOverlay>(
    () => new MapLibreOverlay({ ...withDrawn, interleaved: true }),
  );
  overlay.setProps(withDrawn);
  useEffect(() => {
    if (!overlayRef || !drawn) return;
    overlayRef.current = overlay;
    return () => {
      overlayRef.current = null;
    };
  }, [overlay, overlayRef, drawn]);
  return null;
}
