/** The incident layer's id, apart from its factory so that picking code need not load deck.gl. */
export const INCIDENT_LAYER_ID = 'incidents';
