import { describe, expect, it } from 'vitest';
import {
  chartCaption,
  figureFooter,
  layoutFigure,
  layoutKey,
  type FigureInput,
  type FontRole,
  type Rect,
  type TextBlock,
} from '../../src/ui/briefing/figureLayout';

// About the widths of DejaVu Sans at the figure's sizes: wider for the title, bold and larger.
const PER_CHAR: Record<FontRole, number> = {
  title: 12,
  caption: 8.5,
  legendTitle: 8,
  label: 7,
  footer: 7,
};
const measure = (text: string, role: FontRole) => text.length * PER_CHAR[role];

// The coca 2016 figure as the app gives it (legend rows as legendModel.itemText writes them).
const COCA: FigureInput = {
  width: 1680,
  map: { width: 1050, height: 690 },
  chart: { width: 400, height: 210 },
  title: 'Coca cultivada (ha) · 2016',
  caption: 'Distritos seleccionados frente al agregado VRAEM',
  chartKey: ['Pichari', 'Agregado VRAEM'],
  legendTitle: 'Coca cultivada (ha) · 2016',
  legendLabels: [
    '0 – 329 · 13 distritos',
    '509 – 1,053 · 6 distritos',
    '1,345 – 1,661 · 4 distritos',
    '2,113 – 2,434 · 5 distritos',
    '2,555 – 2,878 · 3 distritos',
    'Aún no era distrito · 12 distritos',
    'Fuera de la cobertura de la fuente · 508 distritos',
  ],
  // A notice (tolerance) and the unit, under the legend's key.
  legendNotes: ['Se muestra el dato de 2015 para 2016.', 'Unidad: ha'],
  notes: ['Agregado VRAEM: suma de 31 distritos', 'Datos: 2012–2020'],
  footer: [
    'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
    'Atlas VRAEM · elaborado el 6 de diciembre de 2026',
  ],
  measure,
};

const area = (r: Rect) => r.width * r.height;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function boxes(input: FigureInput) {
  const l = layoutFigure(input);
  const named: [string, Rect][] = [
    ['title', l.title],
    ['map', l.map],
    ['legendTitle', l.legendTitle],
    ['legendNotes', l.legendNotes],
    ['caption', l.caption],
    ['chart', l.chart],
    ['notes', l.notes],
    ['footer', l.footer],
    ...l.legend.flatMap((e, i): [string, Rect][] => [
      [`legend swatch ${i}`, e.swatch],
      [`legend label ${i}`, e.text],
    ]),
    ...l.chartKey.flatMap((e, i): [string, Rect][] => [
      [`key swatch ${i}`, e.swatch],
      [`key label ${i}`, e.text],
    ]),
  ];
  const texts: TextBlock[] = [
    l.title,
    l.legendTitle,
    l.legendNotes,
    l.caption,
    l.notes,
    l.footer,
    ...l.legend.map((e) => e.text),
    ...l.chartKey.map((e) => e.text),
  ];
  return { l, named: named.filter(([, r]) => r.height > 0), texts };
}

