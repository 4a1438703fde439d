import {
  createExpression,
  featureFilter,
  latest,
  type ExpressionSpecification,
  type FilterSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_LAYER_IDS,
  BOUNDARY_SOURCE,
  borderLayers,
  boundaryCollection,
  outsideOf,
  outsidePeruLayer,
  LINE_LOOKS,
  type BoundaryKind,
} from '../../src/map/boundaryStyle';
import { COLORS } from '../../src/map/palette';

const line = (coordinates: [number, number][]): Feature => ({
  type: 'Feature',
  properties: { name: 'kept out of the source' },
  geometry: { type: 'LineString', coordinates },
});
const polygon: Feature = {
  type: 'Feature',
  properties: { name: 'Ayacucho' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
};

/** Two parts of land, the first counter-clockwise and the second clockwise. */
const land: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [-80, -10],
        [-70, -10],
        [-70, 0],
        [-80, -10],
      ],
    ],
    [
      [
        [-60, -20],
        [-60, -15],
        [-55, -20],
        [-60, -20],
      ],
    ],
  ],
};

const geometry = {
  peruOutline: { type: 'Feature' as const, properties: {}, geometry: land },
  peruDepartments: [polygon, polygon],
  rivers: {
    type: 'FeatureCollection' as const,
    features: [
      line([
        [0, 0],
        [1, 1],
      ]),
      line([
        [1, 1],
        [2, 2],
      ]),
      line([
        [2, 2],
        [3, 3],
      ]),
    ],
  },
  provinceBorders: line([
    [0, 1],
    [1, 0],
  ]),
  departmentBorders: line([
    [0, 2],
    [2, 0],
  ]),
  vraemOutline: polygon,
};

const KINDS: BoundaryKind[] = [
  'outsidePeru',
  'peruDepartment',
  'river',
  'provinceBorder',
  'departmentBorder',
  'vraemOutline',
];

/** A feature of a kind, as MapLibre's expressions read it. */
const featureOf = (kind: BoundaryKind) => ({
  type: 'LineString' as const,
  properties: { kind },
  geometry: [],
});

type LineProperty = 'line-color' | 'line-width' | 'line-sort-key';

/** A property of the solid line layer, evaluated by MapLibre's own expression engine. */
function evaluate(property: LineProperty, kind: BoundaryKind, zoom = 7): unknown {
  const lines = layer(BOUNDARY_LAYER_IDS.lines);
  const group = property === 'line-sort-key' ? 'layout' : 'paint';
  const spec = (lines[group] as Record<string, unknown>)[property];
  const parsed = createExpression(
    spec as ExpressionSpecification,
    `layers[${BOUNDARY_LAYER_IDS.lines}].${group}.${property}`,
    (latest[`${group}_line`] as Record<string, unknown>)[property] as StylePropertySpecification,
  );
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, featureOf(kind) as never);
}

function layer(id: string) {
  const found = [outsidePeruLayer(), ...borderLayers()].find((l) => l.id === id);
  if (!found || found.type === 'background') throw new Error(`no layer ${id}`);
  return found;
}

/** The kinds a layer's filter lets through. */
function kindsDrawnBy(id: string): BoundaryKind[] {
  const filter = featureFilter(layer(id).filter as FilterSpecification, `layers[${id}].filter`);
  return KINDS.filter((kind) => filter.filter({ zoom: 7 }, featureOf(kind) as never));
}

describe('boundaryCollection', () => {
  it('tags every base-map feature with its kind and nothing else, geometry untouched', () => {
    const { features } = boundaryCollection(geometry);
    expect(features.map((f) => f.properties.kind)).toEqual([
      'outsidePeru',
      'peruDepartment',
      'peruDepartment',
      'river',
      'river',
      'river',
      'provinceBorder',
      'departmentBorder',
      'vraemOutline',
    ]);
    for (const f of features) expect(Object.keys(f.properties)).toEqual(['kind']);
    expect(features[1]?.geometry).toBe(polygon.geometry);
    expect(features[6]?.geometry).toBe(geometry.provinceBorders.geometry);
  });

  it('keeps an empty scope empty: no rivers and no departments give only the three borders', () => {
    const { features } = boundaryCollection({
      ...geometry,
      peruDepartments: [],
      rivers: { type: 'FeatureCollection', features: [] },
    });
    expect(features.map((f) => f.properties.kind)).toEqual([
      'outsidePeru',
      'provinceBorder',
      'departmentBorder',
      'vraemOutline',
    ]);
  });
});

