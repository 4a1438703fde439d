/**
 * The map as a figure for a report: the live map's pixels at 2× with the legend, a title, a north
 * arrow, a scale bar and the source / data-date footer drawn over it on a canvas, so the image is
 * exactly twice the map's CSS size. chartFigure puts the open chart beside it. Browser only.
 */
import { scaleBar } from '../../domain/scaleBar';
import { viewportOf, type LiveMap } from '../../map/mapRegistry';
import { captureMap } from '../../map/mapSnapshot';
import { fillWithPattern } from '../../map/missingPatterns';
import type { MissingKind } from '../../domain/values';

export const FIGURE_SCALE = 2;
const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const INK = '#1d2327';
const PAPER = 'rgba(255, 255, 255, 0.92)';

export interface LegendSnapshot {
  title: string;
  /** A gap's swatch carries its pattern (the same tile the map draws: missingPatterns.ts). */
  items: { colour: string; line: boolean; label: string; pattern?: MissingKind }[];
}

const MAX_LEGEND_ITEMS = 12;

/** The legend as shown on screen (whatever the layer): its heading and its swatch rows. */
export function readLegend(root: ParentNode): LegendSnapshot | null {
  const section = root.querySelector('section.legend');
  if (!section) return null;
  const title = section.querySelector('h2')?.textContent?.trim() ?? '';
  const items: LegendSnapshot['items'] = [];
  for (const li of Array.from(section.querySelectorAll(':scope > ul > li'))) {
    const mark = li.querySelector<HTMLElement>('.swatch, .line');
    if (!mark) continue;
    const style = getComputedStyle(mark);
    const line = mark.classList.contains('line');
    const label = Array.from(li.childNodes)
      .map((n) => n.textContent?.trim() ?? '')
      .filter(Boolean)
      .join('  ');
    const pattern = mark.dataset.pattern as MissingKind | undefined;
    const colour = mark.dataset.colour ?? (line ? style.borderTopColor : style.backgroundColor);
    items.push({ colour, line, label, ...(pattern ? { pattern } : {}) });
    if (items.length === MAX_LEGEND_ITEMS) break;
  }
  return { title, items };
}

export interface MapFigureText {
  title: string;
  /** One line each: sources, data date. */
  footer: readonly string[];
  legend: LegendSnapshot | null;
}

function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function drawLegend(c: CanvasRenderingContext2D, legend: LegendSnapshot, bottom: number) {
  const width = 230;
  const row = 16;
  const height = 28 + row * legend.items.length;
  const x = 10;
  const y = bottom - height - 10;
  c.fillStyle = PAPER;
  c.fillRect(x, y, width, height);
  c.fillStyle = INK;
  c.font = `bold 12px ${FONT}`;
  c.fillText(fitText(c, legend.title, width - 16), x + 8, y + 17);
  c.font = `11px ${FONT}`;
  legend.items.forEach((item, i) => {
    const top = y + 26 + i * row;
    c.fillStyle = item.colour;
    if (item.line) c.fillRect(x + 8, top + 6, 16, 3);
    else if (item.pattern) {
      const rect = { x: x + 8, y: top + 1, width: 16, height: 11 };
      fillWithPattern(c, item.pattern, item.colour, rect, {
        deviceRatio: FIGURE_SCALE,
        unitsPerPx: 1,
      });
    } else c.fillRect(x + 8, top + 1, 16, 11);
    c.fillStyle = INK;
    c.fillText(fitText(c, item.label, width - 40), x + 30, top + 11);
  });
}

function drawNorthArrow(c: CanvasRenderingContext2D, x: number, y: number) {
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

function drawScaleBar(c: CanvasRenderingContext2D, map: LiveMap, right: number, bottom: number) {
  const view = viewportOf(map);
  const bar = scaleBar(view.zoom, view.latitude, 120);
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
  drawScaleBar(c, map, width, height - footerHeight);
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
