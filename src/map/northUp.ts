/**
 * The atlas is a flat, north-up map: the 2D canvases (layerCanvas.ts) draw with a plain affine
 * transform, exact only without pitch or bearing, the link's #map= hash stores no bearing, and the
 * exported figure's north arrow points up. So the camera may never tilt or turn, whoever asks:
 * mouse, touch, keyboard (MapLibre's Shift+arrows) or code (jumpTo, easeTo, flyTo).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Props for react-map-gl's <Map>. `bearing` and `pitch` given as props are held by react-map-gl's
 * camera-update hook (MapLibre's transformCameraUpdate), which every camera change goes through,
 * gestures and API calls alike; maxPitch 0 leaves MapLibre no room to tilt on its own.
 */
export const NORTH_UP_PROPS = {
  bearing: 0,
  pitch: 0,
  maxPitch: 0,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
} as const;

/**
 * The handlers that would still try to turn the map (and, held at north, would swallow the keys
 * and fingers meant for it): Shift+←/→ and Shift+↑/↓ then do nothing, a two-finger twist only
 * zooms and pans.
 */
export function lockNorthUp(map: MapLibreMap): void {
  map.keyboard.disableRotation();
  map.touchZoomRotate.disableRotation();
  map.dragRotate.disable();
  map.touchPitch.disable();
}
