/**
 * The composed "figure": map and chart side by side at comparable weight, as one PNG for a
 * report, laid out by figureLayout (one title, the map's legend with its gap patterns and whole
 * labels, the chart's caption, key and notes, one short source line). Browser only.
 */
import { scaleBar } from '../../domain/scaleBar';
import { svgToCanvas } from '../exportChart';
import type { FigureText } from './figureText';
import {
  chartCaption,
  figureFooter,
  FONTS,
  layoutFigure,
  LINE,
  type FontRole,
  type KeyEntry,
  type TextBlock,
} from './figureLayout';
import { drawNorthArrow, drawScaleBar, drawSwatch, FIGURE_SCALE, FONT, INK } from './mapImage';
import { drawnItems, itemText, legendNotes, type LegendModel } from '../legendModel';

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

export interface FigureMap {
  /** The map's pixels at FIGURE_SCALE × its CSS size. */
  pixels: HTMLCanvasElement;
  /** CSS size of the live map. */
  width: number;
  height: number;
  zoom: number;
  latitude: number;
}

function drawBlock(c: CanvasRenderingContext2D, block: TextBlock) {
  c.fillStyle = INK;
  c.font = `${FONTS[block.role]} ${FONT}`;
  block.lines.forEach((line, i) =>
    c.fillText(line, block.x, block.y + LINE[block.role] * (i + 0.75)),
  );
}

function drawKey(
  c: CanvasRenderingContext2D,
  entries: readonly KeyEntry[],
  swatch: (entry: KeyEntry, i: number) => void,
) {
  entries.forEach((entry, i) => {
    swatch(entry, i);
    drawBlock(c, entry.text);
  });
}

/** Map and chart side by side with one title, the map's legend, the chart's key and one source line. */
export async function composeFigure(
  map: FigureMap,
  text: FigureText,
  legend: LegendModel | null,
  chart: ChartSnapshot,
  sourcePrefix: string,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  const c = canvas.getContext('2d');
  if (!c) throw new Error('no 2D canvas');
  const measure = (s: string, role: FontRole) => {
    c.font = `${FONTS[role]} ${FONT}`;
    return c.measureText(s).width;
  };
  const items = legend ? drawnItems(legend) : [];
  const { footer, notes } = figureFooter(text.footer, chart.footer, sourcePrefix);
  const layout = layoutFigure({
    width: Math.min(1800, Math.max(1200, Math.round(map.width * 1.6))),
    map,
    chart,
    title: text.title,
    caption: chartCaption(text.title, chart.title),
    chartKey: chart.legend.map((l) => l.label),
    legendTitle: legend?.title ?? '',
    legendLabels: items.map(itemText),
    legendNotes: legend ? legendNotes(legend) : [],
    notes,
    footer,
    measure,
  });
  // Rasterized at the scale it is drawn, so that its lines and words stay sharp.
  const zoom = Math.ceil((FIGURE_SCALE * layout.chart.width) / chart.width);
  const chartImage = await svgToCanvas(chart.svg, zoom);
  canvas.width = Math.round(layout.width * FIGURE_SCALE);
  canvas.height = Math.round(layout.height * FIGURE_SCALE);
  // Setting the size cleared the context.
  c.scale(FIGURE_SCALE, FIGURE_SCALE);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, layout.width, layout.height);
  drawBlock(c, layout.title);

  const m = layout.map;
  c.drawImage(map.pixels, m.x, m.y, m.width, m.height);
  c.strokeStyle = '#c9d0d4';
  c.strokeRect(m.x, m.y, m.width, m.height);
  drawNorthArrow(c, m.x + m.width - 30, m.y + 12);
  // The map is drawn at m.width / map.width of its screen size: the bar says so.
  const k = m.width / map.width;
  const bar = scaleBar(map.zoom + Math.log2(k), map.latitude, 120);
  drawScaleBar(c, bar, m.x + m.width, m.y + m.height);
  drawBlock(c, layout.legendTitle);
  drawKey(c, layout.legend, (entry, i) => {
    const item = items[i];
    if (item) drawSwatch(c, item, entry.swatch);
  });
  drawBlock(c, layout.legendNotes);

  drawBlock(c, layout.caption);
  drawKey(c, layout.chartKey, (entry, i) => {
    c.fillStyle = chart.legend[i]?.colour ?? INK;
    c.fillRect(entry.swatch.x, entry.swatch.y, entry.swatch.width, entry.swatch.height);
  });
  const r = layout.chart;
  c.drawImage(chartImage, r.x, r.y, r.width, r.height);
  drawBlock(c, layout.notes);
  drawBlock(c, layout.footer);
  return canvas;
}
