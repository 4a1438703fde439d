/**
 * Imported UCDP GED / ACLED events as map points: placed at their own coordinates (the files give
 * them, unlike our curated incidents), categorised like the curated ones, findable by id.
 */
import type { Incident } from '../../data/indicatorSchemas';
import type { ImportedEvent } from '../../data/import/eventsCsv';
import { incidentCategory, type PlacedIncident } from '../../domain/incidents';
import type { ImportedEventLayer } from './imported';

export interface ImportedEventRef {
  layer: ImportedEventLayer;
  event: ImportedEvent;
}

/** "import-2:PER90001": the layer key keeps ids unique across files and apart from ours. */
export const importedEventId = (layer: ImportedEventLayer, event: ImportedEvent) =>
  `${layer.key}:${event.id}`;

/** The fields our incident layer draws with; the rest of an Incident is left empty. */
function asIncident(id: string, event: ImportedEvent): Incident {
  return {
    id,
    date: event.date,
    datePrecision: 'day',
    dateNote: '',
    type: event.type,
    place: event.place,
    ubigeo: event.ubigeo,
    department: '',
    deathsSecurityForces: null,
    deathsCivilians: null,
    deathsArmedGroup: null,
    deathsTotal: event.deaths,
    deathsAsPublished: '',
    injured: null,
    actors: event.actors,
    perpetrator: '',
    sourceUrls: [],
    note: event.source,
  };
}

export function placeImportedEvents(layers: readonly ImportedEventLayer[]): {
  placed: PlacedIncident[];
  byId: Map<string, ImportedEventRef>;
} {
  const placed: PlacedIncident[] = [];
  const byId = new Map<string, ImportedEventRef>();
  for (const layer of layers) {
    for (const event of layer.events) {
      const id = importedEventId(layer, event);
      if (byId.has(id)) continue; // a file that repeats an event id: draw it once
      byId.set(id, { layer, event });
      placed.push({
        incident: asIncident(id, event),
        position: event.position,
        category: incidentCategory(event.type),
        deaths: event.deaths,
      });
    }
  }
  return { placed, byId };
}

/** Points of imported UCDP/ACLED files, with the file each came from. */
export interface ImportedEvents {
  placed: readonly PlacedIncident[];
  byId: ReadonlyMap<string, ImportedEventRef>;
}

/** Imported points grouped by the file they came from, in import order. */
export function importedByFile(
  imported: ImportedEvents,
): [string, { fileName: string; placed: PlacedIncident[] }][] {
  const files = new Map<string, { fileName: string; placed: PlacedIncident[] }>();
  for (const p of imported.placed) {
    const ref = imported.byId.get(p.incident.id);
    if (!ref) continue;
    const entry = files.get(ref.layer.key) ?? { fileName: ref.layer.fileName, placed: [] };
    entry.placed.push(p);
    files.set(ref.layer.key, entry);
  }
  return [...files.entries()];
}
