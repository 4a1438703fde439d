/**
 * Incidents for the map: a category from the published event type, a death count, and a point.
 * The sources give no coordinates; a point is the district's label point ("location
 * approximate: district"), spread in a small ring when several events share a district.
 */
import type { Incident } from '../data/indicatorSchemas';

export type IncidentCategory =
  'attack' | 'aircraft' | 'kidnapping' | 'massacre' | 'operation' | 'other';

export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = [
  'attack',
  'aircraft',
  'kidnapping',
  'massacre',
  'operation',
  'other',
];

/** Keyword rules over the English event type, first match wins. */
export function incidentCategory(type: string): IncidentCategory {
  const t = type.toLowerCase();
  if (/helicopter|aircraft/.test(t)) return 'aircraft';
  if (/kidnapping/.test(t)) return 'kidnapping';
  if (/massacre/.test(t)) return 'massacre';
  if (/ambush|attack|sniper|mines/.test(t)) return 'attack';
  if (/operation|clash/.test(t)) return 'operation';
  return 'other';
}

/** Deaths as published: the total when given, else the sum of the parts given, else unknown. */
export function incidentDeaths(incident: Incident): number | null {
  if (incident.deathsTotal !== null) return incident.deathsTotal;
  const parts = [
    incident.deathsSecurityForces,
    incident.deathsCivilians,
    incident.deathsArmedGroup,
  ];
  const known = parts.filter((n): n is number => n !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

export interface PlacedIncident {
  incident: Incident;
  position: [number, number];
  category: IncidentCategory;
  deaths: number | null;
}

/** Ring radius in degrees (about 2 km) for events that share a district. */
const SPREAD = 0.02;

/**
 * Places the incidents that name a district at its label point; the rest are returned apart,
 * to be listed but not mapped.
 */
export function placeIncidents(
  incidents: readonly Incident[],
  labelPointOf: (ubigeo: string) => readonly [number, number] | undefined,
): { placed: PlacedIncident[]; unplaced: Incident[] } {
  const byDistrict = new Map<string, Incident[]>();
  const unplaced: Incident[] = [];
  for (const incident of incidents) {
    if (incident.ubigeo === null || !labelPointOf(incident.ubigeo)) unplaced.push(incident);
    else byDistrict.set(incident.ubigeo, [...(byDistrict.get(incident.ubigeo) ?? []), incident]);
  }
  const placed: PlacedIncident[] = [];
  for (const [ubigeo, group] of byDistrict) {
    const [lon, lat] = labelPointOf(ubigeo) as readonly [number, number];
    group.forEach((incident, i) => {
      const angle = (2 * Math.PI * i) / group.length;
      const r = group.length === 1 ? 0 : SPREAD;
      placed.push({
        incident,
        position: [lon + r * Math.cos(angle), lat + r * Math.sin(angle)],
        category: incidentCategory(incident.type),
        deaths: incidentDeaths(incident),
      });
    });
  }
  placed.sort((a, b) => a.incident.id.localeCompare(b.incident.id));
  return { placed, unplaced };
}
