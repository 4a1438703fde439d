/**
 * The top 2D canvas of the map (layerCanvas.ts): the outline of the hovered district (amber) and
 * of the selected one (red, drawn last). A hover redraws only this canvas, in about a
 * millisecond, and makes no MapLibre frame.
 */
import type { DistrictFeature } from '../data/loadAtlas';
import { highlightCollection } from './districtStyle';
import type { LocalFrame } from './fillGeometry';
import { LayerCanvas, type CanvasHost } from './layerCanvas';
import { districtPaths, onScreen, type CanvasView } from './canvasPaths';
import { COLORS, rgbaCssExact } from './palette';

interface Outline {
  selected: boolean;
  path: Path2D;
}

export class HighlightCanvas extends LayerCanvas {
  private outlines: Outline[] = [];
  private version = 0;

  constructor(
    map: CanvasHost,
    /** The frame all the map's canvases share (see districtPaths). */
    private readonly localFrame: LocalFrame | null,
  ) {
    super(map, 'district-highlight-canvas');
  }

  protected get frame(): LocalFrame | null {
    return this.outlines.length > 0 ? this.localFrame : null;
  }

  protected get contentKey(): string {
    return String(this.version);
  }

  /** Outlines the hovered and the selected district of `shapes` (either may be null). */
  set(shapes: readonly DistrictFeature[], hovered: string | null, selected: string | null): void {
    const frame = this.localFrame;
    const paths = frame ? districtPaths(shapes, frame) : new Map();
    // In drawing order: the selected outline last, above a hovered neighbour's.
    const { features } = highlightCollection(shapes, hovered, selected);
    this.outlines = features.flatMap(({ properties: { ubigeo, selected: isSelected } }) => {
      const path = paths.get(ubigeo)?.path;
      return path ? [{ selected: isSelected, path }] : [];
    });
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
