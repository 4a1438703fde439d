import { describe, expect, it } from 'vitest';
import { drawnPixelRatio } from '../../src/map/drawnRatio';

// What MapLibre's _resizeCanvas writes: width = round(ratio × cssWidth), style.width = width / ratio.
function canvas(cssWidth: number, cssHeight: number, ratio: number) {
  const width = Math.round(ratio * cssWidth);
  const height = Math.round(ratio * cssHeight);
  return { width, height, style: { width: `${width / ratio}px`, height: `${height / ratio}px` } };
}

describe('drawnPixelRatio', () => {
  it('is the requested ratio when MapLibre did not clamp (1280 CSS px at 2×)', () => {
    expect(drawnPixelRatio(canvas(1280, 800, 2), 2)).toBe(2);
  });

  it('is 1.6, not 2, for a 2560 CSS px map on a 2× screen (clamped to 4096 device px)', () => {
    // MapLibre's clamp: min(1, 4096 / (2560 × 2)) × 2 = 1.6.
    const drawn = canvas(2560, 1300, 1.6);
    expect(drawn.width).toBe(4096);
    expect(drawnPixelRatio(drawn, 2)).toBeCloseTo(1.6, 12);
  });

  it('follows a clamp by height too (a tall map)', () => {
    const ratio = (4096 / (3000 * 2)) * 2;
    expect(drawnPixelRatio(canvas(1000, 3000, ratio), 2)).toBeCloseTo(ratio, 12);
  });

  it('falls back to the requested ratio before MapLibre has sized the canvas', () => {
    expect(drawnPixelRatio({ width: 300, height: 150, style: { width: '', height: '' } }, 3)).toBe(
      3,
    );
    expect(
      drawnPixelRatio({ width: 0, height: 0, style: { width: '0px', height: '0px' } }, 2),
    ).toBe(2);
  });
});
