import type { MultiPolygon, Polygon } from 'geojson';
import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  affineKey,
  boxOnCanvas,
  boxOnScreen,
  pixelRect,
  rectsMeet,
  extendBox,
  followTransform,
  frameFor,
  latOfMercatorY,
  linesOf,
  LOCAL_SCALE,
  localRing,
  localToScreen,
  lonOfMercatorX,
  mercatorX,
  mercatorY,
  placeLocal,
  type Affine,
} from '../../src/map/fillGeometry';
import { ringsOf } from '../../src/domain/distance';

// Pichari's corner of the VRAEM and a point 1° away, in longitude/latitude.
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-74, -12],
      [-73, -12],
      [-73, -11],
      [-74, -11],
      [-74, -12],
    ],
  ],
};
const twoParts: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    square.coordinates,
    [
      [
        [-71, -14],
        [-70, -14],
        [-70, -13],
        [-71, -14],
      ],
      [
        [-70.8, -13.9],
        [-70.2, -13.9],
        [-70.2, -13.5],
        [-70.8, -13.9],
      ],
    ],
  ],
};

/**
 * MapLibre's projection without pitch, built from MapLibre's own MercatorCoordinate (not the
 * module's Mercator): world pixels of a zoom (512 px tiles), shifted, optionally rotated.
 */
function camera(zoom: number, center: [number, number], bearingDeg = 0) {
  const world = 512 * 2 ** zoom;
  const c = MercatorCoordinate.fromLngLat(center);
  const t = (bearingDeg * Math.PI) / 180;
  return (lon: number, lat: number) => {
    const p = MercatorCoordinate.fromLngLat([lon, lat]);
    const dx = (p.x - c.x) * world;
    const dy = (p.y - c.y) * world;
    return {
      x: 640 + dx * Math.cos(t) - dy * Math.sin(t),
      y: 400 + dx * Math.sin(t) + dy * Math.cos(t),
    };
  };
}

const apply = (m: Affine, x: number, y: number) => ({
  x: m.a * x + m.c * y + m.e,
  y: m.b * x + m.d * y + m.f,
});

describe('Web Mercator', () => {
  it('puts the antimeridian at 0 and 1, Greenwich and the equator at 0.5', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    // MapLibre's latitude limit is the top edge of the world.
    expect(mercatorY(85.0511287798066)).toBeCloseTo(0, 9);
  });

  it("agrees with MapLibre's MercatorCoordinate across Peru", () => {
    for (const [lon, lat] of [
      [-81.33, -0.04],
      [-73.5, -12.3],
      [-68.65, -18.35],
    ] as const) {
      const maplibre = MercatorCoordinate.fromLngLat([lon, lat]);
      expect(mercatorX(lon)).toBeCloseTo(maplibre.x, 12);
      expect(mercatorY(lat)).toBeCloseTo(maplibre.y, 12);
    }
  });

  it('round-trips longitudes and latitudes of Peru', () => {
    for (const [lon, lat] of [
      [-81.33, -0.04],
      [-73.5, -12.3],
      [-68.65, -18.35],
    ] as const) {
      expect(lonOfMercatorX(mercatorX(lon))).toBeCloseTo(lon, 10);
      expect(latOfMercatorY(mercatorY(lat))).toBeCloseTo(lat, 10);
    }
  });
});

describe('the local frame', () => {
  it('is anchored at the north-west corner of all the shapes', () => {
    const frame = frameFor([square, twoParts]);
    expect(frame).toEqual({ originX: mercatorX(-74), originY: mercatorY(-11) });
  });

  it('is null without shapes', () => {
    expect(frameFor([])).toBeNull();
  });

  it('lists outer rings and holes of every part', () => {
    expect(ringsOf(square)).toHaveLength(1);
    expect(ringsOf(twoParts)).toHaveLength(3);
  });

  it('maps a ring into local units from the corner: x east, y south', () => {
    const frame = frameFor([square]);
    if (!frame) throw new Error('no frame');
    const ring = localRing(square.coordinates[0] ?? [], frame);
    expect(ring).toHaveLength(10);
    expect(ring[0]).toBeCloseTo(0, 9); // (-74, -12): on the west edge…
    expect(ring[1]).toBeGreaterThan(0); // …south of the corner
    expect(ring[2]).toBeCloseTo(LOCAL_SCALE / 360, 6); // 1° east
    expect(ring[7]).toBeCloseTo(0, 9); // (-74, -11): the corner itself
  });

  it('keeps single precision (a Path2D) within 0.05 px at zoom 14 across the national extent', () => {
    const frame = frameFor([
      {
        type: 'Polygon',
        coordinates: [
          [
            [-81.4, -0.03],
            [-68.6, -18.4],
            [-81.4, -0.03],
          ],
        ],
      },
    ]);
    if (!frame) throw new Error('no frame');
    const pxPerUnit = (512 * 2 ** 14) / LOCAL_SCALE;
    const ring = localRing(
      [
        [-68.6, -18.4],
        [-73.123456, -12.654321],
      ],
      frame,
    );
    for (const v of ring) expect(Math.abs(Math.fround(v) - v) * pxPerUnit).toBeLessThan(0.05);
  });
});

