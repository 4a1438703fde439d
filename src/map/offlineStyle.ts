/**
 * The MapLibre style, built only from our own data: no tiles, no glyphs, no sprites, so the map
 * makes no request outside the app's origin. It holds the districts for picking and draws
 * nothing: fills, lines and names are on the map's 2D canvases (layerCanvas.ts), and MapLibre's
 * canvas, transparent, shows only deck.gl's incident points when they are on.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { districtLayers, districtSources } from './districtStyle';

export function buildOfflineStyle(districts: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    name: 'atlas-vraem-offline',
    sources: districtSources(districts),
    layers: districtLayers(),
  };
}
