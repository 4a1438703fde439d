/**
 * The arithmetic of the map's 2D canvases (layerCanvas.ts), kept free of the DOM so it can be
 * tested: rings and lines in a local Web Mercator frame, the affine map from that frame to the
 * screen that MapLibre's camera gives, and line widths by zoom.
 *
 * Why a local frame: a Path2D stores its points in single precision. Web Mercator units (the
 * world is 0..1) would lose a pixel at zoom 14; a frame anchored at a corner of the shapes and
 * scaled by 2^20 keeps the error under 0.05 px up to zoom 14 and under a pixel to zoom 18. The map
 * anchors one frame at Peru's north-west corner for all its canvases: anywhere in Peru the error
 * is then at most 0.016 px at zoom 14 and 0.25 px at zoom 18.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { ringsOf } from '../domain/distance';

/** Local units per Web Mercator unit. */
export const LOCAL_SCALE = 2 ** 20;

/** Web Mercator x of a longitude, 0 (180° W) to 1 (180° E). */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** Web Mercator y of a latitude, 0 at the top of the world to 1 at the bottom. */
export function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
}

export function lonOfMercatorX(x: number): number {
  return x * 360 - 180;
}

export function latOfMercatorY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** Where local (0, 0) sits in Web Mercator units. */
export interface LocalFrame {
  originX: number;
  originY: number;
}

/** A frame anchored at the north-west corner of the shapes (null when there are none). */
export function frameFor(geometries: readonly (Polygon | MultiPolygon)[]): LocalFrame | null {
  let west = Infinity;
  let north = -Infinity;
  for (const geometry of geometries)
    for (const ring of ringsOf(geometry))
      for (const [lon = 0, lat = 0] of ring) {
        if (lon < west) west = lon;
        if (lat > north) north = lat;
      }
  if (!Number.isFinite(west)) return null;
  return { originX: mercatorX(west), originY: mercatorY(north) };
}

/** A ring's points in the local frame, as x0, y0, x1, y1, … */
export function localRing(ring: readonly Position[], frame: LocalFrame): Float64Array {
  const out = new Float64Array(ring.length * 2);
  ring.forEach(([lon = 0, lat = 0], i) => {
    out[2 * i] = (mercatorX(lon) - frame.originX) * LOCAL_SCALE;
    out[2 * i + 1] = (mercatorY(lat) - frame.originY) * LOCAL_SCALE;
  });
  return out;
}

/** Longitude and latitude of a local point. */
export function lngLatOfLocal(x: number, y: number, frame: LocalFrame): [number, number] {
  return [
    lonOfMercatorX(frame.originX + x / LOCAL_SCALE),
    latOfMercatorY(frame.originY + y / LOCAL_SCALE),
  ];
}

/** A 2D affine transform in the order DOMMatrix and setTransform take: x' = a x + c y + e. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** How far apart (local units) the three points that fix the affine map are. */
const SPAN = 10_000;

/**
 * The affine map from the local frame to device pixels, from where the camera puts three local
 * points (`project`: longitude, latitude → CSS pixels of the map) and the pixel ratio. Exact for a
 * map without pitch (Web Mercator on screen is then a scale, a rotation and a shift).
 */
export function localToScreen(
  frame: LocalFrame,
  project: (lon: number, lat: number) => { x: number; y: number },
  pixelRatio: number,
): Affine {
  const at = (x: number, y: number) => project(...lngLatOfLocal(x, y, frame));
  const o = at(0, 0);
  const px = at(SPAN, 0);
  const py = at(0, SPAN);
  const k = pixelRatio / SPAN;
  return {
    a: (px.x - o.x) * k,
    b: (px.y - o.y) * k,
    c: (py.x - o.x) * k,
    d: (py.y - o.y) * k,
    e: o.x * pixelRatio,
    f: o.y * pixelRatio,
  };
}

/** A key that changes when the transform moves any point by a hundredth of a pixel or more. */
export function affineKey(m: Affine): string {
  return [m.a, m.b, m.c, m.d, m.e, m.f].map((v) => v.toPrecision(9)).join(',');
}

