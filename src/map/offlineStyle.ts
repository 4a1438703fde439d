/**
 * The MapLibre style, built only from our own data: no tiles, no glyphs, no sprites, so the map
 * makes no request outside the app's origin. Labels are drawn by deck.gl's TextLayer instead.
 * The districts (fills, outlines, highlight) are MapLibre layers too: see districtStyle.ts.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { districtLayers, districtSources, highlightLayer } from './districtStyle';
import { COLORS } from './palette';

export const LAYER_IDS = {
  background: 'background',
  peruFill: 'peru-departments-fill',
  peruLine: 'peru-departments-line',
  rivers: 'rivers',
  provinceBorders: 'province-borders',
  departmentBorders: 'department-borders',
  vraemOutline: 'vraem-outline',
} as const;

/** Layers of the base map, shown once the districts have drawn (see buildOfflineStyle). */
export const BASE_LAYER_IDS = [
  LAYER_IDS.peruFill,
  LAYER_IDS.peruLine,
  LAYER_IDS.rivers,
  LAYER_IDS.provinceBorders,
  LAYER_IDS.departmentBorders,
  LAYER_IDS.vraemOutline,
] as const;

export interface BaseGeometry {
  peruDepartments: readonly Feature[];
  provinceBorders: Feature;
  departmentBorders: Feature;
  vraemOutline: Feature;
  rivers: FeatureCollection<Geometry>;
  /** District polygons with `ubigeo` and `vraem` properties (districtCollection). */
  districts: FeatureCollection;
}

const HIDDEN = { visibility: 'none' } as const;

function collection(features: readonly Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: [...features] };
}

export function buildOfflineStyle(base: BaseGeometry): StyleSpecification {
  return {
    version: 8,
    name: 'atlas-vraem-offline',
    sources: {
      ...districtSources(base.districts),
      peru: { type: 'geojson', data: collection(base.peruDepartments) },
      provinces: { type: 'geojson', data: base.provinceBorders },
      departments: { type: 'geojson', data: base.departmentBorders },
      vraem: { type: 'geojson', data: base.vraemOutline },
      rivers: { type: 'geojson', data: base.rivers },
    },
    layers: [
      {
        id: LAYER_IDS.background,
        type: 'background',
        paint: { 'background-color': COLORS.background },
      },
      {
        id: LAYER_IDS.peruFill,
        layout: HIDDEN,
        type: 'fill',
        source: 'peru',
        paint: { 'fill-color': COLORS.peruLand },
      },
      {
        id: LAYER_IDS.peruLine,
        layout: HIDDEN,
        type: 'line',
        source: 'peru',
        paint: { 'line-color': COLORS.peruDepartmentLine, 'line-width': 0.8 },
      },
      // District fills and outlines sit below rivers and boundaries, which stay readable on top.
      ...districtLayers(),
      {
        id: LAYER_IDS.rivers,
        layout: HIDDEN,
        type: 'line',
        source: 'rivers',
        paint: {
          'line-color': COLORS.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 10, 2.5],
        },
      },
      {
        id: LAYER_IDS.provinceBorders,
        layout: HIDDEN,
        type: 'line',
        source: 'provinces',
        paint: {
          'line-color': COLORS.provinceLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 10, 1.4],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: LAYER_IDS.departmentBorders,
        layout: HIDDEN,
        type: 'line',
        source: 'departments',
        paint: {
          'line-color': COLORS.departmentLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 2.4],
        },
      },
      {
        id: LAYER_IDS.vraemOutline,
        layout: HIDDEN,
        type: 'line',
        source: 'vraem',
        paint: {
          'line-color': COLORS.vraemOutline,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2, 10, 3.5],
        },
      },
      highlightLayer(),
    ],
  };
}
