/**
 * Choropleth classification: pure functions from values to class breaks and bins.
 * `breaks` are the k-1 inner thresholds of k classes; a value v falls in the first class i with
 * v <= breaks[i] (upper bounds inclusive), or in the last class when it exceeds every break.
 */
import { normaliseBreaks } from './breaks';

export type ClassificationMethod = 'quantile' | 'jenks' | 'equalInterval' | 'manual';

export const CLASSIFICATION_METHODS: readonly ClassificationMethod[] = [
  'quantile',
  'jenks',
  'equalInterval',
  'manual',
];

function sortedFinite(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Unique, ascending thresholds strictly inside (min, max): collapsing classes rather than lying. */
function tidy(breaks: readonly number[], min: number, max: number): number[] {
  const out: number[] = [];
  for (const b of breaks) {
    if (b >= min && b < max && (out.length === 0 || b > (out[out.length - 1] as number)))
      out.push(b);
  }
  return out;
}

/** Quantile breaks (R-7 / d3 interpolation): each class holds about the same number of values. */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = sortedFinite(values);
  if (sorted.length === 0 || classes < 2) return [];
  const at = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const a = sorted[lo] as number;
    const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
    return a + (b - a) * (h - lo);
  };
  const raw = Array.from({ length: classes - 1 }, (_, i) => at((i + 1) / classes));
  return tidy(raw, sorted[0] as number, sorted[sorted.length - 1] as number);
}

/** Equal-interval breaks between the minimum and the maximum. */
export function equalIntervalBreaks(values: readonly number[], classes: number): number[] {
  const sorted = sortedFinite(values);
  if (sorted.length === 0 || classes < 2) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const step = (max - min) / classes;
  return tidy(
    Array.from({ length: classes - 1 }, (_, i) => min + step * (i + 1)),
    min,
    max,
  );
}

/**
 * Jenks natural breaks (Fisher's exact optimal partition by dynamic programming): minimises the
 * sum of squared deviations within classes. Breaks are the upper bound of each class but the last.
 */
export function jenksBreaks(values: readonly number[], classes: number): number[] {
  const data = sortedFinite(values);
  const n = data.length;
  const k = Math.min(classes, n);
  if (n === 0 || k < 2) return [];
  // lower[i][j]: index (1-based) of the first value of class j in the best split of data[0..i-1].
  const lower: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(0));
  const cost: number[][] = Array.from({ length: n + 1 }, () =>
    new Array<number>(k + 1).fill(Infinity),
  );
  for (let j = 1; j <= k; j++) {
    (lower[1] as number[])[j] = 1;
    (cost[1] as number[])[j] = 0;
  }
  for (let i = 2; i <= n; i++) {
    let sum = 0;
    let sumSquares = 0;
    let count = 0;
    for (let m = 1; m <= i; m++) {
      const start = i - m + 1; // 1-based index of the first value in the candidate last class
      const v = data[start - 1] as number;
      count++;
      sum += v;
      sumSquares += v * v;
      const variance = sumSquares - (sum * sum) / count;
      if (start > 1) {
        for (let j = 2; j <= k; j++) {
          const candidate = variance + ((cost[start - 1] as number[])[j - 1] as number);
          if (((cost[i] as number[])[j] as number) >= candidate) {
            (lower[i] as number[])[j] = start;
            (cost[i] as number[])[j] = candidate;
          }
        }
      }
      (lower[i] as number[])[1] = 1;
      (cost[i] as number[])[1] = variance;
    }
  }
  const breaks: number[] = [];
  let end = n;
  for (let j = k; j >= 2; j--) {
    const start = (lower[end] as number[])[j] as number;
    if (start < 2) break; // identical values: fewer classes than asked
    breaks.unshift(data[start - 2] as number);
    end = start - 1;
  }
  return tidy(breaks, data[0] as number, data[n - 1] as number);
}

/** Manual breaks under the one rule (breaks.ts), dropping anything that is not a number. */
export function manualBreaks(breaks: readonly number[]): number[] {
  return normaliseBreaks(breaks.filter((b) => Number.isFinite(b))) ?? [];
}

export function computeBreaks(
  method: ClassificationMethod,
  values: readonly number[],
  classes: number,
  manual: readonly number[] = [],
): number[] {
  switch (method) {
    case 'quantile':
      return quantileBreaks(values, classes);
    case 'jenks':
      return jenksBreaks(values, classes);
    case 'equalInterval':
      return equalIntervalBreaks(values, classes);
    case 'manual':
      return manualBreaks(manual);
  }
}

/** Index of the class a value falls in, 0..breaks.length. */
export function binOf(value: number, breaks: readonly number[]): number {
  for (let i = 0; i < breaks.length; i++) if (value <= (breaks[i] as number)) return i;
  return breaks.length;
}

/**
 * Breaks without the classes no value falls in: an empty class is merged into the one above it
 * (the last one into the one below). Quantiles and natural breaks of a few values (an imported
 * file of six districts asked for five classes) otherwise leave classes that only say "empty".
 */
export function mergeEmptyClasses(values: readonly number[], breaks: readonly number[]): number[] {
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const bin = binOf(v, breaks);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  const kept = breaks.filter((_, i) => (counts[i] ?? 0) > 0);
  if ((counts[breaks.length] ?? 0) === 0) kept.pop();
  return kept;
}

/** Methods whose classes come from the values themselves, so an empty class is an artefact. */
export function mergesEmptyClasses(method: ClassificationMethod): boolean {
  return method === 'quantile' || method === 'jenks';
}
