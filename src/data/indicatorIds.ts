/**
 * The district indicators' ids, without their schemas: the URL state and the range editor need
 * the list before the first map frame; the schemas (indicatorSchemas.ts) load with the theme files.
 */

/** Every district indicator the registry (src/domain/indicatorRegistry.ts) knows. */
export const INDICATOR_IDS = [
  'coca_ha',
  'poverty_total_pct',
  'poverty_extreme_pct',
  'hdi',
  'nbi_pct',
  'population',
  'budget_pim_2022',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];
