/**
 * How the point layers look — colours by type and radius by deaths — apart from their deck.gl
 * factories, so that the legends (ui/) can draw the same symbols without loading deck.gl.
 */
import type { UcdpViolenceKind } from '../data/ucdpSchemas';
import type { IncidentCategory } from '../domain/incidents';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const INCIDENT_COLOURS: Record<IncidentCategory, string> = {
  attack: '#d55e00',
  aircraft: '#0072b2',
  kidnapping: '#cc79a7',
  massacre: '#000000',
  operation: '#009e73',
  other: '#e69f00',
};

/** Fill opacity (0–255) of a curated or imported incident: nearly solid, white outline. */
export const INCIDENT_FILL_ALPHA = 220;

/**
 * Paul Tol's "muted" indigo, wine and sand: distinguishable with the common colour-vision
 * deficiencies, apart from the incidents' Okabe–Ito colours, and dark enough (indigo, wine) to
 * stand out on the VRAEM's blue-green fill. UCDP points are translucent discs outlined in their
 * colour (the incidents are solid with a white outline), so the two layers read apart where
 * they overlap.
 */
export const UCDP_COLOURS: Record<UcdpViolenceKind, string> = {
  stateBased: '#332288',
  oneSided: '#882255',
  nonState: '#ddcc77',
};

/** Fill opacity (0–255) of a UCDP disc: the dense years (1989–1992) stay readable. */
export const UCDP_FILL_ALPHA = 140;

/**
 * A legend's disc (screen key and exported image): an incident's solid with a white outline, a
 * UCDP event's translucent with an outline in its own colour, as the map draws them.
 */
export function legendDisc(
  symbol: 'solid' | 'ring',
  colour: string,
): { fillOpacity: number; stroke: string; strokeWidth: number } {
  return symbol === 'solid'
    ? { fillOpacity: INCIDENT_FILL_ALPHA / 255, stroke: '#ffffff', strokeWidth: 1.5 }
    : { fillOpacity: UCDP_FILL_ALPHA / 255, stroke: colour, strokeWidth: 2 };
}

/** Pixel radius: area grows with deaths; an event with unknown or zero deaths still shows. */
export function incidentRadius(deaths: number | null): number {
  return 5 + 3 * Math.sqrt(deaths ?? 0);
}

/** Death counts the legends show a circle for (0 stands for "0 or not reported"). */
export const LEGEND_DEATHS: readonly number[] = [0, 1, 10, 50];
