/** The point layers' ids, apart from its factory so that picking code need not load deck.gl. */
export const INCIDENT_LAYER_ID = 'incidents';

export const UCDP_LAYER_ID = 'ucdp-events';
