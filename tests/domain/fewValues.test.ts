/**
 * Issue 24: an imported layer with a few values showed "(clase vacía)" rows. Classes drawn from
 * the values (quantiles, natural breaks) now merge the classes no value falls in; equal
 * intervals and manual breaks keep their scheme, and an empty class there is told by its bounds.
 */
import { describe, expect, it } from 'vitest';
import { binLabel, buildChoropleth, type ClassificationChoice } from '../../src/domain/choropleth';
import { mergeEmptyClasses, quantileBreaks } from '../../src/domain/classify';
import type { IndicatorValues } from '../../src/domain/districtValues';
import type { IndicatorDef } from '../../src/domain/indicatorRegistry';
import { makeDistrict } from '../fixtures/district';

// Coca 2015 of Coviriali, Llaylla and Mazamari (data/indicators.json): 8, 42 and 278 ha.
const VALUES: [string, number][] = [
  ['120602', 8],
  ['120603', 42],
  ['120604', 278],
];
const districts = VALUES.map(([ubigeo]) => makeDistrict({ ubigeo }));
const values: IndicatorValues = {
  coverage: new Set(VALUES.map(([u]) => u)),
  values: new Map(VALUES.map(([u, v]) => [u, [{ y: 2015, v, s: 'import-1' }]])),
};
const imported: IndicatorDef = {
  id: 'import-1',
  theme: 'imported',
  label: { es: 'coca.csv (importado)', en: 'coca.csv (imported)' },
  unit: { es: '', en: '' },
  digits: 0,
  tolerance: { kind: 'exact' },
  aggregation: 'sum',
  palette: 'Cividis',
  classification: { method: 'quantile', classes: 5 },
  caveat: { es: '', en: '' },
};
const map = (classification: ClassificationChoice) =>
  buildChoropleth({
    indicator: imported,
    values,
    districts,
    starts: new Map(),
    year: 2015,
    classification,
  });

describe('mergeEmptyClasses', () => {
  it('three values in five quantile classes leave two empty: merged into the class above', () => {
    const breaks = quantileBreaks([8, 42, 278], 5);
    expect(breaks).toHaveLength(4);
    const merged = mergeEmptyClasses([8, 42, 278], breaks);
    expect(merged).toEqual([breaks[0], breaks[2]]);
  });
  it('an empty last class merges into the one below', () => {
    expect(mergeEmptyClasses([1, 2, 3], [1, 3, 10])).toEqual([1]);
  });
  it('no value at all: no class boundary is left', () => {
    expect(mergeEmptyClasses([], [1, 2])).toEqual([]);
  });
  it('classes that all hold values are left alone', () => {
    expect(mergeEmptyClasses([1, 2, 3, 4], [1, 2, 3])).toEqual([1, 2, 3]);
  });
});

describe('the legend of an imported layer with three values', () => {
  it('quantiles: three classes, one district each, none empty, and the two merged are counted', () => {
    const m = map({ method: 'quantile', classes: 5, manualBreaks: [] });
    expect(m.bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [8, 8, 1],
      [42, 42, 1],
      [278, 278, 1],
    ]);
    expect(m.mergedClasses).toBe(2);
    // Three classes spread over the palette, not its three lightest colours.
    expect(new Set(m.bins.map((b) => b.colour)).size).toBe(3);
  });
  it('natural breaks of three values: three classes, nothing merged', () => {
    const m = map({ method: 'jenks', classes: 5, manualBreaks: [] });
    expect(m.bins.every((b) => b.count > 0)).toBe(true);
    expect(m.bins).toHaveLength(3);
  });
  it('equal intervals keep their empty classes, each told by its bounds', () => {
    const m = map({ method: 'equalInterval', classes: 5, manualBreaks: [] });
    expect(m.bins).toHaveLength(5);
    expect(m.mergedClasses).toBe(0);
    const empty = m.bins.findIndex((b) => b.count === 0);
    expect(empty).toBeGreaterThan(0);
    const label = binLabel(m, empty);
    expect(label.kind).toBe('interval');
    if (label.kind !== 'interval') return;
    expect(label.above).toBe(m.breaks[empty - 1]);
    expect(label.upTo).toBe(m.breaks[empty] ?? null);
    expect(binLabel(m, 0)).toEqual({ kind: 'values', min: 8, max: 42 });
  });
});
