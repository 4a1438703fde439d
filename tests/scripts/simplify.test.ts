/** Simplification must not make a polygon vanish or borders cross; displacement is measured in metres. */
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { measureDisplacement } from '../../scripts/lib/displacement';
import type { MultiPolygonCoords } from '../../scripts/lib/planar/clean';
import {
  buildSimplifiedTopology,
  crossingArcs,
  ringArea2,
  type PolygonTopology,
} from '../../scripts/lib/simplify';

describe('buildSimplifiedTopology', () => {
  it('keeps a small island (one closed arc) as a polygon even with a huge Visvalingam weight', () => {
    // A 12-vertex "circle" of ≈ 300 m radius: every triangle is far below 1 km².
    const circle: number[][] = [];
    for (let k = 0; k < 12; k++) {
      const t = (k / 12) * 2 * Math.PI;
      circle.push([-74 + 0.003 * Math.cos(t), -12 + 0.003 * Math.sin(t)]);
    }
    circle.push(circle[0] as number[]);
    const result = buildSimplifiedTopology('d', [{ id: '999999', polygons: [[circle]] }], 1e6, 1e5);
    expect(result.protectedPoints).toBeGreaterThan(0);
    const fc = feature(result.topology, result.topology.objects.d as GeometryCollection);
    const g = fc.features[0]?.geometry;
    expect(g?.type).toBe('Polygon');
    const ring = g?.type === 'Polygon' ? (g.coordinates[0] as number[][]) : [];
    expect(new Set(ring.map((c) => c.join())).size).toBeGreaterThanOrEqual(3);
    expect(Math.abs(ringArea2(ring))).toBeGreaterThan(0);
  });
});

describe('crossingArcs', () => {
  const topo = (arcs: number[][][]): PolygonTopology => ({
    type: 'Topology',
    objects: {},
    arcs,
    transform: { scale: [1, 1], translate: [0, 0] },
  });

  it('finds two arcs that cross (delta-encoded, quantized coordinates)', () => {
    expect(
      [
        ...crossingArcs(
          topo([
            [
              [0, 0],
              [10, 10],
            ],
            [
              [0, 10],
              [10, -10],
            ],
          ]),
        ),
      ].sort(),
    ).toEqual([0, 1]);
  });

  it('does not flag arcs that only meet at their end points', () => {
    expect(
      crossingArcs(
        topo([
          [
            [0, 0],
            [10, 10],
          ],
          [
            [10, 10],
            [10, -10],
          ],
        ]),
      ).size,
    ).toBe(0);
  });
});

describe('measureDisplacement', () => {
  it('measures a 0.001° northward shift as ≈ 111 m', () => {
    const sq = (dy: number): MultiPolygonCoords => [
      [
        [
          [-74, -12 + dy],
          [-73.9, -12 + dy],
          [-73.9, -11.9 + dy],
          [-74, -11.9 + dy],
          [-74, -12 + dy],
        ],
      ],
    ];
    const d = measureDisplacement([{ id: 'x', original: sq(0), moved: sq(0.001) }]);
    expect(d.vertices).toBe(4);
    expect(d.maxM).toBeCloseTo(111.19, 1);
  });
});
