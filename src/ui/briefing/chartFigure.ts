/**
 * The composed "figure": the exported map beside the open chart, as one PNG for a report. The
 * chart's title runs across the whole figure above both, its legend (HTML on screen, so not in
 * the chart's SVG) is drawn as swatches and labels above the chart, and its footer (units,
 * sources, data date) runs across the whole figure below — wrapped, never cut. Browser only.
 */
import { svgToCanvas } from '../exportChart';
import { wrapText } from '../wrapText';

import { FIGURE_SCALE } from './mapImage';

const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const INK = '#1d2327';
const GAP = 16;
const MARGIN = 12;
const SWATCH = 12;

export interface ChartSnapshot {
  title: string;
  footer: string[];
  legend: { colour: string; label: string }[];
  /** The chart's own SVG as a standalone document. */
  svg: string;
  width: number;
  height: number;
}

/** Reads a chart card (ChartCard) as shown: its title, legend entries, SVG and footer lines. */
export function readChartCard(card: Element): ChartSnapshot | null {
  // The chart's own surface, not a legend icon (recharts gives both the same class).
  const svg = card.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
  if (!svg) return null;
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Text in the SVG inherits the page's font on screen; an SVG image has no page around it.
  clone.setAttribute('font-family', FONT);
  const legend = Array.from(card.querySelectorAll('.recharts-legend-item')).flatMap((item) => {
    const text = item.querySelector<HTMLElement>('.recharts-legend-item-text');
    const label = text?.textContent?.trim() ?? '';
    return text && label ? [{ colour: getComputedStyle(text).color, label }] : [];
  });
  return {
    title: card.querySelector('figcaption')?.textContent?.trim() ?? '',
    footer: Array.from(card.querySelectorAll('.chart-footer p'))
      .map((p) => p.textContent?.trim() ?? '')
      .filter(Boolean),
    legend,
    svg: new XMLSerializer().serializeToString(clone),
    width,
    height,
  };
}

interface Placed {
  x: number;
  y: number;
  colour: string;
  label: string;
}

/** Legend entries flowing left to right in rows no wider than `width`; returns their height. */
function placeLegend(
  c: CanvasRenderingContext2D,
  legend: ChartSnapshot['legend'],
  width: number,
): { placed: Placed[]; height: number } {
  const row = 18;
  let x = 0;
  let y = 0;
  const placed: Placed[] = [];
  for (const { colour, label } of legend) {
    const entry = SWATCH + 5 + c.measureText(label).width + 14;
    if (x > 0 && x + entry > width) {
      x = 0;
      y += row;
    }
    placed.push({ x, y, colour, label });
    x += entry;
  }
  return { placed, height: legend.length > 0 ? y + row : 0 };
}

/** Map (already at FIGURE_SCALE) and chart side by side, with the chart's words around them. */
export async function composeFigure(
  map: HTMLCanvasElement,
  chart: ChartSnapshot,
): Promise<HTMLCanvasElement> {
  const chartImage = await svgToCanvas(chart.svg, FIGURE_SCALE);
  const mapWidth = map.width / FIGURE_SCALE;
  const mapHeight = map.height / FIGURE_SCALE;
  const width = mapWidth + GAP + chart.width + MARGIN;
  const text = MARGIN * 2;

  const canvas = document.createElement('canvas');
  const c = canvas.getContext('2d');
  if (!c) throw new Error('no 2D canvas');
  const titleFont = `bold 17px ${FONT}`;
  const footerFont = `12px ${FONT}`;
  const legendFont = `12px ${FONT}`;
  c.font = titleFont;
  const title = wrapText((s) => c.measureText(s).width, chart.title, width - text);
  c.font = footerFont;
  const footer = chart.footer.flatMap((line) =>
    wrapText((s) => c.measureText(s).width, line, width - text),
  );
  c.font = legendFont;
  const legend = placeLegend(c, chart.legend, chart.width);

  const header = MARGIN + 22 * title.length;
  const chartTop = header + (legend.height > 0 ? legend.height + 6 : 0);
  const body = Math.max(mapHeight, chartTop - header + chart.height);
  const height = header + body + 8 + 16 * footer.length + MARGIN;
  canvas.width = Math.round(width * FIGURE_SCALE);
  canvas.height = Math.round(height * FIGURE_SCALE);

  // Setting the size cleared the context: fonts and scale are set again.
  c.scale(FIGURE_SCALE, FIGURE_SCALE);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, width, height);
  c.fillStyle = INK;
  c.font = titleFont;
  title.forEach((line, i) => c.fillText(line, MARGIN, MARGIN + 16 + 22 * i));

  c.drawImage(map, 0, header, mapWidth, mapHeight);
  const left = mapWidth + GAP;
  c.font = legendFont;
  for (const entry of legend.placed) {
    c.fillStyle = entry.colour;
    c.fillRect(left + entry.x, header + entry.y + 2, SWATCH, SWATCH);
    c.fillStyle = INK;
    c.fillText(entry.label, left + entry.x + SWATCH + 5, header + entry.y + 12);
  }
  c.drawImage(chartImage, left, chartTop, chart.width, chart.height);

  c.fillStyle = INK;
  c.font = footerFont;
  const footerTop = header + body + 8;
  footer.forEach((line, i) => c.fillText(line, MARGIN, footerTop + 12 + 16 * i));
  return canvas;
}
