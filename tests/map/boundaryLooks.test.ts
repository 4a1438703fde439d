import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  boundaryStrokes,
  LINE_LOOKS,
  PROVINCE_LOOK,
  type BoundaryGeometry,
} from '../../src/map/boundaryLooks';
import { widthAtZoom } from '../../src/map/fillGeometry';
import { COLORS } from '../../src/map/palette';

const line = (coordinates: [number, number][]): Feature => ({
  type: 'Feature',
  properties: { name: 'not drawn' },
  geometry: { type: 'LineString', coordinates },
});
const triangle: [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];
const polygon: Feature = {
  type: 'Feature',
  properties: { name: 'Ayacucho' },
  geometry: { type: 'Polygon', coordinates: [triangle] },
};
const land: MultiPolygon = { type: 'MultiPolygon', coordinates: [[triangle]] };

const geometry: BoundaryGeometry = {
  peruOutline: { type: 'Feature', properties: {}, geometry: land },
  peruDepartments: [polygon, polygon],
  rivers: {
    type: 'FeatureCollection',
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
  provinceBorders: {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 1],
          [1, 0],
        ],
        [
          [5, 5],
          [6, 6],
        ],
      ],
    },
  },
  departmentBorders: line([
    [0, 2],
    [2, 0],
  ]),
  vraemOutline: polygon,
};

describe('boundaryStrokes', () => {
  const strokes = boundaryStrokes(geometry);

  it('draws dashed province borders first, then the solid kinds, the VRAEM outline on top', () => {
    expect(strokes.map((s) => s.kind)).toEqual([
      'provinceBorder',
      'peruDepartment',
      'river',
      'departmentBorder',
      'vraemOutline',
    ]);
    expect(strokes[0]?.look).toBe(PROVINCE_LOOK);
    expect(PROVINCE_LOOK).toMatchObject({ dash: [3, 2], color: COLORS.provinceLine });
    for (const stroke of strokes.slice(1)) expect(stroke.look.dash).toBeUndefined();
  });

  it('takes every line of every feature, geometry untouched: rings, parts, each river', () => {
    const linesOf = (kind: string) => strokes.find((s) => s.kind === kind)?.lines;
    expect(linesOf('river')).toHaveLength(3);
    expect(linesOf('river')?.[2]).toEqual([
      [2, 2],
      [3, 3],
    ]);
    expect(linesOf('provinceBorder')).toHaveLength(2);
    expect(linesOf('peruDepartment')).toEqual([triangle, triangle]);
    expect(linesOf('vraemOutline')?.[0]).toBe(triangle);
  });

  it('keeps an empty scope empty: no rivers and no departments give no lines, and no error', () => {
    const empty = boundaryStrokes({
      ...geometry,
      peruDepartments: [],
      rivers: { type: 'FeatureCollection', features: [] },
    });
    expect(empty.find((s) => s.kind === 'river')?.lines).toEqual([]);
    expect(empty.find((s) => s.kind === 'peruDepartment')?.lines).toEqual([]);
    expect(empty.find((s) => s.kind === 'vraemOutline')?.lines).toHaveLength(1);
  });

  it('gives each solid kind its own colour', () => {
    const colours = Object.values(LINE_LOOKS).map((look) => look.color);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('line widths by zoom (as MapLibre interpolated them)', () => {
  it('grows linearly from zoom 6 to zoom 10 and stays constant outside', () => {
    expect(widthAtZoom(LINE_LOOKS.vraemOutline.width, 6)).toBe(2);
    expect(widthAtZoom(LINE_LOOKS.vraemOutline.width, 10)).toBe(3.5);
    expect(widthAtZoom(LINE_LOOKS.vraemOutline.width, 8)).toBeCloseTo(2.75);
    expect(widthAtZoom(LINE_LOOKS.vraemOutline.width, 3)).toBe(2);
    expect(widthAtZoom(LINE_LOOKS.vraemOutline.width, 14)).toBe(3.5);
    expect(widthAtZoom(LINE_LOOKS.river.width, 6)).toBe(1);
    expect(widthAtZoom(LINE_LOOKS.peruDepartment.width, 12)).toBe(0.8);
    expect(widthAtZoom(LINE_LOOKS.departmentBorder.width, 10)).toBe(2.4);
    expect(widthAtZoom(PROVINCE_LOOK.width, 8)).toBeCloseTo(1);
  });
});
