/**
 * The part of the view a link must reproduce, and its URL codec. Parsing never throws: a
 * missing, unknown or malformed parameter falls back to its default. Defaults are left out of
 * the serialized form so links stay short.
 */
import type { IndicatorId } from '../data/indicatorIds';
import type { Scope } from '../data/scope';
import { CLASSIFICATION_METHODS, type ClassificationMethod } from '../domain/classify';
import { DEFAULT_FILTER, type DistrictFilter } from '../domain/filters';
import type { UcdpYearMode } from '../domain/ucdp';
import { formatUrlBreaks, parseUrlBreaks } from '../domain/breaks';
import { MAX_SELECTED } from '../domain/selection';
import { MAX_CLASSES, MIN_CLASSES } from '../domain/palettes';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/translate';
import { parseFilter, writeFilter } from './filterParams';
import { DEFAULT_SYSTEMS, parseSystems, writeSystems, type SystemsParams } from './systemsParams';
import { INDICATOR_CODES, indicatorFromCode, migrateParams, URL_VERSION } from './urlMigrations';

/** What the map colours districts by: VRAEM membership, an indicator, or a jurisdiction view. */
export type LayerId = 'base' | IndicatorId | 'emergency' | 'devida' | 'authorities' | SystemsLayer;
export const JURISDICTION_LAYERS = ['emergency', 'devida', 'authorities'] as const;
/** Views that see several systems together (issue 21): two indicators, or where they overlap. */
export const SYSTEMS_LAYERS = ['bivariate', 'overlap'] as const;
export type SystemsLayer = (typeof SYSTEMS_LAYERS)[number];
const OTHER_LAYERS: readonly string[] = ['base', ...JURISDICTION_LAYERS, ...SYSTEMS_LAYERS];

function parseLayer(text: string | null): LayerId {
  if (text === null) return 'base';
  if (OTHER_LAYERS.includes(text)) return text as LayerId;
  return indicatorFromCode(text) ?? 'base';
}

function layerCode(layer: LayerId): string {
  return layer in INDICATOR_CODES ? INDICATOR_CODES[layer as IndicatorId] : layer;
}

export { SCOPES, type Scope } from '../data/scope';

/** `scope=peru`; any other value (or none) is the default VRAEM scope. */
export function parseScope(text: string | null): Scope {
  return text === 'peru' ? 'peru' : 'vraem';
}

export interface UrlState {
  lang: Lang;
  /** Districts loaded; 'peru' adds every district of the country (separate data files). */
  scope: Scope;
  /** Ubigeo of the district whose panel is open. */
  district: string | null;
  layer: LayerId;
  /** Requested year; null = the indicator's latest year. */
  year: number | null;
  /** Classification; null = the indicator's default. */
  method: ClassificationMethod | null;
  classes: number | null;
  /** Manual class breaks (used when method is 'manual'). */
  breaks: number[];
  /** Show the incident points. */
  incidents: boolean;
  /** UCDP GED events: null = off; the slider's year only, or every year up to it (`ged`). */
  ucdp: UcdpYearMode | null;
  /** Date for the state-of-emergency view (YYYY-MM-DD); null = the latest decree's start. */
  date: string | null;
  /** Merge districts created since 2007 back into their 2007 district. */
  comparable: boolean;
  /** Districts drawn on the time chart, in order (at most 8). */
  selection: string[];
  /** The chart panel is open. */
  charts: boolean;
  /** The district table is open. */
  table: boolean;
  /** The side-by-side profile of the selected districts is open. */
  compare: boolean;
  /** Which districts the table lists and the map keeps strong. */
  filter: DistrictFilter;
  /** The briefing slide being presented (1-based); null when not presenting. */
  slide: number | null;
  /** The bivariate map's indicators and the overlap panel's conditions. */
  systems: SystemsParams;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: DEFAULT_LANG,
  scope: 'vraem',
  district: null,
  layer: 'base',
  year: null,
  method: null,
  classes: null,
  breaks: [],
  incidents: false,
  ucdp: null,
  date: null,
  comparable: false,
  selection: [],
  charts: false,
  table: false,
  compare: false,
  filter: DEFAULT_FILTER,
  slide: null,
  systems: DEFAULT_SYSTEMS,
};

