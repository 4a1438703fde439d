/**
 * The indicator registry: one entry per district indicator, as data. Labels, units and caveats
 * in both languages; how values combine (aggregation), how far a value may travel in time
 * (tolerance), and how the map colours it. The values themselves come from data/indicators.json.
 */
import type { IndicatorId } from '../data/indicatorSchemas';
import type { AggregationRule } from './aggregate';
import type { ClassificationMethod } from './classify';
import type { Tolerance } from './values';

export interface Bilingual {
  es: string;
  en: string;
}

/** A user-imported indicator (this session only; never in the URL or the shipped data). */
export type ImportedIndicatorId = `import-${number}`;
/** Any indicator the map, legend, table and charts can show. */
export type IndicatorKey = IndicatorId | ImportedIndicatorId;

export type SequentialPalette = 'YlOrRd' | 'Viridis' | 'Cividis' | 'Blues' | 'Purples' | 'Greens';

export interface IndicatorDef {
  id: IndicatorKey;
  theme: 'coca' | 'poverty' | 'population' | 'budget' | 'imported';
  label: Bilingual;
  unit: Bilingual;
  /** Fraction digits to print. */
  digits: number;
  tolerance: Tolerance;
  aggregation: AggregationRule;
  palette: SequentialPalette;
  classification: { method: ClassificationMethod; classes: number };
  /** What a reader must know before comparing these numbers. */
  caveat: Bilingual;
}

export const INDICATORS: readonly (IndicatorDef & { id: IndicatorId })[] = [
  {
    id: 'coca_ha',
    theme: 'coca',
    label: { es: 'Coca cultivada (ha)', en: 'Coca cultivation (ha)' },
    unit: { es: 'ha', en: 'ha' },
    digits: 0,
    tolerance: { kind: 'exact' },
    aggregation: 'sum',
    palette: 'YlOrRd',
    classification: { method: 'jenks', classes: 5 },
    caveat: {
      es: 'Compilación secundaria (Quispe et al. 2022, CGIAR) de los monitoreos DEVIDA/UNODC; solo 31 distritos, 2012–2020. Verifique cifras clave con DEVIDA.',
      en: 'Secondary compilation (Quispe et al. 2022, CGIAR) of DEVIDA/UNODC monitoring; 31 districts only, 2012–2020. Check key figures against DEVIDA.',
    },
  },
  {
    id: 'poverty_total_pct',
    theme: 'poverty',
    label: { es: 'Pobreza monetaria total (%)', en: 'Total monetary poverty (%)' },
    unit: { es: '%', en: '%' },
    digits: 1,
    tolerance: { kind: 'nearestEarlier', maxYears: 5 },
    aggregation: 'populationWeightedMean',
    palette: 'Purples',
    classification: { method: 'quantile', classes: 5 },
    caveat: {
      es: '2018: mapa de pobreza INEI con intervalo de confianza al 95 %. 2007, 2009 y 2013: panel secundario (68 distritos), sin intervalos. 2015 se omite (parece copia de 2013).',
      en: '2018: INEI poverty map with 95 % confidence interval. 2007, 2009 and 2013: secondary panel (68 districts), no intervals. 2015 is left out (it looks like a copy of 2013).',
    },
  },
  {
    id: 'poverty_extreme_pct',
    theme: 'poverty',
    label: { es: 'Pobreza extrema (%)', en: 'Extreme poverty (%)' },
    unit: { es: '%', en: '%' },
    digits: 1,
    tolerance: { kind: 'nearestEarlier', maxYears: 5 },
    aggregation: 'populationWeightedMean',
    palette: 'Purples',
    classification: { method: 'quantile', classes: 5 },
    caveat: {
      es: 'Mapa de pobreza INEI 2013 (publicado en 2015), vía CEPLAN; no hay mapa distrital de pobreza extrema 2018 en nuestras fuentes.',
      en: 'INEI 2013 poverty map (published 2015), via CEPLAN; no 2018 district extreme-poverty map in our sources.',
    },
  },
  {
    id: 'hdi',
    theme: 'poverty',
    label: { es: 'Índice de desarrollo humano', en: 'Human development index' },
    unit: { es: 'índice 0–1', en: 'index 0–1' },
    digits: 3,
    tolerance: { kind: 'nearestEarlier', maxYears: 5 },
    aggregation: 'populationWeightedMean',
    palette: 'Viridis',
    classification: { method: 'quantile', classes: 5 },
    caveat: {
      es: 'IDH 2019 del PNUD Perú vía CEPLAN. Un valor alto es mejor.',
      en: 'HDI 2019 by UNDP Peru via CEPLAN. Higher is better.',
    },
  },
  {
    id: 'nbi_pct',
    theme: 'poverty',
    label: {
      es: 'Población con al menos una necesidad básica insatisfecha (%)',
      en: 'Population with at least one unmet basic need (%)',
    },
    unit: { es: '%', en: '%' },
    digits: 1,
    tolerance: { kind: 'nearestEarlier', maxYears: 10 },
    aggregation: 'populationWeightedMean',
    palette: 'Purples',
    classification: { method: 'quantile', classes: 5 },
    caveat: {
      es: 'Tabla de NBI del visor GEO PERÚ; el año no figura en el archivo: por su lista de distritos es muy probablemente el Censo 2017.',
      en: 'Unmet basic needs table of the GEO PERÚ viewer; the year is not in the file: by its district list it is very probably the 2017 Census.',
    },
  },
  {
    id: 'population',
    theme: 'population',
    label: { es: 'Población', en: 'Population' },
    unit: { es: 'habitantes', en: 'inhabitants' },
    digits: 0,
    tolerance: { kind: 'nearestEarlier', maxYears: 5 },
    aggregation: 'sum',
    palette: 'Blues',
    classification: { method: 'quantile', classes: 5 },
    caveat: {
      es: '2007: estimación sobre los límites de 2017 (no es el conteo del censo 2007: suma 28,9 millones); 2017: censo INEI; 2022: proyección INEI sobre los límites actuales. Los distritos que perdieron territorio después de 2017 no son comparables entre 2017 y 2022: use «Límites comparables».',
      en: '2007: estimate on the 2017 limits (not the 2007 census count: it sums to 28.9 million); 2017: INEI census; 2022: INEI projection on the current limits. Districts that lost territory after 2017 are not comparable between 2017 and 2022: use "Comparable boundaries".',
    },
  },
  {
    id: 'budget_pim_2022',
    theme: 'budget',
    label: { es: 'Presupuesto municipal 2022 (PIM, S/)', en: 'Municipal budget 2022 (PIM, S/)' },
    unit: { es: 'S/', en: 'S/' },
    digits: 0,
    tolerance: { kind: 'exact' },
    aggregation: 'sum',
    palette: 'Greens',
    classification: { method: 'quantile', classes: 5 },
    caveat: {
      es: 'PIM de las municipalidades distritales de la zona cocalera VRAEM de DEVIDA (24 distritos), MEF Consulta Amigable al 5 de octubre de 2022: año fiscal incompleto.',
      en: 'Modified budget (PIM) of the district municipalities of the DEVIDA VRAEM coca zone (24 districts), MEF Consulta Amigable as of 5 October 2022: partial fiscal year.',
    },
  },
];

export function indicatorById(id: IndicatorId): IndicatorDef {
  const found = INDICATORS.find((d) => d.id === id);
  if (!found) throw new Error(`unknown indicator ${id}`);
  return found;
}
