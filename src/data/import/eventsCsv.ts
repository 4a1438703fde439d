/**
 * UCDP GED / ACLED exports → events inside the five departments, each with the district its
 * coordinates fall in, the count of events outside, and a report of rows that could not be read.
 * Pure: the caller passes the point-in-polygon lookup.
 */
import { issueCollector, shown, type ImportField, type IssueReport } from './issues';
import {
  REQUIRED_COLUMNS,
  UCDP_VIOLENCE_TYPES,
  detectEventKind,
  type EventKind,
} from './eventColumns';
import { normalizeHeader, parseNumber, type Separator } from './normalize';
import { detectSeparator, readTable, type TableVisitor } from './table';

export interface ImportedEvent {
  /** Spreadsheet row of the event in its file. */
  row: number;
  id: string;
  /** YYYY-MM-DD (start date for UCDP). */
  date: string;
  type: string;
  actors: string;
  place: string;
  /** UCDP `best`, ACLED `fatalities`; null when the cell is empty. */
  deaths: number | null;
  position: [lon: number, lat: number];
  ubigeo: string;
  /** The source cell as written (UCDP source_article, ACLED source): text only. */
  source: string;
}

export interface ImportedEvents {
  kind: EventKind;
  events: ImportedEvent[];
  /** Rows read, good or not. */
  rowsRead: number;
  /** Well-formed events whose point is outside the five departments. */
  outside: number;
  separator: Separator;
  report: IssueReport;
}

export interface EventReadOptions {
  /** District (ubigeo) that contains a point, or null outside the five departments. */
  districtAt: (lon: number, lat: number) => string | null;
  progress?: (fraction: number) => void;
  cancelled?: () => boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function validIsoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** "2010-05-03", "2010-05-03 00:00:00.000", "16 May 2025", "16-May-2025" → ISO date or null. */
export function parseEventDate(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/.exec(text);
  if (iso) return validIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text);
  if (named?.[2]) {
    const name = named[2].toLowerCase();
    const month = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name)));
    if (month !== -1) return validIsoDate(Number(named[3]), month + 1, Number(named[1]));
  }
  return null;
}

function coordinate(raw: string, limit: number): number | null {
  const reading = parseNumber(raw, ',');
  return reading.ok && Math.abs(reading.value) <= limit ? reading.value : null;
}

function deaths(raw: string): number | null | 'bad' {
  const text = raw.trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : 'bad';
}

export function parseEventsCsv(text: string, kind: EventKind, options: EventReadOptions): ImportedEvents {
  const separator = detectSeparator(text);
  const reader = eventsReader(kind, separator, options);
  readTable(text, separator, reader.visitor);
  return reader.finish();
}

/** The reader behind parseEventsCsv, for a table read in one pass or streamed (tableStream.ts). */
export function eventsReader(
  kind: EventKind,
  separator: Separator,
  options: EventReadOptions,
): { visitor: TableVisitor; finish: () => ImportedEvents } {
  const issues = issueCollector();
  const events: ImportedEvent[] = [];
  const state = { columns: null as Map<string, number> | null, rowsRead: 0, outside: 0 };

  const visitor: TableVisitor = {
    header(cells) {
      const names = cells.map(normalizeHeader);
      const missing = REQUIRED_COLUMNS[kind].filter((c) => !names.includes(c));
      const detected = detectEventKind(names);
      if (missing.length > 0 || (detected !== null && detected !== kind)) {
        issues.add({
          row: 1,
          field: 'header',
          reason: 'missingColumn',
          detail: REQUIRED_COLUMNS[kind].join(', '),
        });
        return;
      }
      state.columns = new Map(names.map((name, i) => [name, i] as const).reverse());
    },
    row({ row, cells, unclosedQuote }) {
      if (options.cancelled?.()) return false;
      const columns = state.columns;
      if (!columns) return false;
      state.rowsRead += 1;
      const cell = (name: string) => {
        const at = columns.get(name);
        return at === undefined ? '' : (cells[at] ?? '');
      };
      if (cells.every((c) => c.trim() === '')) {
        issues.add({ row, field: 'row', reason: 'emptyRow' });
        return;
      }
      if (unclosedQuote) {
        issues.add({ row, field: 'row', reason: 'unclosedQuote' });
        return;
      }
      const ucdp = kind === 'ucdp';
      const id = cell(ucdp ? 'id' : 'event_id_cnty').trim();
      const rawDate = cell(ucdp ? 'date_start' : 'event_date');
      const date = parseEventDate(rawDate);
      const lat = coordinate(cell('latitude'), 90);
      const lon = coordinate(cell('longitude'), 180);
      const rawDeaths = cell(ucdp ? 'best' : 'fatalities');
      const dead = deaths(rawDeaths);
      const bad: [ImportField, string, 'missingValue' | 'notADate' | 'notACoordinate' | 'notANumber'][] = [];
      if (id === '') bad.push(['id', '', 'missingValue']);
      if (date === null) bad.push(['date', rawDate, 'notADate']);
      if (lat === null) bad.push(['latitude', cell('latitude'), 'notACoordinate']);
      if (lon === null) bad.push(['longitude', cell('longitude'), 'notACoordinate']);
      if (dead === 'bad') bad.push(['deaths', rawDeaths, 'notANumber']);
      for (const [field, value, reason] of bad) issues.add({ row, field, reason, value: shown(value) });
      if (bad.length > 0 || date === null || lat === null || lon === null || dead === 'bad') return;

      const ubigeo = options.districtAt(lon, lat);
      if (ubigeo === null) {
        state.outside += 1;
        return;
      }
      const join = (...parts: string[]) =>
        parts
          .map((p) => p.trim())
          .filter((p) => p !== '')
          .join(' — ');
      events.push({
        row,
        id,
        date,
        type: ucdp
          ? (UCDP_VIOLENCE_TYPES[cell('type_of_violence').trim()] ?? cell('type_of_violence').trim())
          : join(cell('event_type'), cell('sub_event_type')),
        actors: ucdp ? join(cell('side_a'), cell('side_b')) : join(cell('actor1'), cell('actor2')),
        place: ucdp
          ? join(cell('where_coordinates'), cell('adm_2'), cell('adm_1'))
          : join(cell('location'), cell('admin3'), cell('admin2'), cell('admin1')),
        deaths: dead,
        position: [lon, lat],
        ubigeo,
        source: cell(ucdp ? 'source_article' : 'source').trim(),
      });
    },
    progress: options.progress,
  };

  const finish = (): ImportedEvents => {
    if (state.columns && state.rowsRead === 0) issues.add({ row: 2, field: 'file', reason: 'emptyFile' });
    return {
      kind,
      events,
      rowsRead: state.rowsRead,
      outside: state.outside,
      separator,
      report: issues.report(),
    };
  };
  return { visitor, finish };
}
