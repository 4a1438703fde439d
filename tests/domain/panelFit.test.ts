import { describe, expect, it } from 'vitest';
import { cropAround, mercatorAspect, panelPadding, roomInside } from '../../src/domain/panelFit';

// The map area of a 1366×768 laptop (below the header, above the footer), in page pixels.
const MAP = { left: 0, top: 60, right: 1366, bottom: 745 };
const SIDEBAR = { left: 10, top: 70, right: 298, bottom: 735 };
const TOOLBAR = { left: 310, top: 70, right: 1356, bottom: 102 };
const LEGEND = { left: 310, top: 325, right: 646, bottom: 703 };

describe('panelPadding', () => {
  it('no panels: no padding but the margin', () => {
    expect(panelPadding(MAP, [], 1, 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
  });

  it('a panel that misses the map is ignored', () => {
    const below = { left: 0, top: 800, right: 100, bottom: 900 };
    expect(panelPadding(MAP, [below], 1)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('a tall box (the VRAEM) passes the bottom-left legend on its right, not above it', () => {
    const padding = panelPadding(MAP, [SIDEBAR, TOOLBAR, LEGEND], 0.8);
    expect(padding.left).toBe(646);
    expect(padding.top).toBe(102 - 60);
    expect(padding.bottom).toBe(0);
    expect(padding.right).toBe(0);
  });

  it('a wide box passes the same legend above it', () => {
    const padding = panelPadding(MAP, [SIDEBAR, LEGEND], 6);
    expect(padding.left).toBe(298);
    expect(padding.bottom).toBe(745 - 325);
  });

  it('a chart column on the right is kept out on the right', () => {
    const charts = { left: 920, top: 110, right: 1356, bottom: 735 };
    const padding = panelPadding(MAP, [SIDEBAR, TOOLBAR, LEGEND, charts], 0.8, 12);
    expect(padding.right).toBe(1366 - 920 + 12);
    expect(padding.left).toBe(646 + 12);
    const room = roomInside(MAP, padding);
    // Nothing of any panel is inside the room left.
    for (const p of [SIDEBAR, TOOLBAR, LEGEND, charts]) {
      const inside =
        p.left < room.right && p.right > room.left && p.top < room.bottom && p.bottom > room.top;
      expect(inside).toBe(false);
    }
  });
});

describe('cropAround', () => {
  const bounds = { left: 0, top: 0, right: 1366, bottom: 685 };

  it('keeps the room whole and has the asked aspect', () => {
    const room = { left: 646, top: 42, right: 1366, bottom: 685 };
    const crop = cropAround(bounds, room, 172 / 128);
    expect((crop.right - crop.left) / (crop.bottom - crop.top)).toBeCloseTo(172 / 128, 6);
    expect(crop.left).toBeGreaterThanOrEqual(0);
    expect(crop.right).toBeLessThanOrEqual(1366);
    expect(crop.top).toBeGreaterThanOrEqual(0);
    expect(crop.bottom).toBeLessThanOrEqual(685);
    // The room's centre stays in the crop.
    expect(crop.left).toBeLessThan(1006);
    expect(crop.right).toBeGreaterThan(1006);
  });

  it('a room larger than the bounds: the whole width, centred on the room, inside the bounds', () => {
    const square = { left: 0, top: 0, right: 100, bottom: 100 };
    const room = { left: -100, top: -100, right: 200, bottom: 200 };
    expect(cropAround(square, room, 2)).toEqual({ left: 0, top: 25, right: 100, bottom: 75 });
    // A room off to the bottom: the crop slides down to the bounds' edge, not past it.
    const low = { left: 0, top: 90, right: 100, bottom: 400 };
    expect(cropAround(square, low, 2)).toEqual({ left: 0, top: 50, right: 100, bottom: 100 });
  });
});

describe('mercatorAspect', () => {
  it('a degree square at the equator is square; at 60° S it is twice as tall', () => {
    expect(mercatorAspect([0, -0.5, 1, 0.5])).toBeCloseTo(1, 3);
    expect(mercatorAspect([0, -60.5, 1, -59.5])).toBeCloseTo(0.5, 2);
  });
});
