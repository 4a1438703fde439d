/**
 * The base map — what lies outside Peru, the department lines of all Peru, rivers, the province
 * and department borders of the scope and the VRAEM outline — as one GeoJSON source, each feature
 * tagged with its kind. Three layers draw it: the world outside Peru below the districts, and
 * above them the dashed province borders and one line layer for every solid line, each kind with
 * its colour, width and order.
 *
 * Peru's land is the ground of the fill canvas under the map (fillCanvas.ts) and the sea and
 * neighbours are a fill of the world with Peru cut out: a view of the VRAEM shows no pixel outside Peru, so that fill draws nothing
 * there, where a land fill covered the whole map on every frame (about 30 ms of each in software
 * WebGL).
 *
 * Why so few: in software WebGL (SwiftShader) each layer adds to every frame, about 10 ms here,
 * however little it draws. Six layers on five sources drew these before; three on one made a
 * repaint of the coca view about 15 % faster (see the README's Performance section).
 * Department lines of Peru are drawn above the district fills, as the other solid lines: within
 * the scope, where districts cover them, the darker department borders are drawn over them.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COLORS } from './palette';

export const BOUNDARY_SOURCE = 'boundaries';
export const BOUNDARY_LAYER_IDS = {
  outsidePeru: 'outside-peru',
  provinceBorders: 'province-borders',
  lines: 'boundaries',
} as const;

/** Kinds drawn by the solid line layer. */
export type LineKind = 'peruDepartment' | 'river' | 'departmentBorder' | 'vraemOutline';
export type BoundaryKind = LineKind | 'provinceBorder' | 'outsidePeru';

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
  /** Peru's land as one shape (its departments merged). */
  peruOutline: Feature<MultiPolygon>;
  peruDepartments: readonly Feature[];
  rivers: FeatureCollection<Geometry>;
  provinceBorders: Feature;
  departmentBorders: Feature;
  vraemOutline: Feature;
}

function tagged(feature: Feature, kind: BoundaryKind): Feature<Geometry, { kind: BoundaryKind }> {
  return { type: 'Feature', geometry: feature.geometry, properties: { kind } };
}

/** Twice the signed area of a ring (shoelace): positive when it runs counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return sum;
}

/** Web Mercator's latitude limit, rounded inwards. */
const WORLD: Position[] = [
  [-180, -85],
  [180, -85],
  [180, 85],
  [-180, 85],
  [-180, -85],
];

/**
 * The world with each part of `land` cut out (its outer rings as holes, clockwise under the
 * counter-clockwise world, as GeoJSON wants and MapLibre needs to tell holes from shapes).
 */
export function outsideOf(land: MultiPolygon): Polygon {
  const holes = land.coordinates.flatMap((polygon) => {
    const outer = polygon[0];
    if (!outer || outer.length < 4) return [];
    return [signedArea(outer) > 0 ? [...outer].reverse() : outer];
  });
  return { type: 'Polygon', coordinates: [WORLD, ...holes] };
}

/** Every boundary line as a feature whose only property is its kind. */
export function boundaryCollection(
  base: BoundaryGeometry,
): FeatureCollection<Geometry, { kind: BoundaryKind }> {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: outsideOf(base.peruOutline.geometry),
        properties: { kind: 'outsidePeru' },
      },
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

/** The sea and the neighbouring countries, below the districts (Peru is the background). */
export function outsidePeruLayer(): LayerSpecification {
  return {
    id: BOUNDARY_LAYER_IDS.outsidePeru,
    type: 'fill',
    source: BOUNDARY_SOURCE,
    filter: isKind('outsidePeru'),
    layout: HIDDEN,
    // Its edges are drawn by the line layer: MapLibre's antialiasing pass would draw them again.
    paint: { 'fill-color': COLORS.background, 'fill-antialias': false },
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
      filter: ['in', ['get', 'kind'], ['literal', LINE_KINDS]],
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