/** Twice the signed area (shoelace), positive counter-clockwise. */
function area(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

describe('outsideOf', () => {
  it('is the world, counter-clockwise, with every part of the land cut out clockwise', () => {
    const [world, ...holes] = outsideOf(land).coordinates;
    expect(world?.[0]).toEqual([-180, -85]);
    expect(area(world ?? [])).toBeGreaterThan(0);
    expect(holes).toHaveLength(2);
    for (const hole of holes) expect(area(hole)).toBeLessThan(0);
    // The counter-clockwise part is reversed, the clockwise one kept as it was.
    expect(holes[0]).toEqual([...(land.coordinates[0]?.[0] ?? [])].reverse());
    expect(holes[1]).toBe(land.coordinates[1]?.[0]);
  });

  it('cuts out only outer rings: a lake inside the land stays land', () => {
    const lake: Position[] = [
      [-76, -6],
      [-75, -6],
      [-75, -5],
      [-76, -6],
    ];
    const withLake: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[land.coordinates[0]?.[0] ?? [], lake]],
    };
    expect(outsideOf(withLake).coordinates).toHaveLength(2);
  });

  it('with no land is the whole world', () => {
    expect(outsideOf({ type: 'MultiPolygon', coordinates: [] }).coordinates).toHaveLength(1);
  });
});

describe('the boundary layers', () => {
  it('all read the one boundary source, hidden until the districts have drawn', () => {
    for (const l of [outsidePeruLayer(), ...borderLayers()]) {
      expect(l).toMatchObject({ source: BOUNDARY_SOURCE, layout: { visibility: 'none' } });
    }
  });

  it('draw each kind exactly once: the world outside Peru, dashed provinces, lines for the rest', () => {
    expect(kindsDrawnBy(BOUNDARY_LAYER_IDS.outsidePeru)).toEqual(['outsidePeru']);
    expect(kindsDrawnBy(BOUNDARY_LAYER_IDS.provinceBorders)).toEqual(['provinceBorder']);
    expect(kindsDrawnBy(BOUNDARY_LAYER_IDS.lines)).toEqual([
      'peruDepartment',
      'river',
      'departmentBorder',
      'vraemOutline',
    ]);
    expect(layer(BOUNDARY_LAYER_IDS.provinceBorders).paint).toMatchObject({
      'line-dasharray': [3, 2],
      'line-color': COLORS.provinceLine,
    });
  });

  it('give each solid line its own colour and width, as the separate layers did', () => {
    expect(evaluate('line-color', 'river')).toMatchObject({ r: 0x4a / 255, g: 0x90 / 255 });
    const colours = (['peruDepartment', 'river', 'departmentBorder', 'vraemOutline'] as const).map(
      (kind) => JSON.stringify(evaluate('line-color', kind)),
    );
    expect(new Set(colours).size).toBe(4);
    expect(evaluate('line-width', 'vraemOutline', 6)).toBe(2);
    expect(evaluate('line-width', 'vraemOutline', 10)).toBe(3.5);
    expect(evaluate('line-width', 'vraemOutline', 8)).toBeCloseTo(2.75);
    expect(evaluate('line-width', 'river', 6)).toBe(1);
    expect(evaluate('line-width', 'peruDepartment', 12)).toBe(0.8);
    expect(evaluate('line-width', 'departmentBorder', 10)).toBe(2.4);
    expect(LINE_LOOKS.vraemOutline.color).toBe(COLORS.vraemOutline);
  });

  it('draw the VRAEM outline above department borders, and both above rivers and Peru lines', () => {
    const order = (kind: BoundaryKind) => evaluate('line-sort-key', kind) as number;
    expect(order('peruDepartment')).toBeLessThan(order('river'));
    expect(order('river')).toBeLessThan(order('departmentBorder'));
    expect(order('departmentBorder')).toBeLessThan(order('vraemOutline'));
  });
});
