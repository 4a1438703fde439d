/**
 * The MapLibre style, built only from our own data: no tiles, no glyphs, no sprites, so the map
 * makes no request outside the app's origin. Labels are drawn by deck.gl's TextLayer instead.
 * The districts' outlines and highlight are MapLibre layers too (districtStyle.ts); their fills
 * and Peru's land are on the fill canvas under the map (fillCanvas.ts), so the style has no
 * background: MapLibre's canvas is transparent where it draws nothing.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import {
  BOUNDARY_LAYER_IDS,
  BOUNDARY_SOURCE,
  borderLayers,
  boundaryCollection,
  outsidePeruLayer,
  type BoundaryGeometry,
} from './boundaryStyle';
import { districtLayers, districtSources, highlightLayer } from './districtStyle';

export const LAYER_IDS = BOUNDARY_LAYER_IDS;

/** Layers of the base map, shown once the districts have drawn (see buildOfflineStyle). */
export const BASE_LAYER_IDS = Object.values(BOUNDARY_LAYER_IDS);

export interface BaseGeometry extends BoundaryGeometry {
  /** District polygons with `ubigeo` and `vraem` properties (districtCollection). */
  districts: FeatureCollection;
}

export function buildOfflineStyle(base: BaseGeometry): StyleSpecification {
  return {
    version: 8,
    name: 'atlas-vraem-offline',
    sources: {
      ...districtSources(base.districts),
      [BOUNDARY_SOURCE]: { type: 'geojson', data: boundaryCollection(base) },
    },
    layers: [
      outsidePeruLayer(),
      // District fills and outlines sit below the borders and rivers, which stay readable on top.
      ...districtLayers(),
      ...borderLayers(),
      highlightLayer(),
    ],
  };
}
