/**
 * The top 2D canvas of the map (layerCanvas.ts): the outline of the hovered district (amber) and
 * of the selected one (red, drawn last). A hover redraws only this canvas, in about a
 * millisecond, and makes no MapLibre frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DistrictFeature } from '../data/loadAtlas';
import { ringsOf } from '../domain/distance';
import { highlightCollection } from './districtStyle';
import { frameFor, type LocalFrame } from './fillGeometry';
import { LayerCanvas, localPath, onScreen, type CanvasView } from './layerCanvas';
import { COLORS, rgbaCssExact } from './palette';

interface Outline {
  selected: boolean;
  path: Path2D;
}

export class HighlightCanvas extends LayerCanvas {
  private localFrame: LocalFrame | null = null;
  private outlines: Outline[] = [];
  private version = 0;

  constructor(map: MapLibreMap) {
    super(map, 'district-highlight-canvas');
  }

  protected get frame(): LocalFrame | null {
    return this.localFrame;
  }

  protected get contentKey(): string {
    return String(this.version);
  }

  /** Outlines the hovered and the selected district of `shapes` (either may be null). */
  set(shapes: readonly DistrictFeature[], hovered: string | null, selected: string | null): void {
    const { features } = highlightCollection(shapes, hovered, selected);
    const frame = frameFor(features.map((f) => f.geometry));
    this.localFrame = frame;
    this.outlines = frame
      ? features.map((f) => ({
          selected: f.properties.selected,
          path: localPath(ringsOf(f.geometry), frame, true).path,
        }))
      : [];
    this.version += 1;
    this.draw();
  }

  protected paint(context: CanvasRenderingContext2D, view: CanvasView): void {
    context.lineWidth = 3 * view.ratio;
    context.lineJoin = 'round';
    for (const { selected, path } of this.outlines) {
      context.strokeStyle = rgbaCssExact(selected ? COLORS.selectedLine : COLORS.hoverLine);
      context.stroke(onScreen(path, view));
    }
  }
}
