/** Derived view values: what the URL asks for, made valid against the data we have. */
import type { ClassificationChoice } from '../domain/choropleth';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import type { UrlState } from './urlState';

/**
 * The year to show: the requested one when it lies within the indicator's span, else the latest
 * year with data (a link made for another indicator must not open on an empty map).
 */
export function effectiveYear(requested: number | null, years: readonly number[]): number | null {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return null;
  if (requested !== null && requested >= first && requested <= last) return requested;
  return last;
}

export function effectiveClassification(
  state: Pick<UrlState, 'method' | 'classes' | 'breaks'>,
  indicator: IndicatorDef,
): ClassificationChoice {
  const method = state.method ?? indicator.classification.method;
  if (method === 'manual' && state.breaks.length === 0) {
    return { ...indicator.classification, manualBreaks: [] };
  }
  return {
    method,
    classes: state.classes ?? indicator.classification.classes,
    manualBreaks: state.breaks,
  };
}