const UBIGEO = /^\d{6}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseYear(text: string | null): number | null {
  if (text === null || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  // 1989: the first year of UCDP GED.
  return year >= 1989 && year <= 2035 ? year : null;
}

function parseClasses(text: string | null): number | null {
  if (text === null || !/^\d$/.test(text)) return null;
  const k = Number(text);
  return k >= MIN_CLASSES && k <= MAX_CLASSES ? k : null;
}

function parseDate(text: string | null): string | null {
  const match = text === null ? null : DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === text ? text : null;
}

/** Present mode is on whenever `s` is there: a number that is not a slide number means slide 1. */
function parseSlide(text: string | null): number | null {
  if (text === null) return null;
  return /^[1-9]\d{0,2}$/.test(text) ? Number(text) : 1;
}

/** `ged=year` or `ged=upto`; anything else leaves the UCDP layer off. */
function parseUcdp(text: string | null): UcdpYearMode | null {
  return text === 'year' ? 'year' : text === 'upto' ? 'upTo' : null;
}

function parseSelection(text: string | null, known: (ubigeo: string) => boolean): string[] {
  if (!text) return [];
  const valid = text.split(',').filter((u) => UBIGEO.test(u) && known(u));
  return [...new Set(valid)].slice(0, MAX_SELECTED);
}

/**
 * Reads the state from a query string. `knownDistrict` lets the caller reject ubigeos that are
 * well-formed but not on the map.
 */
export function parseUrlState(
  search: string,
  knownDistrict: (ubigeo: string) => boolean = () => true,
): UrlState {
  let params: URLSearchParams;
  try {
    params = migrateParams(new URLSearchParams(search));
  } catch {
    return { ...DEFAULT_URL_STATE };
  }
  const lang = params.get('lang');
  const district = params.get('d');
  const layer = params.get('i');
  const method = params.get('c');
  return {
    lang: isLang(lang) ? lang : DEFAULT_URL_STATE.lang,
    scope: parseScope(params.get('scope')),
    district:
      district !== null && UBIGEO.test(district) && knownDistrict(district) ? district : null,
    layer: parseLayer(layer),
    year: parseYear(params.get('y')),
    method:
      method !== null && (CLASSIFICATION_METHODS as readonly string[]).includes(method)
        ? (method as ClassificationMethod)
        : null,
    classes: parseClasses(params.get('k')),
    breaks: parseUrlBreaks(params.get('b') ?? '') ?? [],
    incidents: params.get('ev') === '1',
    ucdp: parseUcdp(params.get('ged')),
    date: parseDate(params.get('f')),
    comparable: params.get('cmp') === '1',
    selection: parseSelection(params.get('sel'), knownDistrict),
    charts: params.get('ch') === '1',
    table: params.get('tb') === '1',
    compare: params.get('cp') === '1',
    filter: parseFilter(params),
    slide: parseSlide(params.get('s')),
    systems: parseSystems(params),
  };
}

/** The query string for a state, with defaults dropped; "" when everything is default. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  if (state.scope !== DEFAULT_URL_STATE.scope) params.set('scope', state.scope);
  if (state.layer !== 'base') params.set('i', layerCode(state.layer));
  if (state.year !== null) params.set('y', String(state.year));
  if (state.method !== null) params.set('c', state.method);
  if (state.classes !== null) params.set('k', String(state.classes));
  if (state.breaks.length > 0) params.set('b', formatUrlBreaks(state.breaks));
  if (state.incidents) params.set('ev', '1');
  if (state.ucdp !== null) params.set('ged', state.ucdp === 'upTo' ? 'upto' : 'year');
  if (state.date !== null) params.set('f', state.date);
  if (state.comparable) params.set('cmp', '1');
  if (state.selection.length > 0) params.set('sel', state.selection.join(','));
  if (state.charts) params.set('ch', '1');
  if (state.table) params.set('tb', '1');
  if (state.compare) params.set('cp', '1');
  writeFilter(state.filter, params);
  writeSystems(state.systems, state.layer, params);
  if (state.slide !== null) params.set('s', String(state.slide));
  if (state.district !== null) params.set('d', state.district);
  if (params.size === 0) return '';
  params.set('v', String(URL_VERSION));
  return `?${params.toString()}`;
}
