/** The map's 2D canvases (fills, lines, highlight, names: layerCanvas.ts), one set per map. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/loadAtlas';
import { DistrictFillCanvas } from './fillCanvas';
import { frameFor } from './fillGeometry';
import { HighlightCanvas } from './highlightCanvas';
import { LabelCanvas } from './labelCanvas';
import { DistrictLineCanvas } from './lineCanvas';

/** The map's 2D canvases (layerCanvas.ts), bottom first. */
export interface MapCanvases {
  fills: DistrictFillCanvas;
  lines: DistrictLineCanvas;
  highlight: HighlightCanvas;
  labels: LabelCanvas;
}

// One set per map, however often the style-ready hand-off runs (React's strict mode runs it twice).
const canvasesOf = new WeakMap<MapLibreMap, MapCanvases>();

export function canvasesFor(map: MapLibreMap, data: AtlasData): MapCanvases {
  let canvases = canvasesOf.get(map);
  if (!canvases) {
    // One local frame (Peru's north-west corner) for all three, so that they share the paths.
    const frame = frameFor([data.peruOutline.geometry]);
    canvases = {
      fills: new DistrictFillCanvas(map, frame, data.peruOutline.geometry),
      lines: new DistrictLineCanvas(map, frame, data),
      highlight: new HighlightCanvas(map, frame),
      labels: new LabelCanvas(map, frame, data.districts.list, data.places.places),
    };
    canvasesOf.set(map, canvases);
  }
  return canvases;
}
