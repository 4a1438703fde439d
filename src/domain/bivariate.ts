/**
 * Two indicators on one map: each classed on its own (terciles by default, the single map's
 * classification otherwise) and under its own tolerance, then crossed into a 3 × 3 grid. A
 * district missing either value is not in any cell: it carries that value's missing kind, drawn
 * as the same pattern the single map uses.
 */
import type { Choropleth, ClassifiedDistrict } from './choropleth';
import type { DistrictValue, PresentValue } from './districtValues';
import type { MissingKind } from './values';

export const BIVARIATE_CLASSES = 3;

/**
 * Joshua Stevens' blue–green bivariate scheme (biscale "DkBlue"), indexed [x][y], 0 = low: x
 * grows toward blue, y toward green, both toward the dark corner. Tested distinguishable for the
 * common colour-vision deficiencies by its author; the legend carries counts and words as well.
 */
export const BIVARIATE_PALETTE: readonly (readonly string[])[] = [
  ['#e8e8e8', '#b8d6be', '#73ae80'],
  ['#b5c0da', '#90b2b3', '#5a9178'],
  ['#6c83b5', '#567994', '#2a5a5b'],
];

/** When both values are missing, the kind shown: the one that says most about the district. */
const MISSING_PRIORITY: readonly MissingKind[] = ['notYetDistrict', 'outsideCoverage', 'noData'];

export type BivariateDistrict =
  | { kind: 'cell'; x: PresentValue; y: PresentValue; cx: number; cy: number; colour: string }
  | {
      kind: 'missing';
      missing: MissingKind;
      /** Which of the two values is missing. */
      which: 'x' | 'y' | 'both';
      x: DistrictValue;
      y: DistrictValue;
    };

export interface Bivariate {
  byUbigeo: ReadonlyMap<string, BivariateDistrict>;
  /** counts[cx][cy]: districts in each cell. */
  counts: number[][];
  missing: Record<MissingKind, number>;
  /** Each axis's inner thresholds (as classed: fewer than two when values tie). */
  xBreaks: readonly number[];
  yBreaks: readonly number[];
}

/**
 * The class of a value on a 3-class axis. With fewer classes than asked (ties collapse a
 * break), the classes spread over low..high as the single map spreads its palette.
 */
export function axisClass(classified: ClassifiedDistrict, breaks: readonly number[]): number {
  const bin = classified.bin ?? 0;
  if (breaks.length === 0) return BIVARIATE_CLASSES - 1;
  return Math.round((bin * (BIVARIATE_CLASSES - 1)) / breaks.length);
}

function missingOf(
  x: DistrictValue,
  y: DistrictValue,
): { missing: MissingKind; which: 'x' | 'y' | 'both' } {
  if (x.kind === 'missing' && y.kind === 'missing') {
    const kinds = new Set([x.missing, y.missing]);
    const missing = MISSING_PRIORITY.find((k) => kinds.has(k)) ?? 'noData';
    return { missing, which: 'both' };
  }
  if (x.kind === 'missing') return { missing: x.missing, which: 'x' };
  if (y.kind === 'missing') return { missing: y.missing, which: 'y' };
  throw new Error('missingOf: both values present');
}

/**
 * Crosses two choropleths of the same districts (each built with 3 classes under its indicator's
 * tolerance). Districts absent from either map are left out.
 */
export function crossChoropleths(x: Choropleth, y: Choropleth): Bivariate {
  const counts = BIVARIATE_PALETTE.map((row) => row.map(() => 0));
  const missing: Record<MissingKind, number> = { noData: 0, notYetDistrict: 0, outsideCoverage: 0 };
  const byUbigeo = new Map<string, BivariateDistrict>();
  for (const [ubigeo, xc] of x.byUbigeo) {
    const yc = y.byUbigeo.get(ubigeo);
    if (!yc) continue;
    if (xc.value.kind === 'value' && yc.value.kind === 'value') {
      const cx = axisClass(xc, x.breaks);
      const cy = axisClass(yc, y.breaks);
      (counts[cx] as number[])[cy] = ((counts[cx] as number[])[cy] ?? 0) + 1;
      const colour = BIVARIATE_PALETTE[cx]?.[cy] ?? '#000000';
      byUbigeo.set(ubigeo, { kind: 'cell', x: xc.value, y: yc.value, cx, cy, colour });
      continue;
    }
    const m = missingOf(xc.value, yc.value);
    missing[m.missing]++;
    byUbigeo.set(ubigeo, { kind: 'missing', ...m, x: xc.value, y: yc.value });
  }
  return { byUbigeo, counts, missing, xBreaks: x.breaks, yBreaks: y.breaks };
}

/** Class names from low to high, for "coca alta, pobreza media". */
export type ClassWord = 'low' | 'mid' | 'high';
export const CLASS_WORDS: readonly ClassWord[] = ['low', 'mid', 'high'];

export function classWord(c: number): ClassWord {
  return CLASS_WORDS[Math.max(0, Math.min(2, c))] as ClassWord;
}
