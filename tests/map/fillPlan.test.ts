import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../../src/domain/districts';
import { changedKeys, fillPlan, outlinePlan } from '../../src/map/fillPlan';
import { GapPatterns } from '../../src/map/gapPatterns';
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
const isVraem = (u: string) => index.byUbigeo.get(u)?.vraem === true;

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

describe('which gaps a year step draws again (GapPatterns.byDistrict, changedKeys)', () => {
  const withKind = (kind: 'noData' | 'notYetDistrict' | null, opacity = 1) => ({
    ...vraemPaint(index),
    pattern: (u: string) => (u === PICHARI && kind ? { kind, opacity } : null),
  });
  const gaps = (paint: ReturnType<typeof withKind>) => {
    const patterns = new GapPatterns();
    patterns.plan(paint, ubigeos);
    return patterns.byDistrict();
  };

  it('none for new colours with the same gaps (a year step in most views)', () => {
    const recoloured = {
      ...withKind('noData'),
      fill: (): [number, number, number, number] => [1, 2, 3, 255],
    };
    expect(changedKeys(gaps(withKind('noData')), gaps(recoloured))).toEqual([]);
  });

  it('the district for another kind of gap, another opacity, or a gap that closes', () => {
    const before = gaps(withKind('noData'));
    for (const after of [withKind('notYetDistrict'), withKind('noData', 0.22), withKind(null)]) {
      expect(changedKeys(before, gaps(after))).toEqual([PICHARI]);
    }
  });
});

describe('which districts a year step redraws (changedKeys)', () => {
  it('those whose colour changed, appeared or went, and no other', () => {
    const before = new Map([
      ['a', 'red'],
      ['b', 'blue'],
      ['c', 'grey'],
    ]);
    const after = new Map([
      ['a', 'red'],
      ['b', 'green'],
      ['d', 'grey'],
    ]);
    expect(changedKeys(before, after).sort()).toEqual(['b', 'c', 'd']);
    expect(changedKeys(before, new Map(before))).toEqual([]);
  });
});

describe('what the line canvas strokes', () => {
  it('groups outlines by colour, the other districts first and the VRAEM on top', () => {
    expect(outlinePlan(vraemPaint(index), ubigeos, isVraem)).toEqual([
      { css: 'rgba(150, 142, 128, 0.5490196078431373)', ubigeos: [AYACUCHO] },
      { css: 'rgba(20, 70, 85, 1)', ubigeos: [PICHARI] },
    ]);
  });

  it('a year step (new fills and gap patterns, same outlines) gives the same plan: no redraw', () => {
    const year2015 = lookupPaint(
      index,
      () => '#fee08b',
      'coca|2015',
      215,
      () => null,
    );
    const year2014 = lookupPaint(
      index,
      () => '#bd0026',
      'coca|2014',
      215,
      (u) => (u === PICHARI ? 'noData' : null),
    );
    expect(outlinePlan(year2014, ubigeos, isVraem)).toEqual(
      outlinePlan(year2015, ubigeos, isVraem),
    );
  });

  it('keeps a VRAEM and another district apart even when their outlines share a colour', () => {
    const plan = outlinePlan(
      { ...vraemPaint(index), line: () => [1, 2, 3, 255] },
      [PICHARI, AYACUCHO, '999999'],
      isVraem,
    );
    expect(plan.map((g) => g.ubigeos)).toEqual([[AYACUCHO, '999999'], [PICHARI]]);
  });

  it('leaves out a fully transparent outline', () => {
    const base = vraemPaint(index);
    const plan = outlinePlan(
      { ...base, line: (u) => (u === AYACUCHO ? [9, 9, 9, 0] : base.line(u)) },
      ubigeos,
      isVraem,
    );
    expect(plan.flatMap((g) => g.ubigeos)).toEqual([PICHARI]);
  });
});
