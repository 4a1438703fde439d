/**
 * The top 2D canvas of the map (layerCanvas.ts): district and town names, placed by labelPlan.ts
 * once per quarter zoom step (cached), so they never overlap and stay put while the map pans.
 * Also answers the browser tests' `atlasDebug.labels()`: the boxes of the labels on screen.
 */
import type { District } from '../domain/districts';
import type { Place } from '../data/placeSchemas';
import { localRing, placeLocal, type LocalFrame } from './fillGeometry';
import { LayerCanvas, type CanvasHost } from './layerCanvas';
import { type CanvasView } from './canvasPaths';
import {
  labelCandidates,
  LABEL_STYLES,
  placeLabels,
  zoomStep,
  type LabelCandidate,
  type LabelKind,
  type LabelStyle,
  type PlacedLabel,
} from './labelPlan';
import { LABEL_FONT } from './lineCanvas';
import { COLORS, rgbaCssExact } from './palette';

/** A label as drawn, in page CSS pixels (for atlasDebug.labels). */
export interface LabelBox {
  text: string;
  kind: LabelKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

const fontOf = (style: LabelStyle, ratio = 1) =>
  `${style.bold ? '600 ' : ''}${style.fontPx * ratio}px ${LABEL_FONT}`;

const labelCanvases = new WeakMap<CanvasHost, LabelCanvas>();

/** The label boxes the map shows now, in page CSS pixels; [] before the labels are drawn. */
export function labelBoxesOf(map: CanvasHost): LabelBox[] {
  return labelCanvases.get(map)?.boxes() ?? [];
}

export class LabelCanvas extends LayerCanvas {
  private readonly anchors: Map<string, { x: number; y: number }>;
  private readonly candidates: LabelCandidate[];
  private readonly placements = new Map<number, PlacedLabel[]>();
  private readonly widths = new Map<string, number>();
  private readonly measureContext = document.createElement('canvas').getContext('2d');
  /** Boxes drawn last, in canvas CSS pixels. */
  private drawn: LabelBox[] = [];

  constructor(
    map: CanvasHost,
    private readonly localFrame: LocalFrame | null,
    districts: readonly District[],
    places: readonly Place[],
  ) {
    super(map, 'label-canvas');
    this.candidates = labelCandidates(districts, places);
    this.anchors = new Map(
      this.candidates.map((c) => {
        const p = localFrame ? localRing([[c.lon, c.lat]], localFrame) : [0, 0];
        return [c.id, { x: p[0] ?? 0, y: p[1] ?? 0 }];
      }),
    );
    labelCanvases.set(map, this);
    this.draw();
  }

  protected get frame(): LocalFrame | null {
    return this.localFrame;
  }

  protected get contentKey(): string {
    return 'labels';
  }

  boxes(): LabelBox[] {
    const rect = this.canvas.getBoundingClientRect();
    return this.drawn.map((b) => ({ ...b, x: b.x + rect.left, y: b.y + rect.top }));
  }

  private readonly measure = (text: string, style: LabelStyle): number => {
    const font = fontOf(style);
    const key = `${font}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      const context = this.measureContext;
      if (context) context.font = font;
      width = context ? context.measureText(text).width : text.length * style.fontPx * 0.6;
      this.widths.set(key, width);
    }
    return width;
  };

  /** The placement of a zoom step, computed once. */
  placementAt(zoom: number): PlacedLabel[] {
    const step = zoomStep(zoom);
    let placed = this.placements.get(step);
    if (!placed) {
      placed = placeLabels(this.candidates, step, this.measure);
      this.placements.set(step, placed);
    }
    return placed;
  }

  protected paint(context: CanvasRenderingContext2D, view: CanvasView): void {
    const { m, ratio, width, height } = view;
    const cssWidth = width / ratio;
    const cssHeight = height / ratio;
    const drawn: LabelBox[] = [];
    const onScreen: { label: PlacedLabel; x: number; y: number }[] = [];
    for (const label of this.placementAt(view.zoom)) {
      const anchor = this.anchors.get(label.candidate.id);
      if (!anchor) continue;
      const p = placeLocal(m, anchor.x, anchor.y);
      const x = p.x / ratio;
      const y = p.y / ratio;
      const { box } = label;
      if (
        x + box.maxX < 0 ||
        y + box.maxY < 0 ||
        x + box.minX > cssWidth ||
        y + box.minY > cssHeight
      )
        continue;
      onScreen.push({ label, x, y });
      drawn.push({
        text: label.candidate.text,
        kind: label.candidate.kind,
        x: x + box.minX,
        y: y + box.minY,
        width: box.maxX - box.minX,
        height: box.maxY - box.minY,
      });
    }
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.strokeStyle = rgbaCssExact(COLORS.labelHalo);
    for (const { label, x, y } of onScreen) {
      const { candidate } = label;
      const style = LABEL_STYLES[candidate.kind];
      if (candidate.dot) {
        context.beginPath();
        context.arc(x * ratio, y * ratio, 3 * ratio, 0, 2 * Math.PI);
        context.fillStyle = rgbaCssExact(COLORS.labelText);
        context.lineWidth = 1.5 * ratio;
        context.stroke();
        context.fill();
      }
      context.font = fontOf(style, ratio);
      context.textAlign = label.align;
      context.lineWidth = 3 * ratio;
      context.fillStyle =
        candidate.kind === 'district' ? 'rgba(70, 66, 60, 1)' : rgbaCssExact(COLORS.labelText);
      const tx = (x + label.dx) * ratio;
      const ty = (y + label.dy) * ratio;
      context.strokeText(candidate.text, tx, ty);
      context.fillText(candidate.text, tx, ty);
    }
    this.drawn = drawn;
  }
}
