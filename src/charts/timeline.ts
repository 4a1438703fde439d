/**
 * The policy and events timeline shown on every time chart: emergency decrees and major incidents,
 * each with its source. An event without a source is not shown.
 */
import type { Decree, Incident } from '../data/indicatorSchemas';

export type TimelineKind = 'decree' | 'incident';

export interface TimelineEvent {
  id: string;
  kind: TimelineKind;
  /** Fractional year for the chart's x axis (2018-04-04 → 2018.26). */
  x: number;
  date: string;
  label: string;
  sources: string[];
  /** Districts a decree covered (empty for incidents). */
  ubigeos: string[];
}

/** "2018-04-04" → 2018.255; "2012-05" → mid-month; null when the text is not a date. */
export function fractionalYear(date: string): number | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const at = Date.UTC(year, Number(m) - 1, d ? Number(d) : 15);
  return year + (at - start) / (end - start);
}

export function timelineEvents(
  decrees: readonly Decree[],
  incidents: readonly Incident[],
  kinds: ReadonlySet<TimelineKind>,
  lang: 'es' | 'en' = 'es',
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (kinds.has('decree')) {
    for (const d of decrees) {
      const x = d.start ? fractionalYear(d.start) : null;
      if (x === null || !d.start || !d.sourceUrl.trim()) continue;
      events.push({
        id: d.id,
        kind: 'decree',
        x,
        date: d.start,
        label: d.decree,
        sources: [d.sourceUrl, ...d.otherSourceUrls],
        ubigeos: d.ubigeos,
      });
    }
  }
  if (kinds.has('incident')) {
    for (const i of incidents) {
      const x = fractionalYear(i.date);
      const sources = i.sourceUrls.filter((s) => s.trim());
      if (x === null || sources.length === 0) continue;
      events.push({
        id: i.id,
        kind: 'incident',
        x,
        date: i.date,
        label: i.typeLabel?.[lang] ?? i.type,
        sources,
        ubigeos: [],
      });
    }
  }
  return events.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
}
