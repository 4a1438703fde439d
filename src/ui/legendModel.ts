/**
 * The map's legend as data: its heading, its key rows (a colour, a line or a gap's pattern, and
 * the words) and the notes that qualify the key. The one source of what a legend says: the
 * legend components lay it out on screen (Legend, ChoroplethLegend, JurisdictionLegend, the
 * systems views' keys: systems/systemsLegend.ts), and the exported PNG and figure draw the same
 * object (briefing/mapImage.ts, chartFigure.ts), gap patterns included. Pure (no React, no DOM).
 */
import { binLabel, type BinLabel, type Choropleth } from '../domain/choropleth';
import type { DistrictIndex } from '../domain/districts';
import type { EmergencyControl } from '../domain/emergency';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import { MISSING_COLOURS } from '../domain/palettes';
import type { MissingKind } from '../domain/values';
import { formatDecimal } from '../i18n/format';
import type { I18n } from '../i18n/I18nContext';
import { COLORS, rgbaCss, type RGBA } from '../map/palette';
import { CONTROL_KEYS, MISSING_KEYS } from './legendKeys';
import {
  AUTHORITY_COUNT_COLOURS,
  DEVIDA_COLOURS,
  EMERGENCY_COLOURS,
  type LayerView,
} from './layerView';

export interface LegendItem {
  /** A swatch's fill or a line's colour (CSS). */
  colour: string;
  /** A swatch's outline (the base map's districts); the stylesheet's when absent. */
  outline?: string;
  /** A boundary or river: a line, not a filled swatch. */
  line: boolean;
  /** A line's width in CSS px (the stylesheet's 2 px when absent). */
  width?: number;
  dashed?: boolean;
  label: string;
  /** The district count, shown apart from the label (choropleth classes and gaps). */
  count?: string;
  /** A gap: its colour carries the pattern the map draws (map/missingPatterns.ts). */
  pattern?: MissingKind;
  /** A point layer's colour (pointKeys.ts): a disc, solid or a translucent ring. */
  disc?: 'solid' | 'ring';
  /** A point layer's heading among the rows of an image's legend (pointKeys.ts): no swatch. */
  heading?: boolean;
}

/** A cell of a two-way key (the bivariate map): its colour, words and district count. */
export interface GridCell {
  colour: string;
  label: string;
  count: number;
  /** Dark enough to want light text. */
  dark: boolean;
}

export interface LegendModel {
  title: string;
  /** A two-way key above the rows (the bivariate map): axes in words, rows top to bottom. */
  grid?: { x: string; y: string; rows: GridCell[][] };
  /** Above the key: the data shown is another year's (the tolerance rule). */
  notice?: string;
  items: LegendItem[];
  /** Under the key, qualifying it (classes merged; no decree in force; no condition ticked). */
  notes: string[];
  /** The unit of the values, last. */
  unit?: string;
}

/**
 * A row's words in one line, as the image draws them: "1.2 – 3.4 · 5 distritos" (the screen
 * sets the count apart in a column of its own; in a wrapped line a dot does it).
 */
export function itemText(item: LegendItem): string {
  return item.count === undefined ? item.label : `${item.label} · ${item.count}`;
}

/**
 * The rows an image draws, in order: a grid's cells as rows in the words a screen reader reads
 * off each cell ("coca alta, pobreza media: 12"), then the key's own rows.
 */
export function drawnItems(model: LegendModel): LegendItem[] {
  const cells = (model.grid?.rows ?? []).flat().map((cell) => ({
    colour: cell.colour,
    line: false,
    label: `${cell.label}: ${cell.count}`,
  }));
  return [...cells, ...model.items];
}

/** The words an image draws under its key: the notice (above it on screen), notes, unit. */
export function legendNotes(model: LegendModel): string[] {
  return [model.notice, ...model.notes, model.unit].filter((s): s is string => Boolean(s));
}

/** "1.2 – 3.4" for the values of a class; an empty class (equal intervals, manual) by its bounds. */
export function rangeText(label: BinLabel, fmt: (v: number) => string): string {
  if (label.kind === 'values') {
    return label.min === label.max ? fmt(label.min) : `${fmt(label.min)} – ${fmt(label.max)}`;
  }
  if (label.above === null) return label.upTo === null ? '—' : `≤ ${fmt(label.upTo)}`;
  return label.upTo === null
    ? `> ${fmt(label.above)}`
    : `> ${fmt(label.above)} – ${fmt(label.upTo)}`;
}

/** One row per kind of gap that has districts, in a fixed order, with its pattern. */
export function gapItems({ t }: I18n, missing: Record<MissingKind, number>): LegendItem[] {
  return (Object.keys(MISSING_KEYS) as MissingKind[])
    .filter((kind) => missing[kind] > 0)
    .map((kind) => ({
      colour: MISSING_COLOURS[kind],
      line: false,
      label: t(MISSING_KEYS[kind]),
      count: t('legend.districtCount', { count: missing[kind] }),
      pattern: kind,
    }));
}

/** "Se muestra el dato de 2015 para 2016." where the tolerance rule filled the year in. */
export function toleranceNotice({ t }: I18n, map: Pick<Choropleth, 'notice'>): string | undefined {
  return map.notice
    ? t('legend.toleranceNotice', {
        shown: map.notice.shownYears.join(', '),
        requested: map.notice.requestedYear,
      })
    : undefined;
}

export interface BaseCounts {
  /** VRAEM districts today, and those of them created after 2017. */
  vraem: number;
  created: number;
  /** National scope: the faint districts are the rest of Peru, not of the five departments. */
  national: boolean;
}

