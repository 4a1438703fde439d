import { describe, expect, it } from 'vitest';
import { districtLocator, type DistrictShape } from '../../../src/data/import/districtLocator';
import { districtShapes, index } from './helpers';

// Two fixture polygons: a unit square with a square hole, and a two-part multipolygon.
const square: DistrictShape = {
  type: 'Feature',
  properties: { ubigeo: '000001' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
      [
        [0.4, 0.4],
        [0.6, 0.4],
        [0.6, 0.6],
        [0.4, 0.6],
        [0.4, 0.4],
      ],
    ],
  },
};
const twoParts: DistrictShape = {
  type: 'Feature',
  properties: { ubigeo: '000002' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [2, 0],
          [3, 0],
          [3, 1],
          [2, 0],
        ],
      ],
      [
        [
          [5, 5],
          [6, 5],
          [6, 6],
          [5, 6],
          [5, 5],
        ],
      ],
    ],
  },
};

describe('districtLocator on fixture polygons', () => {
  const at = districtLocator([square, twoParts]);
  it.each([
    [0.2, 0.2, '000001'],
    [0.5, 0.5, null], // in the hole
    [2.9, 0.5, '000002'], // inside the triangle
    [2.1, 0.9, null], // inside the triangle's box, outside the triangle
    [5.5, 5.5, '000002'], // second part
    [10, 10, null],
    [Number.NaN, 0, null],
  ])('(%d, %d) → %j', (lon, lat, ubigeo) => expect(at(lon, lat)).toBe(ubigeo));
});

describe('districtLocator on the atlas shapes', () => {
  it("puts every district's label point in that district", () => {
    const at = districtLocator(districtShapes());
    const wrong = index.list.filter((d) => at(d.labelPoint[0], d.labelPoint[1]) !== d.ubigeo);
    expect(wrong.map((d) => d.ubigeo)).toEqual([]);
    expect(at(-77.0428, -12.0464)).toBeNull(); // Lima: outside the five departments
  });
});
