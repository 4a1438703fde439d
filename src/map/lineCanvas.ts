/**
 * The middle canvas of the map (layerCanvas.ts): the district outlines, the base map's lines over
 * them (boundaryLooks.ts) and the district names, which appear from zoom 8 (labelTier.ts). It
 * redraws when the camera moves or an outline colour changes, not on a year step.
 */
import type { DistrictFeature } from '../data/loadAtlas';
import type { District, DistrictIndex } from '../domain/districts';
import { boundaryStrokes, type BoundaryGeometry, type BoundaryLook } from './boundaryLooks';
import { boxOnCanvas, localRing, placeLocal, widthAtZoom, type LocalFrame } from './fillGeometry';
import { outlinePlan, type OutlineGroup } from './fillPlan';
import {
  districtPaths,
  LayerCanvas,
  type CanvasHost,
  localPath,
  onScreen,
  type CanvasView,
  type LocalPath,
} from './layerCanvas';
import { labelTierForZoom } from './labelTier';
import { COLORS, rgbaCssExact } from './palette';
import type { DistrictPaint } from './themePaints';

/** System fonts only: the map fetches no glyphs. */
export const LABEL_FONT =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

interface Label {
  text: string;
  vraem: boolean;
  /** The label point in the local frame. */
  x: number;
  y: number;
}

export class DistrictLineCanvas extends LayerCanvas {
  private readonly boundaries: { look: BoundaryLook; path: Path2D }[];
  private readonly labels: Label[];
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
    districts: DistrictIndex,
  ) {
    super(map, 'district-line-canvas');
    const frame = localFrame;
    // The base map's lines and the names' points, once: they do not change with the view.
    this.boundaries = frame
      ? boundaryStrokes(base).map(({ look, lines }) => ({
          look,
          path: localPath(lines, frame, false).path,
        }))
      : [];
    this.labels = frame ? districts.list.map((d) => labelOf(d, frame)) : [];
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
    this.drawLabels(context, view);
  }

  private drawLabels(context: CanvasRenderingContext2D, view: CanvasView): void {
    const tier = labelTierForZoom(view.zoom);
    if (tier === 0) return;
    const { m, width, height, ratio } = view;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3 * ratio;
    context.strokeStyle = rgbaCssExact(COLORS.labelHalo);
    context.fillStyle = rgbaCssExact(COLORS.labelText);
    // Other districts' names first, the VRAEM's above them where two overlap.
    for (const vraem of [false, true]) {
      if (!vraem && tier < 2) continue;
      context.font = `${(vraem ? 13 : 11) * ratio}px ${LABEL_FONT}`;
      for (const label of this.labels) {
        if (label.vraem !== vraem) continue;
        const { x, y } = placeLocal(m, label.x, label.y);
        if (x < -200 || y < -20 || x > width + 200 || y > height + 20) continue;
        context.strokeText(label.text, x, y);
        context.fillText(label.text, x, y);
      }
    }
  }
}

function labelOf(district: District, frame: LocalFrame): Label {
  const point = localRing([district.labelPoint as [number, number]], frame);
  return { text: district.name, vraem: district.vraem, x: point[0] ?? 0, y: point[1] ?? 0 };
}
