/**
 * Where everything of an exported figure goes, as rectangles in CSS pixels: one title across the
 * top, the map and the chart side by side at comparable weight (columns balanced so that neither
 * leaves a blank block under it), the map's legend under the map with whole labels (wrapped,
 * never cut), the chart's caption, line key and notes around the chart, and one short source line
 * across the bottom. Pure: text widths come from `measure`, so tests check the layout in Node.
 */
import { wrapText } from '../wrapText';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type FontRole = 'title' | 'caption' | 'legendTitle' | 'label' | 'footer';
/** Font size and weight of each role (the canvas adds the family). */
export const FONTS: Record<FontRole, string> = {
  title: 'bold 20px',
  caption: 'bold 14px',
  legendTitle: 'bold 13px',
  label: '12px',
  footer: '12px',
};
/** Line height of each role. */
export const LINE: Record<FontRole, number> = {
  title: 26,
  caption: 19,
  legendTitle: 18,
  label: 15,
  footer: 16,
};
export type Measure = (text: string, role: FontRole) => number;

/** Wrapped lines of one role, with the box they fill (x, y: top left). */
export interface TextBlock extends Rect {
  role: FontRole;
  lines: string[];
}

export const MARGIN = 16;
const GAP = 24;
const SWATCH = { width: 18, height: 12 };
const SWATCH_GAP = 6;

function block(measure: Measure, role: FontRole, texts: readonly string[], at: Rect): TextBlock {
  const lines = texts.flatMap((t) => wrapText((s) => measure(s, role), t, at.width));
  return { role, lines, x: at.x, y: at.y, width: at.width, height: lines.length * LINE[role] };
}

export interface KeyEntry {
  swatch: Rect;
  text: TextBlock;
}

/** Swatch-and-label entries in `columns` columns, row by row; labels wrap inside their column. */
export function layoutKey(
  measure: Measure,
  labels: readonly string[],
  box: { x: number; y: number; width: number },
  columns: number,
): { entries: KeyEntry[]; height: number } {
  const colWidth = (box.width - (columns - 1) * 12) / columns;
  const textWidth = colWidth - SWATCH.width - SWATCH_GAP;
  const entries: KeyEntry[] = [];
  let y = box.y;
  for (let row = 0; row * columns < labels.length; row++) {
    let rowHeight = 0;
    for (let col = 0; col < columns; col++) {
      const label = labels[row * columns + col];
      if (label === undefined) break;
      const x = box.x + col * (colWidth + 12);
      const text = block(measure, 'label', [label], {
        x: x + SWATCH.width + SWATCH_GAP,
        y,
        width: textWidth,
        height: 0,
      });
      entries.push({ swatch: { x, y: y + 1.5, ...SWATCH }, text });
      rowHeight = Math.max(rowHeight, text.height);
    }
    y += rowHeight + 4;
  }
  return { entries, height: y - box.y };
}

export interface FigureInput {
  /** Width of the whole figure. */
  width: number;
  /** The live map's size: its image is drawn at this aspect. */
  map: { width: number; height: number };
  /** The chart's own size: it is scaled, never stretched. */
  chart: { width: number; height: number };
  title: string;
  /** What the chart shows, above it (a panel label, smaller than the title). */
  caption: string;
  chartKey: readonly string[];
  legendTitle: string;
  legendLabels: readonly string[];
  /** The legend's notice, notes and unit, under its key (legendModel.legendNotes). */
  legendNotes?: readonly string[];
  /** The chart's notes (aggregation rule, years), under it. */
  notes: readonly string[];
  /** Source line, then the date made. */
  footer: readonly string[];
  measure: Measure;
}

export interface FigureLayout {
  width: number;
  height: number;
  title: TextBlock;
  map: Rect;
  legendTitle: TextBlock;
  legend: KeyEntry[];
  legendNotes: TextBlock;
  caption: TextBlock;
  chartKey: KeyEntry[];
  chart: Rect;
  notes: TextBlock;
  footer: TextBlock;
}

interface Columns {
  map: Rect;
  legendTitle: TextBlock;
  legend: KeyEntry[];
  legendNotes: TextBlock;
  left: number;
  caption: TextBlock;
  chartKey: KeyEntry[];
  chart: Rect;
  notes: TextBlock;
  right: number;
}

/**
 * The two columns for a map `mapWidth` wide: the legend under the map, or (for a tall map, whose
 * column would otherwise run far below the chart's) under the chart's notes.
 */
