import { describe, expect, it, vi } from 'vitest';
import {
  fitBounds,
  inverseMercator,
  MAX_ZOOM,
  mercator,
  MIN_ZOOM,
  panBy,
  projectFlat,
  unprojectFlat,
  zoomAround,
  type FlatView,
} from '../../src/map/flatCamera';
import { mapErrorHandler } from '../../src/map/mapFallback';

// The VRAEM's box as data/districts.json gives it, roughly: Peru's centre-south.
const VRAEM: [number, number, number, number] = [-75.2, -13.6, -73.0, -11.0];
const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 };

describe('flat camera: Web Mercator with MapLibre’s 512 px world', () => {
  it('puts (0, 0) at the middle of the zoom-0 world and the antimeridian at its edges', () => {
    expect(mercator(0, 0)).toEqual([256, 256]);
    const [x, y] = mercator(-180, 85.051129);
    expect(x).toBe(0);
    expect(y).toBeCloseTo(0, 4);
  });

  it('inverseMercator undoes mercator (Pichari, Lima, the poles clamped)', () => {
    for (const [lon, lat] of [
      [-73.82, -12.52],
      [-77.03, -12.05],
      [179.9, 60],
    ] as const) {
      const [back, forth] = inverseMercator(...mercator(lon, lat));
      expect(back).toBeCloseTo(lon, 9);
      expect(forth).toBeCloseTo(lat, 9);
    }
    expect(inverseMercator(...mercator(0, 89.9))[1]).toBeCloseTo(85.051129, 5);
  });

  it('project and unproject are inverse at any zoom, and the centre is the viewport’s middle', () => {
    const view: FlatView = { zoom: 8.3, center: [-74, -12.5], width: 900, height: 600 };
    expect(projectFlat(view, -74, -12.5)).toEqual({ x: 450, y: 300 });
    const [lon, lat] = unprojectFlat(view, 123, 456);
    const back = projectFlat(view, lon, lat);
    expect(back.x).toBeCloseTo(123, 6);
    expect(back.y).toBeCloseTo(456, 6);
  });

  it('one zoom level doubles distances on screen', () => {
    const view: FlatView = { zoom: 7, center: [-74, -12.5], width: 800, height: 600 };
    const a = projectFlat(view, -74.5, -12);
    const a2 = projectFlat({ ...view, zoom: 8 }, -74.5, -12);
    expect(a2.x - 400).toBeCloseTo(2 * (a.x - 400), 9);
    expect(a2.y - 300).toBeCloseTo(2 * (a.y - 300), 9);
  });

  it('fitBounds shows the whole box inside the padding, touching it on one axis', () => {
    const padding = { top: 30, bottom: 60, left: 300, right: 60 };
    const view = fitBounds(VRAEM, 1280, 740, padding);
    const nw = projectFlat(view, VRAEM[0], VRAEM[3]);
    const se = projectFlat(view, VRAEM[2], VRAEM[1]);
    expect(nw.x).toBeGreaterThanOrEqual(padding.left - 1e-6);
    expect(nw.y).toBeGreaterThanOrEqual(padding.top - 1e-6);
    expect(se.x).toBeLessThanOrEqual(1280 - padding.right + 1e-6);
    expect(se.y).toBeLessThanOrEqual(740 - padding.bottom + 1e-6);
    const fitsWidth = Math.abs(se.x - nw.x - (1280 - 360)) < 1e-6;
    const fitsHeight = Math.abs(se.y - nw.y - (740 - 90)) < 1e-6;
    expect(fitsWidth || fitsHeight).toBe(true);
    // Centred in the padded area on the axis with room to spare.
    expect((nw.x + se.x) / 2).toBeCloseTo(padding.left + (1280 - 360) / 2, 6);
  });

  it('fitBounds keeps the zoom within bounds for a point or a whole hemisphere', () => {
    expect(fitBounds([-74, -12, -74, -12], 800, 600, NO_PADDING).zoom).toBe(MAX_ZOOM);
    expect(fitBounds([-180, -80, 180, 80], 300, 200, NO_PADDING).zoom).toBe(MIN_ZOOM);
  });

  it('fitBounds survives a viewport smaller than its padding (a phone turned sideways)', () => {
    const view = fitBounds(VRAEM, 200, 100, { top: 30, bottom: 60, left: 300, right: 60 });
    expect(Number.isFinite(view.zoom)).toBe(true);
    expect(Number.isFinite(view.center[0]) && Number.isFinite(view.center[1])).toBe(true);
  });

  it('zoomAround keeps the place under the pointer where it is', () => {
    const view: FlatView = { zoom: 8, center: [-74, -12.5], width: 1000, height: 700 };
    const [lon, lat] = unprojectFlat(view, 210, 640);
    const zoomed = zoomAround(view, 1.5, 210, 640);
    expect(zoomed.zoom).toBe(9.5);
    const p = projectFlat(zoomed, lon, lat);
    expect(p.x).toBeCloseTo(210, 6);
    expect(p.y).toBeCloseTo(640, 6);
  });

  it('zoomAround stops at the zoom limits', () => {
    const view: FlatView = { zoom: 13.5, center: [-74, -12.5], width: 1000, height: 700 };
    expect(zoomAround(view, 3, 500, 350).zoom).toBe(MAX_ZOOM);
    expect(zoomAround({ ...view, zoom: 3.2 }, -2, 500, 350).zoom).toBe(MIN_ZOOM);
  });

  it('panBy moves every place by the drag', () => {
    const view: FlatView = { zoom: 9, center: [-74, -12.5], width: 1000, height: 700 };
    const before = projectFlat(view, -73.8, -12.3);
    const moved = panBy(view, 120, -45);
    const after = projectFlat(moved, -73.8, -12.3);
    expect(after.x - before.x).toBeCloseTo(120, 6);
    expect(after.y - before.y).toBeCloseTo(-45, 6);
    expect(moved.zoom).toBe(9);
  });
});

describe('mapErrorHandler', () => {
  it('switches to the flat map when MapLibre could not be constructed (no target)', () => {
    const onUnavailable = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    mapErrorHandler(onUnavailable)({
      target: null,
      error: new Error('Failed to initialize WebGL'),
    });
    expect(onUnavailable).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('leaves a running map alone and reports its error as MapLibre would', () => {
    const onUnavailable = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mapErrorHandler(onUnavailable)({ target: {}, error: new Error('source failed') });
    expect(onUnavailable).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
