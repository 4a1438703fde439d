/**
 * The 2D canvases of the map without WebGL: the same three as the WebGL map's (AtlasMap's
 * canvasesFor), on the flat camera's host.
 */
import type { AtlasData } from '../data/loadAtlas';
import { DistrictFillCanvas } from './fillCanvas';
import { frameFor } from './fillGeometry';
import type { FlatHost } from './flatHost';
import { HighlightCanvas } from './highlightCanvas';
import { DistrictLineCanvas } from './lineCanvas';
import { LabelCanvas } from './labelCanvas';

export interface FlatCanvases {
  fills: DistrictFillCanvas;
  lines: DistrictLineCanvas;
  highlight: HighlightCanvas;
  labels: LabelCanvas;
}

export function flatCanvases(host: FlatHost, data: AtlasData): FlatCanvases {
  // One local frame (Peru's north-west corner) for all three, so that they share the paths.
  const frame = frameFor([data.peruOutline.geometry]);
  return {
    fills: new DistrictFillCanvas(host, frame, data.peruOutline.geometry),
    lines: new DistrictLineCanvas(host, frame, data),
    highlight: new HighlightCanvas(host, frame),
    labels: new LabelCanvas(host, frame, data.districts.list, data.places.places),
  };
}