describe('local → screen', () => {
  const frame = frameFor([square, twoParts]);
  if (!frame) throw new Error('no frame');
  const vertices = ringsOf(twoParts).flat();

  it('lands every vertex where the camera projects it, at any pixel ratio', () => {
    for (const ratio of [1, 2]) {
      const project = camera(9, [-72, -12.5]);
      const m = localToScreen(frame, project, ratio);
      for (const [lon = 0, lat = 0] of vertices) {
        const ring = localRing([[lon, lat]], frame);
        const onScreen = apply(m, ring[0] ?? 0, ring[1] ?? 0);
        const expected = project(lon, lat);
        expect(onScreen.x).toBeCloseTo(expected.x * ratio, 6);
        expect(onScreen.y).toBeCloseTo(expected.y * ratio, 6);
      }
    }
  });

  it('follows a rotated camera too', () => {
    const project = camera(8, [-72, -12.5], 30);
    const m = localToScreen(frame, project, 1);
    expect(m.b).not.toBeCloseTo(0, 3);
    const [lon = 0, lat = 0] = vertices[5] ?? [];
    const ring = localRing([[lon, lat]], frame);
    const onScreen = apply(m, ring[0] ?? 0, ring[1] ?? 0);
    expect(onScreen.x).toBeCloseTo(project(lon, lat).x, 6);
    expect(onScreen.y).toBeCloseTo(project(lon, lat).y, 6);
  });

  it('has a key that changes with the camera and not otherwise', () => {
    const here = localToScreen(frame, camera(9, [-72, -12.5]), 1);
    const again = localToScreen(frame, camera(9, [-72, -12.5]), 1);
    const panned = localToScreen(frame, camera(9, [-72.0001, -12.5]), 1);
    const zoomed = localToScreen(frame, camera(9.01, [-72, -12.5]), 1);
    expect(affineKey(again)).toBe(affineKey(here));
    expect(affineKey(panned)).not.toBe(affineKey(here));
    expect(affineKey(zoomed)).not.toBe(affineKey(here));
  });
});

describe('leaving out districts off the canvas', () => {
  it('grows a box over the points of every ring', () => {
    const first = extendBox(null, new Float64Array([3, 4, 1, 9]));
    expect(first).toEqual([1, 4, 3, 9]);
    expect(extendBox(first, new Float64Array([-2, 5, 7, 0]))).toEqual([-2, 0, 7, 9]);
    expect(extendBox(null, new Float64Array([]))).toBeNull();
  });

  // 2 px per local unit, local (0, 0) at device pixel (100, 50).
  const m: Affine = { a: 2, b: 0, c: 0, d: 2, e: 100, f: 50 };

  it('keeps a box inside or across the canvas edge, drops one wholly outside', () => {
    expect(boxOnCanvas([0, 0, 10, 10], m, 800, 600)).toBe(true); // 100..120 × 50..70
    expect(boxOnCanvas([-60, 0, -45, 10], m, 800, 600)).toBe(true); // −20..10: across the left edge
    expect(boxOnCanvas([-80, 0, -60, 10], m, 800, 600)).toBe(false); // −60..−20: left of it
    expect(boxOnCanvas([0, 280, 10, 300], m, 800, 600)).toBe(false); // 610..650: below it
    expect(boxOnCanvas([360, 0, 400, 10], m, 800, 600)).toBe(false); // 820..900: right of it
  });

  it('places the box through a rotated camera too', () => {
    // 90°: local x goes down the screen, local y goes left.
    const turned: Affine = { a: 0, b: 1, c: -1, d: 0, e: 400, f: 0 };
    expect(boxOnCanvas([0, 0, 10, 10], turned, 800, 600)).toBe(true); // x 390..400, y 0..10
    expect(boxOnCanvas([0, 500, 10, 520], turned, 800, 600)).toBe(false); // x −120..−100
  });
});