/** A box in the local frame: west, north, east, south (y grows southward). */
export type LocalBox = [number, number, number, number];

/** Grows `box` (or starts one) to hold a ring's local points (x0, y0, x1, y1, …). */
export function extendBox(box: LocalBox | null, points: Float64Array): LocalBox | null {
  let out = box;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    if (!out) out = [x, y, x, y];
    else {
      if (x < out[0]) out[0] = x;
      if (y < out[1]) out[1] = y;
      if (x > out[2]) out[2] = x;
      if (y > out[3]) out[3] = y;
    }
  }
  return out;
}

/** A box of device pixels: left, top, right, bottom. */
export type DeviceRect = [number, number, number, number];

/** Where a local box lands on screen under `m` (device px): the box around its four corners. */
export function boxOnScreen(box: LocalBox, m: Affine): DeviceRect {
  const [x0, y0, x1, y1] = box;
  const xs = [m.a * x0 + m.c * y0, m.a * x1 + m.c * y0, m.a * x0 + m.c * y1, m.a * x1 + m.c * y1];
  const ys = [m.b * x0 + m.d * y0, m.b * x1 + m.d * y0, m.b * x0 + m.d * y1, m.b * x1 + m.d * y1];
  return [
    Math.min(...xs) + m.e,
    Math.min(...ys) + m.f,
    Math.max(...xs) + m.e,
    Math.max(...ys) + m.f,
  ];
}

/** Whether two device rects overlap (touching counts). */
export function rectsMeet(a: DeviceRect, b: DeviceRect): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * A rect grown to whole pixels plus one on every side (anti-aliased edges reach into the next
 * pixel) and cut to the canvas; null when nothing of it is on the canvas.
 */
export function pixelRect(rect: DeviceRect, width: number, height: number): DeviceRect | null {
  const left = Math.max(0, Math.floor(rect[0]) - 1);
  const top = Math.max(0, Math.floor(rect[1]) - 1);
  const right = Math.min(width, Math.ceil(rect[2]) + 1);
  const bottom = Math.min(height, Math.ceil(rect[3]) + 1);
  return right > left && bottom > top ? [left, top, right, bottom] : null;
}

/** Whether a local box, placed by `m`, overlaps the canvas 0..width × 0..height (device px). */
export function boxOnCanvas(box: LocalBox, m: Affine, width: number, height: number): boolean {
  return rectsMeet(boxOnScreen(box, m), [0, 0, width, height]);
}

/**
 * Every line of a geometry as a list of positions: the rings of polygons, the parts of lines,
 * and those of each member of a collection. Points have none.
 */
export function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(linesOf);
    default:
      return [];
  }
}

/** Where `m` places a local point, in device pixels. */
export function placeLocal(m: Affine, x: number, y: number): { x: number; y: number } {
  return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
}

/**
 * A line width (CSS pixels) that grows linearly from its value at zoom 6 to its value at zoom 10
 * and stays constant outside that range: MapLibre's `interpolate linear zoom 6 … 10 …`.
 */
export function widthAtZoom(width: readonly [number, number], zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 6) / 4));
  return width[0] + (width[1] - width[0]) * t;
}

/**
 * The CSS transform (origin at the canvas's top left) that puts a canvas drawn with the camera
 * `from` where the camera `to` would draw it: a scale and a shift, since the map is north up
 * (northUp.ts). Null when the two differ by more (a rotation), or the scale is degenerate.
 */
export function followTransform(from: Affine, to: Affine, ratio: number): string | null {
  const scale = to.a / from.a;
  const flat = (v: number) => Math.abs(v) < 1e-9;
  if (!flat(from.b) || !flat(from.c) || !flat(to.b) || !flat(to.c)) return null;
  if (!Number.isFinite(scale) || scale <= 0 || Math.abs(to.d / from.d - scale) > 1e-6 * scale)
    return null;
  const dx = (to.e - scale * from.e) / ratio;
  const dy = (to.f - scale * from.f) / ratio;
  return `matrix(${scale}, 0, 0, ${scale}, ${dx}, ${dy})`;
}