export function baseCounts(index: DistrictIndex, national: boolean): BaseCounts {
  const created = index.vraem.filter((d) => !d.existsIn2017).length;
  return { vraem: index.vraem.length, created, national };
}

/** The base map: the VRAEM's districts (old and new), the rest, the boundaries and rivers. */
export function baseLegend({ t }: I18n, counts: BaseCounts): LegendModel {
  const swatch = (fill: RGBA, outline: RGBA) => ({
    colour: rgbaCss(fill),
    outline: rgbaCss(outline),
    line: false,
  });
  return {
    title: t('legend.title'),
    items: [
      {
        ...swatch(COLORS.vraemFill, COLORS.vraemLine),
        label: t('legend.vraem69', { count: counts.vraem - counts.created }),
      },
      {
        ...swatch(COLORS.vraemNewFill, COLORS.vraemLine),
        label: t('legend.vraemNew', { count: counts.created }),
      },
      {
        ...swatch(COLORS.contextFill, COLORS.contextLine),
        label: t(counts.national ? 'legend.contextNational' : 'legend.context'),
      },
      { colour: COLORS.vraemOutline, line: true, width: 3, label: t('legend.vraemOutline') },
      { colour: COLORS.departmentLine, line: true, width: 2, label: t('legend.department') },
      { colour: COLORS.provinceLine, line: true, dashed: true, label: t('legend.province') },
      { colour: COLORS.river, line: true, width: 2, label: t('legend.river') },
    ],
    notes: [],
  };
}

/** An indicator's map: its classes with their ranges and counts, its gaps, notice and unit. */
export function choroplethLegend(
  i18n: I18n,
  indicator: IndicatorDef,
  year: number,
  map: Choropleth,
): LegendModel {
  const { t, lang } = i18n;
  const fmt = (v: number) => formatDecimal(lang, v, indicator.digits);
  const merged = map.mergedClasses ?? 0;
  const notice = toleranceNotice(i18n, map);
  return {
    title: `${indicator.label[lang]} · ${year}`,
    ...(notice ? { notice } : {}),
    items: [
      ...map.bins.map((bin, i) => ({
        colour: bin.colour,
        line: false,
        label: rangeText(binLabel(map, i), fmt),
        count: t('legend.districtCount', { count: bin.count }),
      })),
      ...gapItems(i18n, map.missing),
    ],
    notes:
      merged > 0
        ? [t('legend.mergedClasses', { shown: map.bins.length, asked: map.bins.length + merged })]
        : [],
    unit:
      indicator.unit[lang].trim() === ''
        ? t('legend.unitMissing')
        : t('legend.unit', { unit: indicator.unit[lang] }),
  };
}

function countBy<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

export type JurisdictionView = Extract<LayerView, { kind: 'emergency' | 'devida' | 'authorities' }>;

/**
 * The emergency, DEVIDA and authorities maps: a colour per class with its district count, and
 * the notes that qualify the colours (no decree in force; decrees whose lists are incomplete).
 * The decree list, its flags and the caveats stay on screen only (JurisdictionLegend): they are
 * references, not a key to the colours.
 */
export function jurisdictionLegend({ t }: I18n, view: JurisdictionView): LegendModel {
  const row = (colour: string, label: string, count?: number): LegendItem => ({
    colour,
    line: false,
    label: count === undefined ? label : `${label} · ${t('legend.districtCount', { count })}`,
  });
  const none = rgbaCss(COLORS.contextFill);
  if (view.kind === 'emergency') {
    const counts = countBy(view.control.values());
    return {
      title: t('emergency.title', { date: view.date }),
      items: [
        ...(Object.keys(EMERGENCY_COLOURS) as EmergencyControl[])
          .filter((c) => (counts.get(c) ?? 0) > 0)
          .map((c) => row(EMERGENCY_COLOURS[c], t(CONTROL_KEYS[c]), counts.get(c) ?? 0)),
        row(none, t('emergency.none')),
      ],
      notes: view.on.inForce.length === 0 ? [t('emergency.noneInForce')] : [],
    };
  }
  if (view.kind === 'devida') {
    const counts = countBy(view.zone.values());
    return {
      title: t('layers.devida'),
      items: [
        ...Object.entries(DEVIDA_COLOURS).map(([subzone, colour]) =>
          row(colour, t('devida.subzone', { name: subzone }), counts.get(subzone) ?? 0),
        ),
        row(none, t('devida.outside')),
      ],
      notes: [],
    };
  }
  const counts = countBy([...view.byUbigeo.values()].map((list) => list.length));
  return {
    title: t('authority.title', { date: view.date }),
    items: Object.entries(AUTHORITY_COUNT_COLOURS).map(([n, colour]) =>
      row(colour, t('authority.count', { count: n }), counts.get(Number(n)) ?? 0),
    ),
    notes:
      view.on.incompleteLists.length > 0
        ? [
            t('authority.incompleteDecrees', {
              list: view.on.incompleteLists.map((d) => d.decree).join('; '),
            }),
          ]
        : [],
  };
}

/** The legend of a layer (the systems views have theirs: systems/systemsLegend.ts). */
export function layerLegend(i18n: I18n, view: LayerView, counts: BaseCounts): LegendModel {
  switch (view.kind) {
    case 'base':
      return baseLegend(i18n, counts);
    case 'indicator':
      return choroplethLegend(i18n, view.indicator, view.year, view.map);
    default:
      return jurisdictionLegend(i18n, view);
  }
}
