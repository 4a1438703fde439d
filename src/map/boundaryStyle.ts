/**
 * The base map — the land and department lines of all Peru, rivers, the province and department
 * borders of the scope and the VRAEM outline — as one GeoJSON source, each feature tagged with its
 * kind. Three layers draw it: the land below the districts, and above them the dashed province
 * borders and one line layer for every solid line, each kind with its colour, width and order.
 *
 * Why so few: in software WebGL (SwiftShader) every layer costs a pass of its own over the map
 * however little it draws, and every switch between sources draws the tiles' clipping masks
 * again. Before, six layers on five sources drew these; see the README's Performance section.
 * Department lines of Peru are drawn above the district fills, as the other solid lines: within
 * the scope, where districts cover them, the darker department borders are drawn over them.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COLORS } from './palette';

export const BOUNDARY_SOURCE = 'boundaries';
export const BOUNDARY_LAYER_IDS = {
  land: 'peru-land',
  provinceBorders: 'province-borders',
  lines: 'boundaries',
} as const;

/** Kinds drawn by the solid line layer. */
export type LineKind = 'peruDepartment' | 'river' | 'departmentBorder' | 'vraemOutline';
export type BoundaryKind = LineKind | 'provinceBorder';

interface BoundaryLook {
  color: string;
  /** Line width in pixels at zoom 6 and at zoom 10 (linear in between and constant beyond). */
  width: readonly [number, number];
}

/** In drawing order: a later kind is drawn above an earlier one where they meet. */
export const LINE_LOOKS: Readonly<Record<LineKind, BoundaryLook>> = {
  peruDepartment: { color: COLORS.peruDepartmentLine, width: [0.8, 0.8] },
  river: { color: COLORS.river, width: [1, 2.5] },
  departmentBorder: { color: COLORS.departmentLine, width: [1.2, 2.4] },
  vraemOutline: { color: COLORS.vraemOutline, width: [2, 3.5] },
};

const LINE_KINDS = Object.keys(LINE_LOOKS) as LineKind[];

export interface BoundaryGeometry {
  peruDepartments: readonly Feature[];
  rivers: FeatureCollection<Geometry>;
  provinceBorders: Feature;
  departmentBorders: Feature;
  vraemOutline: Feature;
}

function tagged(feature: Feature, kind: BoundaryKind): Feature<Geometry, { kind: BoundaryKind }> {
  return { type: 'Feature', geometry: feature.geometry, properties: { kind } };
}

/** Every boundary line as a feature whose only property is its kind. */
export function boundaryCollection(
  base: BoundaryGeometry,
): FeatureCollection<Geometry, { kind: BoundaryKind }> {
  return {
    type: 'FeatureCollection',
    features: [
      ...base.peruDepartments.map((f) => tagged(f, 'peruDepartment')),
      ...base.rivers.features.map((f) => tagged(f, 'river')),
      tagged(base.provinceBorders, 'provinceBorder'),
      tagged(base.departmentBorders, 'departmentBorder'),
      tagged(base.vraemOutline, 'vraemOutline'),
    ],
  };
}

/** A `match` on the feature's kind, one output per line kind. */
function byKind(value: (look: BoundaryLook, kind: LineKind) => string | number) {
  const branches = LINE_KINDS.flatMap((kind) => [kind, value(LINE_LOOKS[kind], kind)]);
  // A `match` needs a fallback; the layer's filter leaves no other kind.
  const fallback = value(LINE_LOOKS.peruDepartment, 'peruDepartment');
  return ['match', ['get', 'kind'], ...branches, fallback] as unknown as ExpressionSpecification;
}

const isKind = (kind: BoundaryKind): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const HIDDEN = { visibility: 'none' } as const;

/** The land of Peru's departments, below the districts. */
export function landLayer(): LayerSpecification {
  return {
    id: BOUNDARY_LAYER_IDS.land,
    type: 'fill',
    source: BOUNDARY_SOURCE,
    filter: isKind('peruDepartment'),
    layout: HIDDEN,
    // Its edges are drawn by the line layer: MapLibre's antialiasing pass would draw them again.
    paint: { 'fill-color': COLORS.peruLand, 'fill-antialias': false },
  };
}

/** Province borders (dashed) and then every solid line, above the districts. */
export function borderLayers(): LayerSpecification[] {
  return [
    {
      id: BOUNDARY_LAYER_IDS.provinceBorders,
      type: 'line',
      source: BOUNDARY_SOURCE,
      filter: isKind('provinceBorder'),
      layout: HIDDEN,
      paint: {
        'line-color': COLORS.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 10, 1.4],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: BOUNDARY_LAYER_IDS.lines,
      type: 'line',
      source: BOUNDARY_SOURCE,
      filter: ['!=', ['get', 'kind'], 'provinceBorder'],
      layout: {
        ...HIDDEN,
        'line-sort-key': byKind((_, kind) => LINE_KINDS.indexOf(kind)),
      },
      paint: {
        'line-color': byKind((look) => look.color),
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          6,
          byKind((look) => look.width[0]),
          10,
          byKind((look) => look.width[1]),
        ],
      },
    },
  ];
}
