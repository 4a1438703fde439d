/**
 * What each point layer's key says, as data: its heading, one row per colour (with the count of
 * points of that colour) and the notes under it (source, caveats, what the size means). The
 * screen keys (PointLegends.tsx) lay it out; the exported map and figure add the same rows under
 * the layer's legend (`withPointKeys`), so that an image with event points says what they are and
 * where they come from. Pure (no React, no DOM).
 */
import type { UcdpFile, UcdpViolenceKind } from '../data/ucdpSchemas';
import {
  INCIDENT_CATEGORIES,
  type IncidentCategory,
  type PlacedIncident,
} from '../domain/incidents';
import type { I18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import { INCIDENT_COLOURS, UCDP_COLOURS } from '../map/pointStyle';
import { importedByFile, type ImportedEvents } from './import/importedEvents';
import type { LegendItem, LegendModel } from './legendModel';
import { ucdpStatusText } from './ucdpText';
import type { UcdpView } from './ucdpView';

export const CATEGORY_KEYS: Record<IncidentCategory, MessageKey> = {
  attack: 'incident.category.attack',
  aircraft: 'incident.category.aircraft',
  kidnapping: 'incident.category.kidnapping',
  massacre: 'incident.category.massacre',
  operation: 'incident.category.operation',
  other: 'incident.category.other',
};

export const UCDP_KIND_KEYS: Record<UcdpViolenceKind, MessageKey> = {
  stateBased: 'ucdp.kind.stateBased',
  nonState: 'ucdp.kind.nonState',
  oneSided: 'ucdp.kind.oneSided',
};

/**
 * The kinds in the release's order (data/ucdpSchemas.ts' list, whose module holds the file's
 * schema: not loaded for a key).
 */
const UCDP_KINDS = Object.keys(UCDP_KIND_KEYS) as UcdpViolenceKind[];

/** How a layer draws its discs: solid with a white outline, or a translucent ring. */
export type DiscStyle = NonNullable<LegendItem['disc']>;

export interface PointKeyEntry {
  key: string;
  colour: string;
  label: string;
  count: number;
}

export interface PointKey {
  /** Unique among the keys on screen ("incidents", "ucdp", an import's key). */
  id: string;
  title: string;
  /** What colour stands for, e.g. "Color: tipo de hecho". */
  colourMeans: string;
  entries: PointKeyEntry[];
  symbol: DiscStyle;
  /** What the size stands for ("Tamaño: muertos"). */
  sizeTitle: string;
  sizeColour: string;
  /** How many points the year has, or why there are none (UCDP's copy has years without rows). */
  status?: string;
  /** Under the key: source and caveats. */
  notes: string[];
}

function countBy<K extends string>(keys: readonly K[], of: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const k of of) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Colour rows of incident-like points: only the categories present, in a fixed order. */
function categoryEntries(t: I18n['t'], points: readonly PlacedIncident[]): PointKeyEntry[] {
  const counts = countBy(
    INCIDENT_CATEGORIES,
    points.map((p) => p.category),
  );
  return INCIDENT_CATEGORIES.filter((c) => (counts.get(c) ?? 0) > 0).map((c) => ({
    key: c,
    colour: INCIDENT_COLOURS[c],
    label: t(CATEGORY_KEYS[c]),
    count: counts.get(c) ?? 0,
  }));
}

/** The curated incidents on the map. */
export function incidentKey({ t }: I18n, placed: readonly PlacedIncident[]): PointKey {
  return {
    id: 'incidents',
    title: t('incident.legendTitle', { count: placed.length }),
    colourMeans: t('points.colour', { what: t('points.type') }),
    entries: categoryEntries(t, placed),
    symbol: 'solid',
    sizeTitle: t('points.size'),
    sizeColour: INCIDENT_COLOURS.other,
    notes: [t('incident.legendSource'), t('incident.legendCaveat')],
  };
}

/** The UCDP GED events of the year (or up to it): every kind of violence, 0 included. */
export function ucdpKey(i18n: I18n, view: UcdpView, file: UcdpFile): PointKey {
  const { t, lang } = i18n;
  const counts = countBy(
    UCDP_KINDS,
    view.events.map((e) => e.kind),
  );
  const lastRow =
    view.yearsWithRows[view.yearsWithRows.length - 1] ?? file.coverage.releaseLastYear;
  return {
    id: 'ucdp',
    title: t('ucdp.legendTitle'),
    colourMeans: t('points.colour', { what: t('points.violence') }),
    entries: UCDP_KINDS.map((k) => ({
      key: k,
      colour: UCDP_COLOURS[k],
      label: t(UCDP_KIND_KEYS[k]),
      count: counts.get(k) ?? 0,
    })),
    symbol: 'ring',
    sizeTitle: t('ucdp.sizeTitle'),
    sizeColour: UCDP_COLOURS.stateBased,
    status: ucdpStatusText(i18n, view.status, file.coverage, view.events.length),
    notes: [
      t('ucdp.caveat', { gaps: file.coverage.yearsWithoutRows.join(', '), last: lastRow }),
      `${t('panel.source')}: ${file.attribution[lang]}`,
    ],
  };
}

/** The points of one imported UCDP/ACLED file. */
export function importedEventsKey(
  { t }: I18n,
  layerKey: string,
  fileName: string,
  placed: readonly PlacedIncident[],
): PointKey {
  return {
    id: layerKey,
    title: t('import.eventsLegendTitle', { file: fileName, count: placed.length }),
    colourMeans: t('points.colour', { what: t('points.type') }),
    entries: categoryEntries(t, placed),
    symbol: 'solid',
    sizeTitle: t('points.size'),
    sizeColour: INCIDENT_COLOURS.other,
    notes: [t('import.eventsLegendCaveat')],
  };
}

/** The keys of the point layers on the map, in the legend dock's order. */
export function pointKeysOnMap(
  i18n: I18n,
  layers: {
    ucdp: { view: UcdpView; file: UcdpFile } | null;
    incidents: readonly PlacedIncident[] | null;
    imported: ImportedEvents;
  },
): PointKey[] {
  return [
    ...(layers.ucdp ? [ucdpKey(i18n, layers.ucdp.view, layers.ucdp.file)] : []),
    ...(layers.incidents ? [incidentKey(i18n, layers.incidents)] : []),
    ...importedByFile(layers.imported).map(([key, f]) =>
      importedEventsKey(i18n, key, f.fileName, f.placed),
    ),
  ];
}

/**
 * The legend an image draws: the layer's legend, then each point layer's key — its heading as a
 * row of its own, a disc row per colour with its count, and its notes (what the size means, the
 * year's count, the source, the caveats) after the layer's notes and unit.
 */
export function withPointKeys(
  legend: LegendModel,
  keys: readonly PointKey[],
  count: (n: number) => string,
): LegendModel {
  if (keys.length === 0) return legend;
  const items: LegendItem[] = keys.flatMap((key) => [
    { colour: 'transparent', line: false, label: key.title, heading: true },
    ...key.entries.map((e): LegendItem => ({
      colour: e.colour,
      line: false,
      label: e.label,
      count: count(e.count),
      disc: key.symbol,
    })),
  ]);
  const notes = keys.flatMap((key) => [
    `${key.title}. ${key.sizeTitle}.`,
    ...(key.status ? [key.status] : []),
    ...key.notes,
  ]);
  // The layer's unit stays with the layer's notes, before the points' own.
  const layerNotes = legend.unit ? [...legend.notes, legend.unit] : legend.notes;
  return {
    ...legend,
    items: [...legend.items, ...items],
    notes: [...layerNotes, ...notes],
    unit: undefined,
  };
}
