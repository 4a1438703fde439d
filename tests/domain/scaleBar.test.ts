import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from '../../src/domain/scaleBar';

describe('scale bar', () => {
  it('metres per pixel at the equator, zoom 0, is the circumference over 512 px', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.52, 1);
    // Each zoom level halves it; at 60° it is half again (cos 60° = 0.5).
    expect(metresPerPixel(1, 60)).toBeCloseTo(78_271.52 / 4, 1);
  });

  it('picks the longest 1-2-5 distance that fits', () => {
    // VRAEM at zoom 7.5 (lat −12.4): 422 m per px, so 120 px hold 50.7 km → 50 km; 100 px
    // hold 42 km → 20 km.
    const bar = scaleBar(7.5, -12.4, 120);
    expect(metresPerPixel(7.5, -12.4)).toBeCloseTo(422.3, 0);
    expect(bar.metres).toBe(50_000);
    expect(bar.label).toBe('50 km');
    expect(bar.px).toBeCloseTo(118.4, 0);
    expect(scaleBar(7.5, -12.4, 100).label).toBe('20 km');
  });

  it('writes metres under a kilometre', () => {
    const bar = scaleBar(16, -12.4, 100);
    expect(bar.label).toMatch(/^\d+ m$/);
    expect(bar.px).toBeLessThanOrEqual(100);
  });
});
