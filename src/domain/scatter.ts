/**
 * The scatter of districts: two indicators for a year, each point's area by population. Pure:
 * d3-scale positions and ticks, a log axis that keeps true zeros on a strip of their own (a log
 * scale has no 0, and dropping them would hide districts), a brush that selects what it covers,
 * and the districts missing a value listed apart — never dropped silently.
 */
import { scaleLinear, scaleLog, scaleSqrt } from 'd3-scale';
import type { DistrictValue, PresentValue } from './districtValues';

export type AxisKind = 'linear' | 'log';

export interface ScatterInput {
  ubigeo: string;
  name: string;
  vraem: boolean;
  population: number | null;
  x: DistrictValue;
  y: DistrictValue;
}

export interface ScatterPoint {
  ubigeo: string;
  name: string;
  vraem: boolean;
  x: PresentValue;
  y: PresentValue;
  px: number;
  py: number;
  /** Radius in pixels: area proportional to population (a fixed small radius when unknown). */
  r: number;
}

export interface ScatterMissing {
  ubigeo: string;
  name: string;
  vraem: boolean;
  /** The values that are missing, with their kind. */
  x: DistrictValue;
  y: DistrictValue;
}

export interface AxisModel {
  kind: AxisKind;
  /** Pixel position of each tick, with its value. */
  ticks: { value: number; at: number }[];
  /** On a log axis with zeros: the pixel of the zero strip; null otherwise. */
  zeroAt: number | null;
  /** The log scale was asked for but no value is positive: the axis stays linear. */
  fellBackToLinear: boolean;
}

export interface ScatterModel {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  points: ScatterPoint[];
  missing: ScatterMissing[];
  x: AxisModel;
  y: AxisModel;
}

export interface ScatterOptions {
  width: number;
  height: number;
  xKind: AxisKind;
  yKind: AxisKind;
}

const MARGIN = { top: 12, right: 16, bottom: 40, left: 56 };
/** Pixels between the zero strip and the smallest positive value on a log axis. */
const ZERO_GAP = 14;
const R_MIN = 2;
const R_MAX = 16;

/** A position function and ticks for one axis from `r0` to `r1` pixels. */
export function buildAxis(
  values: readonly number[],
  kind: AxisKind,
  r0: number,
  r1: number,
): { at: (v: number) => number; model: AxisModel } {
  const positive = values.filter((v) => v > 0);
  const useLog = kind === 'log' && positive.length > 0;
  if (!useLog) {
    const lo = Math.min(0, ...values);
    const hi = Math.max(...values, lo + 1);
    const s = scaleLinear().domain([lo, hi]).range([r0, r1]).nice();
    return {
      at: (v) => s(v),
      model: {
        kind: 'linear',
        ticks: s.ticks(5).map((value) => ({ value, at: s(value) })),
        zeroAt: null,
        fellBackToLinear: kind === 'log',
      },
    };
  }
  const hasZero = values.some((v) => v <= 0);
  const dir = Math.sign(r1 - r0) || 1;
  const start = hasZero ? r0 + dir * ZERO_GAP : r0;
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  const s = scaleLog()
    .domain(lo === hi ? [lo / 10, hi * 10] : [lo, hi])
    .range([start, r1])
    .nice();
  // A log scale's ticks can be many; keep about five labelled ones (powers of ten and 1-2-5).
  const label = s.tickFormat(6);
  const labelled = s.ticks().filter((t) => label(t) !== '');
  // 1-2-5 steps crowd a narrow axis: beyond five labels keep the powers of ten.
  const ticks =
    labelled.length > 5 ? labelled.filter((t) => t.toExponential().startsWith('1e')) : labelled;
  return {
    at: (v) => (v > 0 ? s(v) : r0),
    model: {
      kind: 'log',
      ticks: ticks.map((value) => ({ value, at: s(value) })),
      zeroAt: hasZero ? r0 : null,
      fellBackToLinear: false,
    },
  };
}

export function buildScatter(
  inputs: readonly ScatterInput[],
  options: ScatterOptions,
): ScatterModel {
  const { width, height } = options;
  const present: (ScatterInput & { x: PresentValue; y: PresentValue })[] = [];
  const missing: ScatterMissing[] = [];
  for (const p of inputs) {
    if (p.x.kind === 'value' && p.y.kind === 'value') present.push({ ...p, x: p.x, y: p.y });
    else missing.push({ ubigeo: p.ubigeo, name: p.name, vraem: p.vraem, x: p.x, y: p.y });
  }
  const xAxis = buildAxis(
    present.map((p) => p.x.value),
    options.xKind,
    MARGIN.left,
    width - MARGIN.right,
  );
  const yAxis = buildAxis(
    present.map((p) => p.y.value),
    options.yKind,
    height - MARGIN.bottom,
    MARGIN.top,
  );
  const maxPop = Math.max(1, ...present.map((p) => p.population ?? 0));
  const radius = scaleSqrt().domain([0, maxPop]).range([R_MIN, R_MAX]);
  const points = present
    .map((p) => ({
      ubigeo: p.ubigeo,
      name: p.name,
      vraem: p.vraem,
      x: p.x,
      y: p.y,
      px: xAxis.at(p.x.value),
      py: yAxis.at(p.y.value),
      r: p.population === null ? R_MIN : radius(p.population),
    }))
    // Large discs first, so small ones stay visible (and pickable) on top.
    .sort((a, b) => b.r - a.r || a.ubigeo.localeCompare(b.ubigeo));
  missing.sort((a, b) => Number(b.vraem) - Number(a.vraem) || a.name.localeCompare(b.name, 'es'));
  return { width, height, margin: MARGIN, points, missing, x: xAxis.model, y: yAxis.model };
}

/** The districts whose centre lies in a brushed rectangle (corners in any order, pixels). */
export function pointsInRect(
  points: readonly ScatterPoint[],
  a: readonly [number, number],
  b: readonly [number, number],
): string[] {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return points
    .filter((p) => p.px >= x0 && p.px <= x1 && p.py >= y0 && p.py <= y1)
    .map((p) => p.ubigeo);
}
