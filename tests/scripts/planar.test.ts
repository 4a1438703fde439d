/**
 * The partition cleaning that lets TopoJSON share borders: independently simplified neighbours
 * overlap or leave gaps; after cleaning they must share exactly the same vertices, cover the same
 * union, and keep real holes (lakes) open.
 */
import { describe, expect, it } from 'vitest';
import { area, multiPolygon } from '@turf/turf';
import { cleanPartition, type MultiPolygonCoords } from '../../scripts/lib/planar/clean';
import { nodeSegments } from '../../scripts/lib/planar/noding';

const square = (x0: number, y0: number, x1: number, y1: number): MultiPolygonCoords => [
  [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
];
const km2 = (mp: MultiPolygonCoords): number => area(multiPolygon(mp)) / 1e6;
const vertexSet = (mp: MultiPolygonCoords): Set<string> => new Set(mp.flat(2).map((c) => c.join()));

describe('nodeSegments', () => {
  it('splits two crossing segments at their crossing point, on the integer grid', () => {
    const { segments } = nodeSegments([
      { ax: 0, ay: 0, bx: 10, by: 10, tags: [] },
      { ax: 0, ay: 10, bx: 10, by: 0, tags: [] },
    ]);
    expect(segments).toHaveLength(4);
    expect(segments.every((s) => (s.ax === 5 && s.ay === 5) || (s.bx === 5 && s.by === 5))).toBe(
      true,
    );
  });

  it('merges a collinear overlap into shared pieces (T-junction and partial overlap)', () => {
    const { segments } = nodeSegments([
      { ax: 0, ay: 0, bx: 10, by: 0, tags: [{ poly: 0, interiorLeft: true }] },
      { ax: 4, ay: 0, bx: 14, by: 0, tags: [{ poly: 1, interiorLeft: false }] },
    ]);
    const keys = segments.map((s) => `${s.ax}-${s.bx}:${s.tags.map((t) => t.poly).join('')}`);
    expect(keys).toEqual(['0-4:0', '4-10:01', '10-14:1']);
  });
});

describe('cleanPartition', () => {
  it('gives an overlap strip to one neighbour only; both then share the same border vertices', () => {
    const a = square(-74, -12, -73.99, -11.99);
    const b = square(-73.9901, -12, -73.98, -11.99); // overlaps a by 0.0001° (≈ 11 m)
    const { polygons, stats } = cleanPartition([a, b]);
    const [ca, cb] = polygons as [MultiPolygonCoords, MultiPolygonCoords];
    expect(stats.overlapFaces).toBe(1);
    expect(km2(ca) + km2(cb)).toBeCloseTo(km2(square(-74, -12, -73.98, -11.99)), 6);
    const shared = [...vertexSet(ca)].filter((v) => vertexSet(cb).has(v));
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });

  it('fills a sliver gap between neighbours', () => {
    const a = square(-74, -12, -73.99, -11.99);
    const b = square(-73.9899, -12, -73.98, -11.99); // 0.0001° gap
    const { polygons, stats } = cleanPartition([a, b]);
    expect(stats.gapFaces).toBe(0); // the gap is open to the outside at both ends: not enclosed
    expect(polygons.every((p) => p.length === 1)).toBe(true);

    // Enclose the gap with a third polygon above and below → it becomes an enclosed sliver.
    const top = square(-74, -11.99, -73.98, -11.98);
    const bottom = square(-74, -12.01, -73.98, -12);
    const closed = cleanPartition([a, b, top, bottom]);
    expect(closed.stats.gapFaces).toBe(1);
    expect(closed.stats.keptHoles).toHaveLength(0);
    const total = closed.polygons.reduce((s, p) => s + km2(p), 0);
    expect(total).toBeCloseTo(km2(square(-74, -12.01, -73.98, -11.98)), 6);
  });

  it('keeps a wide enclosed gap (a lake that belongs to no district) as a hole', () => {
    const cell = 0.02; // ≈ 2.2 km: mean width of the empty centre ≈ 1.1 km, well above the sliver limit
    const ring: MultiPolygonCoords[] = [];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        if (i === 1 && j === 1) continue;
        ring.push(
          square(-74 + i * cell, -12 + j * cell, -74 + (i + 1) * cell, -12 + (j + 1) * cell),
        );
      }
    }
    const { polygons, stats } = cleanPartition(ring);
    expect(stats.keptHoles).toHaveLength(1);
    expect(stats.keptHoles[0]?.km2).toBeGreaterThan(4);
    const total = polygons.reduce((s, p) => s + km2(p), 0);
    expect(total).toBeCloseTo(
      ring.reduce((s, p) => s + km2(p), 0),
      6,
    );
  });

  it('keeps an enclave: a district inside another one that has a hole for it', () => {
    const outer: MultiPolygonCoords = [
      [
        [
          [-74, -12],
          [-73.9, -12],
          [-73.9, -11.9],
          [-74, -11.9],
          [-74, -12],
        ],
        [
          [-73.96, -11.96],
          [-73.96, -11.94],
          [-73.94, -11.94],
          [-73.94, -11.96],
          [-73.96, -11.96],
        ],
      ],
    ];
    const inner = square(-73.96, -11.96, -73.94, -11.94);
    const { polygons } = cleanPartition([outer, inner]);
    expect(polygons[0]?.[0]).toHaveLength(2); // outer ring + hole
    expect(km2(polygons[1] as MultiPolygonCoords)).toBeCloseTo(km2(inner), 6);
  });

  // Found by comparing with mapshaper -clean (docs/PIPELINE.md): on the national districts it
  // left one 778 m² gap where three districts meet (021402, 021404, 150305).
  it('fills a small gap where three districts meet, and every inner border is then shared', () => {
    const u = 0.01; // ≈ 1.1 km; the gap's legs are u / 100 ≈ 11 m
    const [x0, y0] = [-74, -12];
    const a: MultiPolygonCoords = [
      [
        [
          [x0, y0],
          [x0 + u, y0],
          [x0 + u, y0 + 0.99 * u],
          [x0 + 0.99 * u, y0 + u],
          [x0, y0 + u],
          [x0, y0],
        ],
      ],
    ];
    const b = square(x0 + u, y0, x0 + 2 * u, y0 + u);
    const c = square(x0, y0 + u, x0 + 2 * u, y0 + 2 * u);
    const { polygons, stats } = cleanPartition([a, b, c]);
    expect(stats.gapFaces).toBe(1);
    expect(stats.keptHoles).toHaveLength(0);
    const total = polygons.reduce((s, p) => s + km2(p), 0);
    expect(total).toBeCloseTo(km2(square(x0, y0, x0 + 2 * u, y0 + 2 * u)), 6);
    // An edge used by one ring only must lie on the outside of the 2u × 2u square.
    const uses = new Map<string, number>();
    for (const ring of polygons.flatMap((mp) => mp.flat()))
      for (let i = 0; i + 1 < ring.length; i++) {
        const k = [ring[i], ring[i + 1]]
          .map((c) => (c as number[]).join())
          .sort()
          .join('|');
        uses.set(k, (uses.get(k) ?? 0) + 1);
      }
    const onOutside = (k: string): boolean => {
      const [p, q] = k.split('|').map((s) => s.split(',').map(Number)) as [number[], number[]];
      const near = (v: number, w: number): boolean => Math.abs(v - w) < 1e-9;
      return (
        [x0, x0 + 2 * u].some((x) => near(p[0] as number, x) && near(q[0] as number, x)) ||
        [y0, y0 + 2 * u].some((y) => near(p[1] as number, y) && near(q[1] as number, y))
      );
    };
    const once = [...uses].filter(([, n]) => n === 1).map(([k]) => k);
    expect(once.length).toBeGreaterThanOrEqual(4);
    expect(once.filter((k) => !onOutside(k))).toEqual([]);
    expect([...uses.values()].every((n) => n <= 2)).toBe(true);
  });

  // mapshaper gives an overlap to the larger polygon (overlap-rule=max-area); the pipeline gives
  // it to the polygon it shares the longest border with, which on the 551 districts changes the
  // districts' areas about half as much in total (docs/PIPELINE.md).
  it('gives an overlap to the polygon it shares the longest border with, even the smaller one', () => {
    const s = 0.001;
    const [x0, y0] = [-74, -12];
    const big = square(x0, y0, x0 + 10 * s, y0 + 10 * s);
    // A strip 0.1 s wide overlaps the big square's east side over its full height; the small
    // polygon also wraps the strip's two ends, so it borders the strip on 10.2 s against 10 s.
    const small = square(x0 + 9.9 * s, y0 - 2 * s, x0 + 12 * s, y0 + 12 * s);
    const { polygons, stats } = cleanPartition([big, small]);
    expect(stats.overlapFaces).toBe(1);
    expect(km2(small)).toBeLessThan(km2(big));
    expect(km2(polygons[1] as MultiPolygonCoords)).toBeCloseTo(km2(small), 6);
    expect(km2(polygons[0] as MultiPolygonCoords)).toBeCloseTo(
      km2(square(x0, y0, x0 + 9.9 * s, y0 + 10 * s)),
      6,
    );
  });
});
