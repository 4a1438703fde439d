/**
 * The map as a figure for a report: the live map's pixels at 2× with the legend, a title, a north
 * arrow, a scale bar and the source / data-date footer drawn over it on a canvas, so the image is
 * exactly twice the map's CSS size. chartFigure puts the open chart beside it. Browser only.
 */
import { scaleBar, type ScaleBar } from '../../domain/scaleBar';
import { viewportOf, type LiveMap } from '../../map/mapRegistry';
import { captureMap } from '../../map/mapSnapshot';
import { fillWithPattern } from '../../map/missingPatterns';
import { legendDisc } from '../../map/pointStyle';
import {
  drawnItems,
  itemText,
  legendNotes,
  type LegendItem,
  type LegendModel,
} from '../legendModel';
import { wrapText } from '../wrapText';
import { FONTS, layoutKey, LINE, type FontRole, type Rect } from './figureLayout';

export const FIGURE_SCALE = 2;
export const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';
export const INK = '#1d2327';
const PAPER = 'rgba(255, 255, 255, 0.92)';
/** The title bar across the top of the map image (CSS px). */
const TITLE_HEIGHT = 34;

export interface MapFigureText {
  title: string;
  /** One line each: sources, data date. */
  footer: readonly string[];
  legend: LegendModel | null;
}

function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A point layer's disc, as its screen key draws it (PointLegends.tsx): solid or a ring. */
function drawDisc(
  c: CanvasRenderingContext2D,
  colour: string,
  style: 'solid' | 'ring',
  rect: Rect,
) {
  const r = Math.min(rect.width, rect.height) / 2 - 1;
  const look = legendDisc(style, colour);
  c.save();
  c.beginPath();
  c.arc(rect.x + rect.width / 2, rect.y + rect.height / 2, r, 0, 2 * Math.PI);
  c.fillStyle = colour;
  c.globalAlpha = look.fillOpacity;
  c.fill();
  c.globalAlpha = 1;
  c.strokeStyle = look.stroke;
  c.lineWidth = look.strokeWidth;
  c.stroke();
  c.restore();
}

/** A legend swatch as the screen draws it: a line, a gap's pattern (the map's tile) or a colour. */
export function drawSwatch(c: CanvasRenderingContext2D, item: LegendItem, rect: Rect) {
  if (item.heading) return;
  if (item.disc) {
    drawDisc(c, item.colour, item.disc, rect);
    return;
  }
  c.fillStyle = item.colour;
  if (item.line) {
    const width = item.width ?? 2;
    const y = rect.y + rect.height / 2 - width / 2;
    // A dashed line: dashes as long as they are thick, like the stylesheet's.
    const dash = item.dashed ? 2 * width : rect.width;
    for (let x = rect.x; x < rect.x + rect.width; x += 2 * dash) {
      c.fillRect(x, y, Math.min(dash, rect.x + rect.width - x), width);
    }
    return;
  }
  if (item.pattern) {
    fillWithPattern(c, item.pattern, item.colour, rect, {
      deviceRatio: FIGURE_SCALE,
      unitsPerPx: 1,
    });
  } else c.fillRect(rect.x, rect.y, rect.width, rect.height);
  const outline = item.outline ?? (item.pattern ? 'rgba(0, 0, 0, 0.35)' : null);
  if (outline) {
    c.strokeStyle = outline;
    c.strokeRect(rect.x, rect.y, rect.width, rect.height);
  }
}

/** Widths the legend box tries, narrowest first: the first whose height fits the map is used. */
const LEGEND_WIDTHS = [250, 340, 440, 560];

interface LegendLayout {
  width: number;
  height: number;
  /** Draws the box with its top at `top`. */
  draw: (top: number) => void;
}

/** The legend in a box `width` wide: labels wrap inside the box, never cut. */
function layoutLegend(
  c: CanvasRenderingContext2D,
  legend: LegendModel,
  width: number,
): LegendLayout {
  const measure = (s: string, role: FontRole) => {
    c.font = `${FONTS[role]} ${FONT}`;
    return c.measureText(s).width;
  };
  const inner = { x: 18, width: width - 16 };
  const items = drawnItems(legend);
  // Laid out from y = 0, then drawn at `top`.
  const title = wrapText((s) => measure(s, 'legendTitle'), legend.title, inner.width);
  const titleHeight = title.length * LINE.legendTitle;
  const key = layoutKey(
    measure,
    items.map(itemText),
    { x: inner.x, y: 8 + titleHeight + 4, width: inner.width },
    1,
  );
  const notes = legendNotes(legend).flatMap((n) =>
    wrapText((s) => measure(s, 'label'), n, inner.width),
  );
  const notesTop = 8 + titleHeight + 4 + key.height;
  const height = notesTop + notes.length * LINE.label + 4;
  const draw = (top: number) => {
    c.fillStyle = PAPER;
    c.fillRect(10, top, width, height);
    c.fillStyle = INK;
    c.font = `${FONTS.legendTitle} ${FONT}`;
    title.forEach((line, i) => c.fillText(line, inner.x, top + 8 + LINE.legendTitle * (i + 0.75)));
    key.entries.forEach((entry, i) => {
      const item = items[i];
      if (item) drawSwatch(c, item, { ...entry.swatch, y: entry.swatch.y + top });
      c.fillStyle = INK;
      c.font = `${FONTS.label} ${FONT}`;
      entry.text.lines.forEach((line, j) =>
        c.fillText(line, entry.text.x, top + entry.text.y + LINE.label * (j + 0.75)),
      );
    });
    c.font = `${FONTS.label} ${FONT}`;
    notes.forEach((line, i) => c.fillText(line, inner.x, top + notesTop + LINE.label * (i + 0.75)));
  };
  return { width, height, draw };
}