function columns(input: FigureInput, top: number, mapWidth: number, legendRight: boolean): Columns {
  const { measure } = input;
  const inner = input.width - 2 * MARGIN;
  const mapHeight = (mapWidth * input.map.height) / input.map.width;
  const map = { x: MARGIN, y: top, width: mapWidth, height: mapHeight };
  const x = MARGIN + mapWidth + GAP;
  const width = inner - mapWidth - GAP;
  const caption = block(measure, 'caption', [input.caption], { x, y: top, width, height: 0 });
  const key = layoutKey(
    measure,
    input.chartKey,
    { x, y: top + caption.height + 6, width },
    width >= 420 ? 2 : 1,
  );
  const chartHeight = (width * input.chart.height) / input.chart.width;
  const chart = { x, y: top + caption.height + 6 + key.height + 4, width, height: chartHeight };
  const notes = block(measure, 'footer', input.notes, {
    x,
    y: chart.y + chart.height + 8,
    width,
    height: 0,
  });
  const under = legendRight
    ? { x, y: notes.y + notes.height + 12, width }
    : { x: MARGIN, y: top + mapHeight + 10, width: mapWidth };
  const legendTitle = block(measure, 'legendTitle', [input.legendTitle], { ...under, height: 0 });
  const legend = layoutKey(
    measure,
    input.legendLabels,
    { x: under.x, y: legendTitle.y + legendTitle.height + 4, width: under.width },
    under.width >= 520 ? 2 : 1,
  );
  const keyEnd = legendTitle.y + legendTitle.height + 4 + legend.height;
  const legendNotes = block(measure, 'footer', input.legendNotes ?? [], {
    x: under.x,
    y: keyEnd,
    width: under.width,
    height: 0,
  });
  const legendEnd = legend.height > 0 ? keyEnd + legendNotes.height : 0;
  return {
    map,
    legendTitle,
    legend: legend.entries,
    legendNotes,
    left: Math.max(mapHeight, legendRight ? 0 : legendEnd - top),
    caption,
    chartKey: key.entries,
    chart,
    notes,
    right: Math.max(notes.y + notes.height, legendRight ? legendEnd : 0) - top,
  };
}

/**
 * The figure's layout: the map column's width is chosen (between 40 % and 65 % of the width) so
 * that the two columns end as close together as they can, with the chart at least 40 % of the
 * map's area.
 */
export function layoutFigure(input: FigureInput): FigureLayout {
  const inner = input.width - 2 * MARGIN;
  const title = block(input.measure, 'title', [input.title], {
    x: MARGIN,
    y: MARGIN,
    width: inner,
    height: 0,
  });
  const top = MARGIN + title.height + 12;
  let best: Columns | null = null;
  let bestScore = Infinity;
  for (const legendRight of [false, true]) {
    for (let share = 0.4; share <= 0.65 + 1e-9; share += 0.01) {
      const c = columns(input, top, Math.round(inner * share), legendRight);
      const area = (r: Rect) => r.width * r.height;
      const weak = area(c.chart) < 0.4 * area(c.map) ? 1e6 : 0;
      const score = Math.abs(c.left - c.right) + weak;
      if (score < bestScore) [best, bestScore] = [c, score];
    }
  }
  if (!best) throw new Error('no layout');
  const body = Math.max(best.left, best.right);
  const footer = block(input.measure, 'footer', input.footer, {
    x: MARGIN,
    y: top + body + 14,
    width: inner,
    height: 0,
  });
  const { map, legendTitle, legend, legendNotes, caption, chartKey, chart, notes } = best;
  return {
    width: input.width,
    height: footer.y + footer.height + MARGIN,
    title,
    map,
    legendTitle,
    legend,
    legendNotes,
    caption,
    chartKey,
    chart,
    notes,
    footer,
  };
}

/**
 * The chart's title as a caption under the figure's: without the indicator name the figure's
 * title already gives ("Coca cultivada (ha) · distritos…" under "Coca cultivada (ha) · 2016").
 */
export function chartCaption(figureTitle: string, chartTitle: string): string {
  const head = figureTitle.split(' · ')[0] ?? '';
  const rest = head && chartTitle.startsWith(`${head} · `) ? chartTitle.slice(head.length + 3) : '';
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : chartTitle;
}

/**
 * One source line for the figure: the map's, with the chart's cited list added only where it
 * names something the map's does not. The chart's other footer lines become its notes.
 */
export function figureFooter(
  mapFooter: readonly string[],
  chartFooter: readonly string[],
  sourcePrefix: string,
): { footer: string[]; notes: string[] } {
  const [mapSource = '', ...rest] = mapFooter;
  const listOf = (line: string) => line.slice(sourcePrefix.length).trim().split('; ');
  // The map cites "X (datos de 2016)" where the chart cites "X": the same source.
  const cited = mapSource.startsWith(sourcePrefix) ? listOf(mapSource) : [];
  const chartSources = chartFooter.filter((l) => l.startsWith(sourcePrefix));
  const notes = chartFooter.filter((l) => !l.startsWith(sourcePrefix));
  const extra = chartSources
    .flatMap(listOf)
    .filter((name) => name && !cited.some((c) => c.startsWith(name)));
  const source = extra.length > 0 ? `${mapSource}; ${[...new Set(extra)].join('; ')}` : mapSource;
  return { footer: [source, ...rest], notes };
}
