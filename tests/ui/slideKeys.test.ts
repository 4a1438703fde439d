import { describe, expect, it } from 'vitest';
import { slideStep } from '../../src/ui/briefing/slideKeys';

describe('present mode keys', () => {
  it('clicker keys (PageDown/PageUp) and arrows page forward and back', () => {
    expect(slideStep('PageDown', 2, 7)).toBe(3);
    expect(slideStep('ArrowRight', 2, 7)).toBe(3);
    expect(slideStep(' ', 2, 7)).toBe(3);
    expect(slideStep('PageUp', 2, 7)).toBe(1);
    expect(slideStep('ArrowLeft', 2, 7)).toBe(1);
  });

  it('stops at either end instead of wrapping', () => {
    expect(slideStep('PageDown', 6, 7)).toBe(6);
    expect(slideStep('PageUp', 0, 7)).toBe(0);
  });

  it('Home and End jump to the first and last slide; Esc exits; other keys do nothing', () => {
    expect(slideStep('Home', 4, 7)).toBe(0);
    expect(slideStep('End', 1, 7)).toBe(6);
    expect(slideStep('Escape', 3, 7)).toBe('exit');
    expect(slideStep('a', 3, 7)).toBeNull();
    expect(slideStep('Enter', 3, 7)).toBeNull();
  });
});
