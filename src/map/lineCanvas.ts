/**
 * The middle canvas of the map (layerCanvas.ts): the district outlines, the base map's lines over
 * them (boundaryLooks.ts); the names are on the label canvas (labelCanvas.ts). It
 * redraws when the camera moves or an outline colour changes, not on a year step.
 */
import type { DistrictFeature } from '../data/loadAtlas';
import type { DistrictIndex } from '../domain/districts';
import { boundaryStrokes, type BoundaryGeometry, type BoundaryLook } from './boundaryLooks';
import { boxOnCanvas, widthAtZoom, type LocalFrame } from './fillGeometry';
import { outlinePlan, type OutlineGroup } from './fillPlan';
import { LayerCanvas, type CanvasHost } from './layerCanvas';
import { districtPaths, localPath, onScreen, type CanvasView, type LocalPath } from './canvasPaths';
import type { DistrictPaint } from './themePaints';

/** System fonts only: the map fetches no glyphs. */
export const LABEL_FONT =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

export class DistrictLineCanvas extends LayerCanvas {
  private readonly boundaries: { look: BoundaryLook; path: Path2D }[];
  private shapes: readonly DistrictFeature[] = [];
  private outlines: ReadonlyMap<string, LocalPath> = new Map();
  private groups: OutlineGroup[] = [];
  private groupsKey = '';
  /** Nothing is drawn before the districts are known, not even the base map's lines. */
  private hasDistricts = false;
  private shapesVersion = 0;

  constructor(
    map: CanvasHost,
    /** The frame all the map's canvases share (see districtPaths). */
    private readonly localFrame: LocalFrame | null,
    base: BoundaryGeometry,
  ) {
    super(map, 'district-line-canvas');
    const frame = localFrame;
    // The base map's lines, once: they do not change with the view.
    this.boundaries = frame
      ? boundaryStrokes(base).map(({ look, lines }) => ({
          look,
          path: localPath(lines, frame, false).path,
        }))
      : [];
  }

  protected get frame(): LocalFrame | null {
    return this.hasDistricts ? this.localFrame : null;
  }

  protected get contentKey(): string {
    return `${this.groupsKey}|${this.shapesVersion}`;
  }

  /** The district shapes and their outline colours (a year step leaves both alone). */
  setDistricts(shapes: readonly DistrictFeature[], paint: DistrictPaint, index: DistrictIndex) {
    const frame = this.localFrame;
    if (!frame) return;
    if (shapes !== this.shapes) {
      this.shapes = shapes;
      this.outlines = districtPaths(shapes, frame);
      this.shapesVersion += 1;
    }
    const isVraem = (u: string) => index.byUbigeo.get(u)?.vraem === true;
    this.groups = outlinePlan(paint, [...this.outlines.keys()], isVraem);
    this.groupsKey = this.groups.map((g) => `${g.css}:${g.ubigeos.join(',')}`).join(';');
    this.hasDistricts = true;
    this.draw();
  }

  protected paint(context: CanvasRenderingContext2D, view: CanvasView): void {
    const { m, width, height, ratio, zoom } = view;
    // The context keeps its state between drawings: the names leave round joins behind.
    context.lineJoin = 'miter';
    context.lineWidth = ratio;
    for (const { css, ubigeos } of this.groups) {
      const path = new Path2D();
      for (const ubigeo of ubigeos) {
        const outline = this.outlines.get(ubigeo);
        if (outline && boxOnCanvas(outline.box, m, width, height)) path.addPath(outline.path);
      }
      context.strokeStyle = css;
      context.stroke(onScreen(path, view));
    }
    for (const { look, path } of this.boundaries) {
      const lineWidth = widthAtZoom(look.width, zoom) * ratio;
      context.lineWidth = lineWidth;
      context.strokeStyle = look.color;
      context.setLineDash(look.dash ? look.dash.map((d) => d * lineWidth) : []);
      context.stroke(onScreen(path, view));
    }
    context.setLineDash([]);
  }
}
