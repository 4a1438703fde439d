/**
 * The map as a figure for a report: the live map's pixels at 2× with the legend, a title, a north
 * arrow, a scale bar and the source / data-date footer drawn over it on a canvas, so the image is
 * exactly twice the map's CSS size. chartFigure puts the open chart beside it. Browser only.
 */
import { scaleBar, type ScaleBar } from '../../domain/scaleBar';
import { viewportOf, type LiveMap } from '../../map/mapRegistry';
import { captureMap } from '../../map/mapSnapshot';
import { fillWithPattern } from '../../map/missingPatterns';
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

/** A legend swatch as the screen draws it: a line, a gap's pattern (the map's tile) or a colour. */
export function drawSwatch(c: CanvasRenderingContext2D, item: LegendItem, rect: Rect) {
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

const LEGEND_WIDTH = 250;

/** The legend in a box above the footer: labels wrap inside the box, never cut. */
function drawLegend(c: CanvasRenderingContext2D, legend: LegendModel, bottom: number) {
  const measure = (s: string, role: FontRole) => {
    c.font = `${FONTS[role]} ${FONT}`;
    return c.measureText(s).width;
  };
  const inner = { x: 18, width: LEGEND_WIDTH - 16 };
  const items = drawnItems(legend);
  // Laid out from y = 0, then moved up so that the box ends just above the footer.
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
  const top = bottom - height - 10;
  c.fillStyle = PAPER;
  c.fillRect(10, top, LEGEND_WIDTH, height);
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
  const height = container.clientHeight;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * FIGURE_SCALE);
  canvas.height = Math.round(height * FIGURE_SCALE);
  const c = canvas.getContext('2d');
  if (!c) throw new Error('no 2D canvas');
  c.scale(FIGURE_SCALE, FIGURE_SCALE);
  c.drawImage(pixels, 0, 0, width, height);

  c.fillStyle = PAPER;
  c.fillRect(0, 0, width, 34);
  c.fillStyle = INK;
  c.font = `bold 17px ${FONT}`;
  c.fillText(fitText(c, text.title, width - 20), 10, 23);

  const footerHeight = 8 + 14 * text.footer.length;
  c.fillStyle = PAPER;
  c.fillRect(0, height - footerHeight, width, footerHeight);
  c.fillStyle = INK;
  c.font = `11px ${FONT}`;
  text.footer.forEach((line, i) =>
    c.fillText(fitText(c, line, width - 20), 10, height - footerHeight + 15 + 14 * i),
  );

  if (text.legend) drawLegend(c, text.legend, height - footerHeight);
  drawNorthArrow(c, width - 60, 46);
  const view = viewportOf(map);
  drawScaleBar(c, scaleBar(view.zoom, view.latitude, 120), width, height - footerHeight);
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
