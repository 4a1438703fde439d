/**
 * Imported indicators joined to the shipped ones: a registry entry per import (labelled
 * "imported", tolerance exact, its own source) and a ThemeData whose indicator map and sources
 * include them, so the view builders, legend, table, charts and export use them unchanged.
 */
import type { ThemeData } from '../../data/loadThemes';
import type { IndicatorDef, ImportedIndicatorId } from '../../domain/indicatorRegistry';
import { translate, type Lang } from '../../i18n/translate';
import type { ImportedIndicatorLayer } from './imported';

/** Unit texts that mean a rate: such values are averaged (population-weighted), not added. */
const RATE_UNIT = /%|porcentaje|percent|tasa|rate|[ií]ndice|index|ratio/i;

function digitsOf(layer: ImportedIndicatorLayer): number {
  let digits = 0;
  for (const list of layer.values.values.values()) {
    for (const o of list) digits = Math.max(digits, (String(o.v).split('.')[1] ?? '').length);
  }
  return Math.min(digits, 3);
}

export function importedIndicatorDef(
  layer: ImportedIndicatorLayer,
): IndicatorDef & { id: ImportedIndicatorId } {
  const label = (lang: Lang) => translate(lang, 'import.layerLabel', { name: layer.fileName });
  const caveat = (lang: Lang) =>
    translate(lang, 'import.caveat', {
      file: layer.fileName,
      source: layer.source ?? translate(lang, 'import.noSource'),
    });
  const unit = layer.unit ?? '';
  return {
    id: layer.key,
    theme: 'imported',
    label: { es: label('es'), en: label('en') },
    unit: { es: unit, en: unit },
    digits: digitsOf(layer),
    tolerance: { kind: 'exact' },
    aggregation: RATE_UNIT.test(unit) ? 'populationWeightedMean' : 'sum',
    palette: 'Cividis',
    classification: { method: 'quantile', classes: 5 },
    caveat: { es: caveat('es'), en: caveat('en') },
  };
}

/** The theme with the imported indicators' values and sources added (same object when none). */
export function withImported(
  theme: ThemeData,
  layers: readonly ImportedIndicatorLayer[],
  lang: Lang,
): ThemeData {
  if (layers.length === 0) return theme;
  const indicators = new Map(theme.indicators);
  const sources = new Map(theme.sources);
  for (const layer of layers) {
    indicators.set(layer.key, layer.values);
    sources.set(layer.key, {
      id: layer.key,
      title: layer.source ?? layer.fileName,
      publisher: translate(lang, 'import.layerLabel', { name: layer.fileName }),
      licence: translate(lang, 'import.licenceUnknown'),
      vintage: layer.years.length > 0 ? `${layer.years[0]}–${layer.years.at(-1)}` : '',
    });
  }
  return { ...theme, indicators, sources };
}