/**
 * The narrowest legend box whose height fits `room` (a map with event points adds their keys and
 * notes), no wider than half the map; the widest tried when none fits, which the image then grows
 * to hold below the map.
 */
function fittedLegend(
  c: CanvasRenderingContext2D,
  legend: LegendModel,
  room: number,
  mapWidth: number,
): LegendLayout {
  const widths = LEGEND_WIDTHS.filter((w, i) => i === 0 || w <= mapWidth / 2);
  let layout = layoutLegend(c, legend, widths[0] ?? LEGEND_WIDTHS[0] ?? 250);
  for (const width of widths.slice(1)) {
    if (layout.height <= room) break;
    layout = layoutLegend(c, legend, width);
  }
  return layout;
}

export function drawNorthArrow(c: CanvasRenderingContext2D, x: number, y: number) {
  c.fillStyle = PAPER;
  c.fillRect(x - 14, y - 4, 28, 42);
  c.fillStyle = INK;
  c.beginPath();
  c.moveTo(x, y);
  c.lineTo(x + 8, y + 20);
  c.lineTo(x, y + 15);
  c.lineTo(x - 8, y + 20);
  c.closePath();
  c.fill();
  c.font = `bold 12px ${FONT}`;
  c.textAlign = 'center';
  c.fillText('N', x, y + 34);
  c.textAlign = 'left';
}

/** A scale bar ending 16 px left of `right`, above `bottom`. */
export function drawScaleBar(
  c: CanvasRenderingContext2D,
  bar: ScaleBar,
  right: number,
  bottom: number,
) {
  const x = right - bar.px - 16;
  c.fillStyle = PAPER;
  c.fillRect(x - 8, bottom - 34, bar.px + 16, 28);
  c.fillStyle = INK;
  c.fillRect(x, bottom - 14, bar.px, 3);
  c.fillRect(x, bottom - 20, 2, 9);
  c.fillRect(x + bar.px - 2, bottom - 20, 2, 9);
  c.font = `11px ${FONT}`;
  c.fillText(bar.label, x, bottom - 22);
}

/** The map with its legend, title, north arrow, scale bar and footer; 2× the map's CSS size. */
export async function composeMapImage(
  map: LiveMap,
  text: MapFigureText,
): Promise<HTMLCanvasElement> {
  const pixels = await captureMap(map, FIGURE_SCALE);
  const container = map.getContainer();
  const width = container.clientWidth;
  const mapHeight = container.clientHeight;
  const canvas = document.createElement('canvas');
  const c = canvas.getContext('2d');
  if (!c) throw new Error('no 2D canvas');
  const footerHeight = 8 + 14 * text.footer.length;
  // The legend fits between the title bar and the footer, or the image grows below the map.
  const legend = text.legend
    ? fittedLegend(c, text.legend, mapHeight - footerHeight - TITLE_HEIGHT - 20, width)
    : null;
  const height = Math.max(mapHeight, (legend?.height ?? 0) + footerHeight + TITLE_HEIGHT + 20);
  canvas.width = Math.round(width * FIGURE_SCALE);
  canvas.height = Math.round(height * FIGURE_SCALE);
  // Setting the size cleared the context.
  c.scale(FIGURE_SCALE, FIGURE_SCALE);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, width, height);
  c.drawImage(pixels, 0, 0, width, mapHeight);

  c.fillStyle = PAPER;
  c.fillRect(0, 0, width, TITLE_HEIGHT);
  c.fillStyle = INK;
  c.font = `bold 17px ${FONT}`;
  c.fillText(fitText(c, text.title, width - 20), 10, 23);

  c.fillStyle = PAPER;
  c.fillRect(0, height - footerHeight, width, footerHeight);
  c.fillStyle = INK;
  c.font = `11px ${FONT}`;
  text.footer.forEach((line, i) =>
    c.fillText(fitText(c, line, width - 20), 10, height - footerHeight + 15 + 14 * i),
  );

  legend?.draw(height - footerHeight - legend.height - 10);
  drawNorthArrow(c, width - 60, 46);
  const view = viewportOf(map);
  drawScaleBar(c, scaleBar(view.zoom, view.latitude, 120), width, mapHeight - footerHeight);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
