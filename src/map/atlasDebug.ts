/**
 * A small read-only hook on window for the browser tests and the benchmark: where a place is
 * on screen, and whether the map has finished drawing. It exposes no data and changes nothing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelBoxesOf, type LabelBox } from './labelCanvas';
import { layerCanvasesDrawn } from './layerCanvas';
import { cameraSettled } from './mapRegistry';

declare global {
  interface Window {
    atlasDebug?: {
      /** Page coordinates (CSS pixels) of a longitude/latitude. */
      project: (lon: number, lat: number) => { x: number; y: number };
      /**
       * True when the style is loaded, the camera is still, the view the link asks for has its
       * data (the indicator files load after the first frame), picking reads the shapes on
       * screen (new shapes reach MapLibre's worker asynchronously) and, if the view shows them,
       * the incident points (deck.gl) are on the map, and the 2D canvases (fills, lines, names,
       * highlight) show what they should, with no redraw pending.
       */
      idle: () => boolean;
      /** The district and town names on screen, as boxes in page CSS pixels. */
      labels: () => LabelBox[];
    };
  }
}

export function installAtlasDebug(
  map: MapLibreMap,
  deckReady: () => boolean,
  viewSettled: () => boolean,
): void {
  window.atlasDebug = {
    project: (lon, lat) => {
      const rect = map.getContainer().getBoundingClientRect();
      const point = map.project([lon, lat]);
      return { x: rect.left + point.x, y: rect.top + point.y };
    },
    idle: () =>
      map.loaded() &&
      !map.isMoving() &&
      cameraSettled() &&
      map.areTilesLoaded() &&
      viewSettled() &&
      deckReady() &&
      layerCanvasesDrawn(map),
    labels: () => labelBoxesOf(map),
  };
}
