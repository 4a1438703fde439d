import fc from 'fast-check';
import type { Feature, MultiLineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseArea, riverCode, serializeArea, type AreaShape } from '../../src/domain/area';
import { districtsInArea, type SpatialContext } from '../../src/domain/spatial';

// Two districts side by side, 0.1° (≈ 11 km) squares near the VRAEM: A west, B east.
const square = (ubigeo: string, west: number): Feature<Polygon, { ubigeo: string }> => ({
  type: 'Feature',
  properties: { ubigeo },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, -12.1],
        [west + 0.1, -12.1],
        [west + 0.1, -12],
        [west, -12],
        [west, -12.1],
      ],
    ],
  },
});
const river: Feature<MultiLineString, { name: string }> = {
  type: 'Feature',
  properties: { name: 'Río Prueba' },
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [-73.75, -12.2],
        [-73.75, -11.9],
      ],
    ],
  },
};
const context: SpatialContext = {
  shapes: [square('000001', -74), square('000002', -73.9)],
  interiorPoints: new Map([
    ['000001', [-73.95, -12.05]],
    ['000002', [-73.85, -12.05]],
  ]),
  rivers: [river],
  incidentPoints: [[-73.95, -12.05]],
};
const select = (shape: AreaShape, rule: 'touches' | 'centre' | 'share') => {
  const found = districtsInArea({ shape, rule }, context);
  return found === null ? null : [...found].sort();
};

describe('spatial rules on fixture squares', () => {
  // A polygon over the western 30 % of A: touches A, but neither its centre nor half its area.
  const sliver: AreaShape = {
    kind: 'polygon',
    ring: [
      [-74.05, -12.15],
      [-73.97, -12.15],
      [-73.97, -11.95],
      [-74.05, -11.95],
    ],
  };
  // A polygon over the western 60 % of A, past its centre.
  const most: AreaShape = {
    kind: 'polygon',
    ring: [
      [-74.05, -12.15],
      [-73.94, -12.15],
      [-73.94, -11.95],
      [-74.05, -11.95],
    ],
  };

  it('touches: any overlap selects', () => {
    expect(select(sliver, 'touches')).toEqual(['000001']);
  });

  it('centre: only when the interior point is inside', () => {
    expect(select(sliver, 'centre')).toEqual([]);
    expect(select(most, 'centre')).toEqual(['000001']);
  });

  it('share: only when at least half of the district is covered', () => {
    expect(select(sliver, 'share')).toEqual([]);
    expect(select(most, 'share')).toEqual(['000001']);
  });

  it('a small circle on A touches A only; a 15 km circle reaches B', () => {
    const small: AreaShape = { kind: 'circle', center: [-73.95, -12.05], km: 2 };
    expect(select(small, 'touches')).toEqual(['000001']);
    expect(select(small, 'share')).toEqual([]);
    expect(select({ ...small, km: 15 }, 'touches')).toEqual(['000001', '000002']);
  });

  it('within N km of a river: the river 5.4 km east of B reaches B at 6 km, not at 4 km', () => {
    // B's east edge is -73.8; the river runs at -73.75 (≈ 5.4 km at this latitude).
    expect(select({ kind: 'river', river: 'rio-prueba', km: 6 }, 'touches')).toEqual(['000002']);
    expect(select({ kind: 'river', river: 'rio-prueba', km: 4 }, 'touches')).toEqual([]);
  });

  it('within N km of a river under the centre rule measures from the interior point', () => {
    // B's interior point is at -73.85, 0.1° (≈ 10.9 km) west of the river.
    expect(select({ kind: 'river', river: 'rio-prueba', km: 11 }, 'centre')).toEqual(['000002']);
    expect(select({ kind: 'river', river: 'rio-prueba', km: 10 }, 'centre')).toEqual([]);
  });

  it('a share of area around a river is not offered: null, not a silent "touches"', () => {
    expect(select({ kind: 'river', river: 'rio-prueba', km: 50 }, 'share')).toBeNull();
  });

  it('a share of area around the incidents uses the union of their circles', () => {
    // A 7 km circle around A's centre covers well over half of the 11 km square A.
    expect(select({ kind: 'incidents', km: 7 }, 'share')).toEqual(['000001']);
    expect(select({ kind: 'incidents', km: 3 }, 'share')).toEqual([]);
  });

  it('an unknown river gives null (the UI says so), not an empty selection', () => {
    expect(select({ kind: 'river', river: 'rio-nada', km: 5 }, 'touches')).toBeNull();
  });

  it('within N km of an incident', () => {
    expect(select({ kind: 'incidents', km: 1 }, 'centre')).toEqual(['000001']);
    expect(select({ kind: 'incidents', km: 12 }, 'centre')).toEqual(['000001', '000002']);
  });
});

describe('area codec', () => {
  it('round-trips each kind', () => {
    const shapes: AreaShape[] = [
      { kind: 'circle', center: [-73.9512, -12.3], km: 25 },
      {
        kind: 'polygon',
        ring: [
          [-74, -12],
          [-73, -12],
          [-73, -11],
        ],
      },
      { kind: 'river', river: 'rio-mantaro', km: 10 },
      { kind: 'incidents', km: 7.5 },
    ];
    for (const shape of shapes) expect(parseArea(serializeArea(shape))).toEqual(shape);
  });

  it.each([
    'circle:-73.9,-12.3',
    'circle:-73.9,-12.3:0',
    'circle:-73.9,-12.3:9999',
    'circle:-200,-12.3:5',
    'poly:-74,-12;-73,-12',
    'poly:-74,-12;-73,-12;x,1',
    'river:Río Mantaro:5',
    'inc:-3',
    'square:1,2:3',
    'inc:5:6',
  ])('rejects %j', (text) => {
    expect(parseArea(text)).toBeNull();
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseArea(text)));
  });

  it('river codes are stable slugs of the names', () => {
    expect(riverCode('Río Mantaro')).toBe('rio-mantaro');
    expect(riverCode('Apurímac – Ene – Tambo – Ucayali')).toBe('apurimac-ene-tambo-ucayali');
  });
});
