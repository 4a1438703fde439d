import { describe, expect, it } from 'vitest';
import type { DistrictValue } from '../../src/domain/districtValues';
import { buildAxis, buildScatter, pointsInRect, type ScatterInput } from '../../src/domain/scatter';

const v = (value: number): DistrictValue => ({
  kind: 'value',
  value,
  year: 2018,
  requestedYear: 2018,
  ci: null,
  source: 's',
  flags: [],
});
const outside: DistrictValue = {
  kind: 'missing',
  missing: 'outsideCoverage',
  requestedYear: 2018,
  parent: null,
};
const input = (
  ubigeo: string,
  x: DistrictValue,
  y: DistrictValue,
  population: number | null = 1000,
): ScatterInput => ({
  ubigeo,
  name: `D${ubigeo}`,
  vraem: ubigeo.startsWith('1'),
  population,
  x,
  y,
});
const options = { width: 400, height: 300, xKind: 'linear' as const, yKind: 'linear' as const };

describe('buildAxis', () => {
  it('linear: starts at 0 for positive values, nice ticks inside the range', () => {
    const { at, model } = buildAxis([3, 47], 'linear', 50, 350);
    expect(at(0)).toBe(50);
    expect(model.ticks[0]).toEqual({ value: 0, at: 50 });
    expect(model.ticks.every((t) => t.at >= 50 && t.at <= 350)).toBe(true);
    expect(model.kind).toBe('linear');
  });

  it('log with zeros: zeros sit on their own strip at the axis start, positives after a gap', () => {
    const { at, model } = buildAxis([0, 0, 1, 10, 1000], 'log', 50, 350);
    expect(model.kind).toBe('log');
    expect(model.zeroAt).toBe(50);
    expect(at(0)).toBe(50);
    expect(at(1)).toBeGreaterThan(50 + 10);
    // Equal ratios, equal distances.
    expect(at(100) - at(10)).toBeCloseTo(at(1000) - at(100), 6);
    expect(model.ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000]);
  });

  it('log without zeros has no strip; log with nothing positive falls back to linear and says so', () => {
    expect(buildAxis([2, 20], 'log', 0, 100).model.zeroAt).toBeNull();
    const fallback = buildAxis([0, 0], 'log', 0, 100).model;
    expect(fallback).toMatchObject({ kind: 'linear', fellBackToLinear: true });
  });

  it('a reversed pixel range (y grows down) keeps the zero strip at the bottom', () => {
    const { at, model } = buildAxis([0, 5, 50], 'log', 260, 12);
    expect(model.zeroAt).toBe(260);
    expect(at(5)).toBeLessThan(260 - 10);
    expect(at(50)).toBeLessThan(at(5));
  });

  it('a single positive value still gets a log domain around it', () => {
    const { at } = buildAxis([10], 'log', 0, 100);
    expect(at(10)).toBeCloseTo(50, 6);
  });
});

describe('buildScatter', () => {
  const model = buildScatter(
    [
      input('100001', v(0), v(40), 9000),
      input('100002', v(500), v(70), 1000),
      input('200001', v(50), v(20), null),
      input('100003', outside, v(55)),
      input('200002', v(10), {
        kind: 'missing',
        missing: 'noData',
        requestedYear: 2018,
        parent: null,
      }),
    ],
    { ...options, xKind: 'log' },
  );

  it('districts missing a value are listed apart (VRAEM first), never drawn and never dropped', () => {
    expect(model.points.map((p) => p.ubigeo).sort()).toEqual(['100001', '100002', '200001']);
    expect(model.missing.map((m) => m.ubigeo)).toEqual(['100003', '200002']);
    expect(model.missing[0]?.x).toMatchObject({ missing: 'outsideCoverage' });
  });

  it('area grows with population; unknown population gets the smallest disc; big discs drawn first', () => {
    const r = Object.fromEntries(model.points.map((p) => [p.ubigeo, p.r]));
    expect(r['100001']).toBeGreaterThan(r['100002'] ?? Infinity);
    expect(r['200001']).toBe(2);
    // Area ∝ population: r² ratio ≈ population ratio, beyond the minimum radius.
    expect(model.points[0]?.ubigeo).toBe('100001');
  });

  it('a zero on the log axis is drawn on the zero strip, not dropped', () => {
    const zero = model.points.find((p) => p.ubigeo === '100001');
    expect(zero?.px).toBe(model.x.zeroAt);
  });

  it('the brush selects the points whose centre it covers, corners in any order', () => {
    const p = model.points.find((q) => q.ubigeo === '100002');
    if (!p) throw new Error('no point');
    expect(pointsInRect(model.points, [p.px + 1, p.py + 1], [p.px - 1, p.py - 1])).toEqual([
      '100002',
    ]);
    expect(pointsInRect(model.points, [0, 0], [400, 300]).sort()).toEqual([
      '100001',
      '100002',
      '200001',
    ]);
    expect(pointsInRect(model.points, [0, 0], [1, 1])).toEqual([]);
  });
});
