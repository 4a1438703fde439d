import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../../src/domain/districts';
import { fillPlan } from '../../src/map/fillPlan';
import { lookupPaint, vraemPaint } from '../../src/map/themePaints';
import { dimmedPaint } from '../../src/ui/dimmedPaint';
import { makeDistrict } from '../fixtures/district';

const PICHARI = '080910';
const AYACUCHO = '050101';
const index = indexDistricts([
  makeDistrict({ ubigeo: PICHARI, name: 'Pichari' }),
  makeDistrict({ ubigeo: AYACUCHO, name: 'Ayacucho', vraem: false }),
]);
const ubigeos = [PICHARI, AYACUCHO];

describe('what the fill canvas draws', () => {
  it('fills every district with its colour, alpha as a 0–1 CSS alpha', () => {
    expect(fillPlan(vraemPaint(index), ubigeos)).toEqual({
      fills: [
        { ubigeo: PICHARI, css: 'rgba(38, 120, 140, 0.5882352941176471)' },
        { ubigeo: AYACUCHO, css: 'rgba(190, 182, 168, 0.27450980392156865)' },
      ],
      patterns: [],
    });
  });

  it('skips a fully transparent fill', () => {
    const base = vraemPaint(index);
    const plan = fillPlan(
      { ...base, fill: (u) => (u === AYACUCHO ? [1, 2, 3, 0] : base.fill(u)) },
      ubigeos,
    );
    expect(plan.fills.map((f) => f.ubigeo)).toEqual([PICHARI]);
  });

  const withGaps = lookupPaint(
    index,
    (u) => (u === PICHARI ? '#c8c8c8' : '#fee08b'),
    'coca|2014',
    215,
    (u) => (u === PICHARI ? 'notYetDistrict' : null),
  );

  it('draws the pattern of each district whose value is a gap, over its colour', () => {
    const plan = fillPlan(withGaps, ubigeos);
    expect(plan.fills).toHaveLength(2);
    expect(plan.patterns).toEqual([{ ubigeo: PICHARI, kind: 'notYetDistrict', opacity: 1 }]);
  });

  it('a filtered-out district keeps its pattern, faded like its colour', () => {
    const plan = fillPlan(dimmedPaint(withGaps, new Set([AYACUCHO])), ubigeos);
    expect(plan.patterns).toEqual([{ ubigeo: PICHARI, kind: 'notYetDistrict', opacity: 0.22 }]);
    expect(plan.fills[0]?.css).toBe(`rgba(200, 200, 200, ${Math.round(215 * 0.22) / 255})`);
  });

  it('draws no pattern with opacity 0', () => {
    const plan = fillPlan(
      { ...withGaps, pattern: () => ({ kind: 'noData', opacity: 0 }) },
      ubigeos,
    );
    expect(plan.patterns).toEqual([]);
  });
});
