import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/domain/scatterLabels';

describe('spreadLabels', () => {
  it('labels that would overlap are stacked one line apart, top first', () => {
    const y = spreadLabels(
      [
        { id: 'pichari', x: 100, y: 50, width: 40 },
        { id: 'llochegua', x: 102, y: 48, width: 50 },
        { id: 'santa-rosa', x: 98, y: 52, width: 55 },
      ],
      11,
    );
    expect(y.get('llochegua')).toBe(48);
    expect(y.get('pichari')).toBe(59);
    expect(y.get('santa-rosa')).toBe(70);
  });

  it('labels apart in x or in y stay where they were asked', () => {
    const y = spreadLabels(
      [
        { id: 'a', x: 0, y: 50, width: 40 },
        { id: 'b', x: 60, y: 50, width: 40 },
        { id: 'c', x: 0, y: 80, width: 40 },
      ],
      11,
    );
    expect([...y.values()]).toEqual([50, 50, 80]);
  });

  it('a label moved down that meets another moves again; none is lost', () => {
    const y = spreadLabels(
      [
        { id: 'a', x: 0, y: 10, width: 40 },
        { id: 'b', x: 0, y: 12, width: 40 },
        { id: 'c', x: 0, y: 21, width: 40 },
      ],
      11,
    );
    expect(y.get('a')).toBe(10);
    expect(y.get('b')).toBe(21);
    expect(y.get('c')).toBe(32);
    expect(y.size).toBe(3);
  });

  it('no labels, no placements', () => {
    expect(spreadLabels([], 11).size).toBe(0);
  });
});
