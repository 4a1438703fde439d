/**
 * The district paths the map's 2D canvases draw (layerCanvas.ts): built once in a local frame
 * (fillGeometry.ts), placed on screen for a camera and kept while it stays, and the exact redraw
 * of a few districts' surroundings that a year step uses instead of a whole drawing.
 */
import type { Position } from 'geojson';
import type { DistrictFeature } from '../data/loadAtlas';
import { ringsOf } from '../domain/distance';
import {
  affineKey,
  boxOnCanvas,
  boxOnScreen,
  extendBox,
  localRing,
  pixelRect,
  type Affine,
  type DeviceRect,
  type LocalBox,
  type LocalFrame,
} from './fillGeometry';

/** A path in the local frame and the box that holds it. */
export interface LocalPath {
  path: Path2D;
  box: LocalBox;
}

/** Rings (closed) or lines (open) as one path in the local frame. */
export function localPath(
  lines: readonly (readonly Position[])[],
  frame: LocalFrame,
  closed: boolean,
): LocalPath {
  const path = new Path2D();
  let box: LocalBox | null = null;
  for (const line of lines) {
    const points = localRing(line, frame);
    box = extendBox(box, points);
    path.moveTo(points[0] ?? 0, points[1] ?? 0);
    for (let i = 2; i < points.length; i += 2) path.lineTo(points[i] ?? 0, points[i + 1] ?? 0);
    if (closed) path.closePath();
  }
  return { path, box: box ?? [0, 0, 0, 0] };
}

const pathsOfShapes = new WeakMap<
  readonly DistrictFeature[],
  { frame: LocalFrame; paths: ReadonlyMap<string, LocalPath> }
>();

/**
 * Each district's path in `frame`, by ubigeo in the order of `shapes`: built once per set of
 * shapes and shared by the canvases (fills, outlines and the highlight draw the same paths).
 */
export function districtPaths(
  shapes: readonly DistrictFeature[],
  frame: LocalFrame,
): ReadonlyMap<string, LocalPath> {
  const cached = pathsOfShapes.get(shapes);
  if (cached?.frame === frame) return cached.paths;
  const paths = new Map(
    shapes.map((s) => [s.properties.ubigeo, localPath(ringsOf(s.geometry), frame, true)]),
  );
  pathsOfShapes.set(shapes, { frame, paths });
  return paths;
}

/** How the camera places the local frame on the canvas, for one drawing. */
export interface CanvasView {
  /** Local frame → device pixels. */
  m: Affine;
  /** The same, for Path2D.addPath. */
  matrix: DOMMatrix;
  /** Device pixels per CSS pixel. */
  ratio: number;
  zoom: number;
  width: number;
  height: number;
}

/** A local path placed on screen, so that it is filled or stroked in device pixels. */
export function onScreen(path: Path2D, view: CanvasView): Path2D {
  const placed = new Path2D();
  placed.addPath(path, view.matrix);
  return placed;
}

const placedByPaths = new WeakMap<
  ReadonlyMap<string, LocalPath>,
  { key: string; placed: Map<string, Path2D | null> }
>();

/**
 * A district's path placed on screen for this camera, or null when it is off the canvas (its
 * edges would still cost the raster). Kept while the camera and the canvas size stay, and shared
 * by the canvases that draw the same paths (fills, patterns): a year step places no path again.
 */
export function placedPath(
  paths: ReadonlyMap<string, LocalPath>,
  ubigeo: string,
  view: CanvasView,
): Path2D | null {
  const key = `${affineKey(view.m)}|${view.width}x${view.height}`;
  let entry = placedByPaths.get(paths);
  if (entry?.key !== key) placedByPaths.set(paths, (entry = { key, placed: new Map() }));
  let placed = entry.placed.get(ubigeo);
  if (placed === undefined) {
    const local = paths.get(ubigeo);
    placed =
      local && boxOnCanvas(local.box, view.m, view.width, view.height)
        ? onScreen(local.path, view)
        : null;
    entry.placed.set(ubigeo, placed);
  }
  return placed;
}

/**
 * Draws some districts' surroundings again exactly as a whole drawing would: the box of each
 * (whole pixels, so the clip has no soft edge) is cleared and `paintWithin` paints it again,
 * clipped. False, drawing nothing, when the boxes cover half the canvas or more: a whole drawing
 * is then as cheap.
 */
export function repaintAround(
  context: CanvasRenderingContext2D,
  view: CanvasView,
  boxes: readonly LocalBox[],
  paintWithin: (rect: DeviceRect) => void,
): boolean {
  const rects = boxes.flatMap((box) => {
    const rect = pixelRect(boxOnScreen(box, view.m), view.width, view.height);
    return rect ? [rect] : [];
  });
  const area = rects.reduce((sum, [l, t, r, b]) => sum + (r - l) * (b - t), 0);
  if (area >= (view.width * view.height) / 2) return false;
  for (const rect of rects) {
    const [left, top, right, bottom] = rect;
    context.save();
    context.beginPath();
    context.rect(left, top, right - left, bottom - top);
    context.clip();
    context.clearRect(left, top, right - left, bottom - top);
    paintWithin(rect);
    context.restore();
  }
  return true;
}
