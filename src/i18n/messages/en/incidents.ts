/** English of ../incidents.ts: loaded when the atlas switches to English (not before the first frame). */
import type { es } from '../incidents';

export const en: Record<keyof typeof es, string> = {
  'incident.deaths': '{count} dead',
  'incident.deathsUnknown': 'Dead: not reported',
  'incident.textInEnglish':
    "Place, actors, perpetrator and notes: the source's text, in English (as transcribed; not translated).",
  'incident.deathsLabel': 'Dead',
  'incident.injured': 'Injured',
  'incident.actors': 'Actors',
  'incident.perpetrator': 'Attributed to',
  'incident.place': 'Place (as published)',
  'incident.approximate':
    'Location approximate: the point marks the district, not the exact place.',
  'incident.clickForSources': 'Click for {count} source|Click for {count} sources',
  'incident.unmapped': 'Incidents without a district in the source (not on the map): {list}',
  'incident.aggregatesTitle': 'Published aggregate figures ({count})',
  'incident.aggregatesNote':
    'Totals as their sources published them (labels from the transcription). The “384 casualties, 137 deaths (2005–2014)” cited by Vera Delzo (2018) was not found in a primary source and is not shown.',
  // UCDP GED events (issue 20) and the keys of the point layers (issue 24).
  'ucdp.toggle': 'Geolocated conflict events (UCDP GED 21.1, incomplete copy)',
  'ucdp.modeLabel': 'Years shown',
  'ucdp.modeYear': 'That year only',
  'ucdp.modeUpTo': 'All years up to that year',
  'ucdp.yearFollowsIndicator': 'Year of the map’s indicator: {year}',
  'ucdp.statusYear': '{year}: {count} event in this copy|{year}: {count} events in this copy',
  'ucdp.statusUpTo':
    '{first}–{last}: {count} event in this copy|{first}–{last}: {count} events in this copy',
  'ucdp.inVraem': '{count} in the VRAEM',
  'ucdp.noRows': '{year}: no rows in this copy (not 0 events)',
  'ucdp.noRowsShort': 'no rows in this copy',
  'ucdp.outside': 'Outside the period of UCDP GED 21.1 ({first}–{last})',
  'ucdp.outsideShort': 'outside the period',
  'ucdp.gapsInRange': 'No rows in this copy for {list}.',
  'ucdp.legendTitle': 'UCDP GED 21.1 events (incomplete copy)',
  'ucdp.kind.stateBased': 'State-based violence (state vs an armed group)',
  'ucdp.kind.nonState': 'Non-state violence (between armed groups)',
  'ucdp.kind.oneSided': 'One-sided violence (against civilians)',
  'ucdp.sizeTitle': 'Size: deaths (UCDP best estimate)',
  'ucdp.caveat':
    'Incomplete copy: only events with a precise location (exact, or within ~25 km) and no missing value; no rows for {gaps}; the last row is from {last}. Counts are a lower bound: no trend or rate is computed from them.',
  'ucdp.deaths': 'Deaths: {best} (best estimate; range {low}–{high})',
  'ucdp.unordered': 'UCDP’s estimates are not in order; shown as published.',
  'ucdp.sides': 'Sides: {a} · {b}',
  'ucdp.location':
    'Location as given by UCDP: exact, or within ~25 km; the district may be the neighbour.',
  'ucdp.panelTitle': 'UCDP GED events (incomplete copy)',
  'ucdp.panelTotal': 'Total in this copy, {first}–{last}: {count}',
  'ucdp.tableHeader': 'UCDP GED events, {period} (incomplete copy)',
  'points.colour': 'Colour: {what}',
  'points.size': 'Size: deaths',
  'points.sizeZero': '0 or not reported',
  'points.type': 'type of event',
  'points.violence': 'type of violence (UCDP)',
  'incident.legendTitle': 'Selected major incidents ({count})',
  'incident.legendSource':
    'Source: transcribed news reports (links on each incident; click a point).',
  'incident.legendCaveat':
    'A sample of well-reported events, not a complete record: no rate or trend is computed. The point marks the district, not the exact place; size: total deaths as published.',
  'incident.category.attack': 'Ambush or attack',
  'incident.category.aircraft': 'Aircraft attacked or downed',
  'incident.category.kidnapping': 'Kidnapping',
  'incident.category.massacre': 'Massacre',
  'incident.category.operation': 'Operation or clash',
  'incident.category.other': 'Other',
};
