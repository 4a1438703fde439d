/**
 * From an indicator, a year and a classification to what the map and legend draw: a class and
 * colour per district, the bins with their counts, and the notice when values come from another
 * year. Pure: every input is a value, so a test can build it by hand.
 */
import {
  binOf,
  computeBreaks,
  mergeEmptyClasses,
  mergesEmptyClasses,
  type ClassificationMethod,
} from './classify';
import { answerFor } from './answer';
import {
  countsAsEvidence,
  type DistrictStart,
  type DistrictValue,
  type IndicatorValues,
} from './districtValues';
import type { District } from './districts';
import type { IndicatorDef } from './indicatorRegistry';
import { MISSING_COLOURS, paletteColours } from './palettes';
import type { MissingKind } from './values';

export interface ClassificationChoice {
  method: ClassificationMethod;
  classes: number;
  manualBreaks: readonly number[];
}

export interface ClassifiedDistrict {
  value: DistrictValue;
  /** Class index, or null for a missing value. */
  bin: number | null;
  colour: string;
}

export interface LegendBin {
  /** Lowest and highest value of the class among the districts (null when the class is empty). */
  min: number | null;
  max: number | null;
  /** Upper threshold of the class (inclusive); null for the last class. */
  upTo: number | null;
  colour: string;
  count: number;
}

export interface ToleranceNotice {
  requestedYear: number;
  /** Years the shown values come from, most frequent first. */
  shownYears: number[];
  districts: number;
}

export interface Choropleth {
  byUbigeo: ReadonlyMap<string, ClassifiedDistrict>;
  breaks: number[];
  bins: LegendBin[];
  missing: Record<MissingKind, number>;
  notice: ToleranceNotice | null;
  /** Classes asked for that no value fell in, merged away (quantiles, natural breaks). */
  mergedClasses?: number;
}

export interface ChoroplethInput {
  indicator: IndicatorDef;
  values: IndicatorValues;
  districts: readonly District[];
  starts: ReadonlyMap<string, DistrictStart>;
  year: number;
  classification: ClassificationChoice;
}

export function buildChoropleth(input: ChoroplethInput): Choropleth {
  const { indicator, values, districts, starts, year } = input;
  const resolved = districts.map((d) => ({
    ubigeo: d.ubigeo,
    value: answerFor(indicator, values, d, starts.get(d.ubigeo), year),
  }));
  return classifyResolved(resolved, indicator, year, input.classification);
}

/** Classifies values already resolved (per district, or per merged group). */
export function classifyResolved(
  resolved: readonly { ubigeo: string; value: DistrictValue }[],
  indicator: IndicatorDef,
  year: number,
  classification: ClassificationChoice,
): Choropleth {
  const present = resolved.flatMap((r) => (r.value.kind === 'value' ? [r.value.value] : []));
  const computed = computeBreaks(
    classification.method,
    present,
    classification.classes,
    classification.manualBreaks,
  );
  // Classes drawn from the values adapt to how many values there are: no empty class.
  const breaks = mergesEmptyClasses(classification.method)
    ? mergeEmptyClasses(present, computed)
    : computed;
  const colours = paletteColours(indicator.palette, breaks.length + 1);
  // With fewer classes than asked (ties), spread the palette rather than use only its light end.
  const colourOf = (bin: number) =>
    colours[
      breaks.length === 0
        ? colours.length - 1
        : Math.round((bin * (colours.length - 1)) / breaks.length)
    ] ?? MISSING_COLOURS.noData;

  const bins: LegendBin[] = Array.from({ length: breaks.length + 1 }, (_, i) => ({
    min: null,
    max: null,
    upTo: breaks[i] ?? null,
    colour: colourOf(i),
    count: 0,
  }));
  const missing: Record<MissingKind, number> = { noData: 0, notYetDistrict: 0, outsideCoverage: 0 };
  const shownYears = new Map<number, number>();
  const byUbigeo = new Map<string, ClassifiedDistrict>();

  for (const { ubigeo, value } of resolved) {
    if (value.kind === 'missing') {
      missing[value.missing]++;
      byUbigeo.set(ubigeo, { value, bin: null, colour: MISSING_COLOURS[value.missing] });
      continue;
    }
    const bin = binOf(value.value, breaks);
    const legendBin = bins[bin] as LegendBin;
    legendBin.count++;
    legendBin.min = legendBin.min === null ? value.value : Math.min(legendBin.min, value.value);
    legendBin.max = legendBin.max === null ? value.value : Math.max(legendBin.max, value.value);
    if (value.year !== year) shownYears.set(value.year, (shownYears.get(value.year) ?? 0) + 1);
    byUbigeo.set(ubigeo, { value, bin, colour: legendBin.colour });
  }

  const notice =
    shownYears.size === 0
      ? null
      : {
          requestedYear: year,
          shownYears: [...shownYears.entries()]
            .sort((a, b) => b[1] - a[1] || b[0] - a[0])
            .map(([y]) => y),
          districts: [...shownYears.values()].reduce((a, b) => a + b, 0),
        };
  // A year with no value at all has no classes to show (the legend would list one empty class
  // in the palette's darkest colour); its gaps say what there is.
  return {
    byUbigeo,
    breaks,
    bins: present.length === 0 ? [] : bins,
    missing,
    notice,
    mergedClasses: present.length === 0 ? 0 : computed.length - breaks.length,
  };
}

/** What a legend row says: the values in the class, or for a class without any, its bounds. */
export type BinLabel =
  | { kind: 'values'; min: number; max: number }
  | { kind: 'interval'; above: number | null; upTo: number | null };

export function binLabel(map: Pick<Choropleth, 'bins' | 'breaks'>, i: number): BinLabel {
  const bin = map.bins[i];
  if (bin && bin.min !== null && bin.max !== null) {
    return { kind: 'values', min: bin.min, max: bin.max };
  }
  return { kind: 'interval', above: map.breaks[i - 1] ?? null, upTo: map.breaks[i] ?? null };
}

/** Every year an indicator has a value for, ascending. */
export function indicatorYears(values: IndicatorValues): number[] {
  const years = new Set<number>();
  for (const observations of values.values.values()) for (const o of observations) years.add(o.y);
  return [...years].sort((a, b) => a - b);
}

/**
 * Rank of a district's value among a set of districts (1 = highest), counting only those with a
 * value; null when the district itself has none.
 */
export function rankAmong(
  map: Choropleth,
  among: readonly string[],
  ubigeo: string,
): { rank: number; of: number } | null {
  const valueOf = (u: string) => {
    const v = map.byUbigeo.get(u)?.value;
    return countsAsEvidence(v) ? v.value : null;
  };
  const own = valueOf(ubigeo);
  if (own === null) return null;
  const values = among.map(valueOf).filter((v): v is number => v !== null);
  return { rank: 1 + values.filter((v) => v > own).length, of: values.length };
}
