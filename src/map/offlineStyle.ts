/**
 * The MapLibre style, built only from our own data: no tiles, no glyphs, no sprites, so the map
 * makes no request outside the app's origin. Labels are drawn by deck.gl's TextLayer instead.
 * The districts (fills, outlines, highlight) are MapLibre layers too: see districtStyle.ts.
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
import { COLORS } from './palette';

export const LAYER_IDS = { background: 'background', ...BOUNDARY_LAYER_IDS } as const;

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
      {
        id: LAYER_IDS.background,
        type: 'background',
        // Peru's land: outside Peru is drawn over it (see boundaryStyle.ts).
        paint: { 'background-color': COLORS.peruLand },
      },
      outsidePeruLayer(),
      // District fills and outlines sit below the borders and rivers, which stay readable on top.
      ...districtLayers(),
      ...borderLayers(),
      highlightLayer(),
    ],
  };
}