describe.each([
  ['coca 2016 at 1366×768 (map 1050×690)', COCA],
  [
    'a tall map (1440×900 with panels: 700×760)',
    { ...COCA, width: 1200, map: { width: 700, height: 760 } },
  ],
  [
    'English, a wide map and a long chart key',
    {
      ...COCA,
      map: { width: 1300, height: 620 },
      chartKey: ['Pichari', 'Kimbiri', 'Santa Rosa', 'Llochegua', 'Sivia', 'VRAEM aggregate'],
      legendLabels: COCA.legendLabels.map((l) =>
        l.replace('Fuera de la cobertura de la fuente', 'Outside the coverage of the source'),
      ),
    },
  ],
])('layoutFigure: %s', (_name, input) => {
  const { l, named, texts } = boxes(input);

  it('nothing overlaps anything else, and everything lies inside the figure', () => {
    for (const [i, [a, ra]] of named.entries()) {
      expect(ra.x, a).toBeGreaterThanOrEqual(0);
      expect(ra.y, a).toBeGreaterThanOrEqual(0);
      expect(ra.x + ra.width, a).toBeLessThanOrEqual(l.width);
      expect(ra.y + ra.height, a).toBeLessThanOrEqual(l.height);
      for (const [b, rb] of named.slice(i + 1)) expect(overlap(ra, rb), `${a} × ${b}`).toBe(false);
    }
  });

  it('map and chart side by side at comparable weight: the chart at least 40 % of the map', () => {
    expect(l.chart.x).toBeGreaterThan(l.map.x + l.map.width);
    expect(area(l.chart)).toBeGreaterThanOrEqual(0.4 * area(l.map));
    // The map keeps its aspect and the chart its own (drawn, never stretched).
    expect(l.map.height / l.map.width).toBeCloseTo(input.map.height / input.map.width, 5);
    expect(l.chart.height / l.chart.width).toBeCloseTo(input.chart.height / input.chart.width, 5);
  });

  it('no line is wider than its box, and no word of a label is lost (wrapped, never cut)', () => {
    for (const block of texts) {
      for (const line of block.lines) {
        expect(measure(line, block.role), line).toBeLessThanOrEqual(block.width + 1e-9);
      }
    }
    const words = (t: string) => t.split(/\s+/).join(' ');
    expect(l.legend.map((e) => e.text.lines.join(' '))).toEqual(input.legendLabels.map(words));
    expect(l.chartKey.map((e) => e.text.lines.join(' '))).toEqual(input.chartKey.map(words));
  });

  it('one title, across the top; the source line across the bottom', () => {
    expect(l.title.lines.join(' ')).toBe(input.title);
    expect(l.footer.y).toBeGreaterThan(
      Math.max(l.map.y + l.map.height, l.chart.y + l.chart.height),
    );
    expect(l.footer.lines.join(' ')).toContain('Fuente: DEVIDA/UNODC');
  });

  it('the two columns end close together (no blank block under either)', () => {
    const ends = (rects: Rect[]) => Math.max(...rects.map((r) => r.y + r.height));
    const all = [l.map, l.chart, l.notes, l.legendTitle, ...l.legend.map((e) => e.text)];
    const left = ends(all.filter((r) => r.x < l.chart.x));
    const right = ends(all.filter((r) => r.x >= l.chart.x));
    expect(Math.abs(left - right)).toBeLessThan(0.12 * l.height);
  });
});

describe('layoutKey', () => {
  it('wraps a label longer than its column onto more lines and grows the row', () => {
    const { entries, height } = layoutKey(
      measure,
      ['Fuera de la cobertura de la fuente  508 distritos', '0 – 329'],
      { x: 0, y: 0, width: 200 },
      1,
    );
    expect(entries[0]?.text.lines.length).toBeGreaterThan(1);
    expect(entries[0]?.text.lines.join(' ')).toBe(
      'Fuera de la cobertura de la fuente 508 distritos'
        .replace('fuente 508', 'fuente  508')
        .replace(/\s+/g, ' '),
    );
    expect(entries[1]?.text.y).toBeGreaterThanOrEqual(
      (entries[0]?.text.y ?? 0) + (entries[0]?.text.height ?? 0),
    );
    expect(height).toBeGreaterThan(2 * 15);
  });
});

describe('chartCaption and figureFooter', () => {
  it('the chart title under the figure title loses the indicator it repeats', () => {
    expect(
      chartCaption(
        'Coca cultivada (ha) · 2016',
        'Coca cultivada (ha) · distritos seleccionados y VRAEM',
      ),
    ).toBe('Distritos seleccionados y VRAEM');
    expect(chartCaption('Coca cultivada (ha) · 2016', 'Coca: zona VRAEM y Perú')).toBe(
      'Coca: zona VRAEM y Perú',
    );
  });

  it('one source line: the chart adds only what the map does not cite; its other lines are notes', () => {
    const map = [
      'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
      'Atlas VRAEM · elaborado el 6 de diciembre de 2026',
    ];
    expect(
      figureFooter(
        map,
        ['Suma de 31 distritos', 'Fuente: DEVIDA/UNODC vía Quispe et al. 2022', 'Datos: 2012–2020'],
        'Fuente:',
      ),
    ).toEqual({ footer: map, notes: ['Suma de 31 distritos', 'Datos: 2012–2020'] });
    expect(
      figureFooter(map, ['Fuente: UNODC; DEVIDA/UNODC vía Quispe et al. 2022'], 'Fuente:')
        .footer[0],
    ).toBe('Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016); UNODC');
  });
});