describe('linesOf', () => {
  it('gives the rings of polygons, the parts of lines and those of a collection; no point', () => {
    expect(linesOf(square)).toEqual(square.coordinates);
    expect(linesOf(twoParts)).toEqual(ringsOf(twoParts));
    const path = [
      [0, 0],
      [1, 1],
    ];
    expect(linesOf({ type: 'LineString', coordinates: path })).toEqual([path]);
    expect(linesOf({ type: 'MultiLineString', coordinates: [path, path] })).toEqual([path, path]);
    expect(linesOf({ type: 'Point', coordinates: [0, 0] })).toEqual([]);
    expect(
      linesOf({
        type: 'GeometryCollection',
        geometries: [square, { type: 'Point', coordinates: [1, 1] }],
      }),
    ).toEqual(square.coordinates);
  });
});

describe('placeLocal', () => {
  it('applies the affine map: scale, rotation and shift', () => {
    expect(placeLocal({ a: 2, b: 0, c: 0, d: 2, e: 100, f: 50 }, 3, 4)).toEqual({ x: 106, y: 58 });
    expect(placeLocal({ a: 0, b: 1, c: -1, d: 0, e: 400, f: 0 }, 10, 0)).toEqual({ x: 400, y: 10 });
  });
});

describe('a canvas following the camera by a CSS transform (followTransform)', () => {
  const frame = { originX: mercatorX(-81.4), originY: mercatorY(-0.03) };
  const ratio = 2;
  /** Where a CSS matrix(s, 0, 0, s, tx, ty) with its origin at the top left puts a point. */
  const cssMatrix = (text: string) => {
    const [s = NaN, , , , tx = NaN, ty = NaN] = (/matrix\(([^)]+)\)/.exec(text)?.[1] ?? '')
      .split(',')
      .map(Number);
    return (p: { x: number; y: number }) => ({ x: s * p.x + tx, y: s * p.y + ty });
  };
  const localPoints = [
    [0, 0],
    [120_000, 40_000],
    [60_000, 150_000],
  ] as const;

  it.each([
    ['a drag', camera(7, [-73.9, -12.4]), camera(7, [-74.3, -12.1])],
    ['a zoom in', camera(7, [-73.9, -12.4]), camera(8.4, [-74.1, -12.2])],
    ['a zoom out', camera(9, [-73.9, -12.4]), camera(6.5, [-73.9, -12.4])],
  ])('after %s, puts every point where the new camera draws it', (_, from, to) => {
    const m0 = localToScreen(frame, from, ratio);
    const m1 = localToScreen(frame, to, ratio);
    const transform = followTransform(m0, m1, ratio);
    expect(transform).not.toBeNull();
    const move = cssMatrix(transform ?? '');
    for (const [x, y] of localPoints) {
      const drawn = apply(m0, x, y);
      const wanted = apply(m1, x, y);
      // The canvas is CSS-sized: device pixels / ratio.
      const shown = move({ x: drawn.x / ratio, y: drawn.y / ratio });
      expect(shown.x).toBeCloseTo(wanted.x / ratio, 6);
      expect(shown.y).toBeCloseTo(wanted.y / ratio, 6);
    }
  });

  it('is the identity when the camera has not moved', () => {
    const m = localToScreen(frame, camera(7, [-73.9, -12.4]), ratio);
    expect(followTransform(m, m, ratio)).toBe('matrix(1, 0, 0, 1, 0, 0)');
  });

  it('gives up on a rotated camera (the canvas is drawn again instead)', () => {
    const m0 = localToScreen(frame, camera(7, [-73.9, -12.4]), ratio);
    const m1 = localToScreen(frame, camera(7, [-73.9, -12.4], 15), ratio);
    expect(followTransform(m0, m1, ratio)).toBeNull();
  });
});

describe('the boxes a year step redraws (boxOnScreen, pixelRect, rectsMeet)', () => {
  const m: Affine = { a: 2, b: 0, c: 0, d: 2, e: 100, f: 50 };

  it('places a local box on screen and grows it to whole pixels plus one, cut to the canvas', () => {
    expect(boxOnScreen([0, 0, 10.2, 10], m)).toEqual([100, 50, 120.4, 70]);
    expect(pixelRect([100, 50, 120.4, 70], 800, 600)).toEqual([99, 49, 122, 71]);
    expect(pixelRect([-20.5, -3, 10, 5], 800, 600)).toEqual([0, 0, 11, 6]);
    expect(pixelRect([900, 10, 950, 20], 800, 600)).toBeNull();
  });

  it('tells boxes that overlap or touch from boxes apart', () => {
    expect(rectsMeet([0, 0, 10, 10], [10, 10, 20, 20])).toBe(true);
    expect(rectsMeet([0, 0, 10, 10], [5, -5, 6, 50])).toBe(true);
    expect(rectsMeet([0, 0, 10, 10], [10.5, 0, 20, 10])).toBe(false);
  });
});
