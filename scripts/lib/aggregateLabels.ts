/**
 * Spanish and English labels for the codes of the transcribed security aggregates
 * (security_aggregates_transcribed.csv): what was counted, its unit, the area and, where the row
 * qualifies its end year in prose, that qualification. The raw file writes codes and English
 * notes; the app shows these labels. A code not listed here stops the pipeline (naming the row
 * and field) instead of reaching the Spanish UI in English.
 */
import { RawDataError } from './csv';

export interface Bilingual {
  es: string;
  en: string;
}

export const AGGREGATE_INDICATOR_LABELS: Record<string, Bilingual> = {
  deaths_total_civilian_and_security: {
    es: 'Muertos en total (civiles y fuerzas del orden)',
    en: 'Total deaths (civilians and security forces)',
  },
  injured_total: { es: 'Heridos en total', en: 'Total injured' },
  disappeared_total: { es: 'Desaparecidos en total', en: 'Total disappeared' },
  avg_deaths_per_year: { es: 'Muertos por año, promedio', en: 'Average deaths per year' },
  avg_injured_per_year: { es: 'Heridos por año, promedio', en: 'Average injured per year' },
  deaths_total: { es: 'Muertos en total', en: 'Total deaths' },
  affected_by_narcoterrorist_ambushes: {
    es: 'Víctimas (muertos y heridos) de emboscadas narcoterroristas',
    en: 'Victims (dead and injured) of narco-terrorist ambushes',
  },
  security_forces_killed_in_ambushes: {
    es: 'Militares y policías muertos en emboscadas',
    en: 'Soldiers and police killed in ambushes',
  },
  security_forces_killed_in_emergency_zones: {
    es: 'Militares y policías muertos en zonas de emergencia',
    en: 'Soldiers and police killed in emergency zones',
  },
  security_forces_killed: { es: 'Militares y policías muertos', en: 'Soldiers and police killed' },
  estimated_dead_and_disappeared: {
    es: 'Muertos y desaparecidos, estimación',
    en: 'Estimated dead and disappeared',
  },
  estimated_fatal_victims_conservative: {
    es: 'Víctimas fatales, estimación conservadora',
    en: 'Fatal victims, conservative estimate',
  },
};

export const AGGREGATE_UNIT_LABELS: Record<string, Bilingual> = {
  persons: { es: 'personas', en: 'persons' },
  'persons/year': { es: 'personas/año', en: 'persons/year' },
  'persons (security forces and civilians)': {
    es: 'personas (fuerzas del orden y civiles)',
    en: 'persons (security forces and civilians)',
  },
};

export const AGGREGATE_AREA_LABELS: Record<string, Bilingual> = {
  VRAEM: { es: 'VRAEM', en: 'VRAEM' },
  VRAE: { es: 'VRAE', en: 'VRAE' },
  Peru: { es: 'Perú', en: 'Peru' },
};

/** End years written in prose in the raw file; a bare year needs no translation. */
export const AGGREGATE_PERIOD_END_LABELS: Record<string, Bilingual> = {
  '2021 (inferred: "last 15 years" from 2006)': {
    es: '2021 (inferido: "últimos 15 años" desde 2006)',
    en: '2021 (inferred: "last 15 years" from 2006)',
  },
  'not stated (article undated in text read; cites a 12 March statement)': {
    es: 'no indicado (artículo sin fecha en el texto leído; cita una declaración del 12 de marzo)',
    en: 'not stated (article undated in text read; cites a 12 March statement)',
  },
};

export interface AggregateLabels {
  es: { indicator: string; unit: string; area: string; periodEnd: string };
  en: { indicator: string; unit: string; area: string; periodEnd: string };
}

/** Labels of one raw row; throws naming the file, row and field of an unknown code. */
export function aggregateLabels(
  file: string,
  row: number,
  raw: { indicator: string; unit: string; area: string; period_end: string },
): AggregateLabels {
  const look = (table: Record<string, Bilingual>, field: keyof typeof raw): Bilingual => {
    const value = raw[field];
    if (field === 'period_end' && /^\d{4}$/.test(value)) return { es: value, en: value };
    const found = table[value];
    if (!found)
      throw new RawDataError(
        file,
        row,
        field,
        `"${value}" has no Spanish/English label: add it to scripts/lib/aggregateLabels.ts`,
      );
    return found;
  };
  const indicator = look(AGGREGATE_INDICATOR_LABELS, 'indicator');
  const unit = look(AGGREGATE_UNIT_LABELS, 'unit');
  const area = look(AGGREGATE_AREA_LABELS, 'area');
  const periodEnd = look(AGGREGATE_PERIOD_END_LABELS, 'period_end');
  const pick = (lang: 'es' | 'en') => ({
    indicator: indicator[lang],
    unit: unit[lang],
    area: area[lang],
    periodEnd: periodEnd[lang],
  });
  return { es: pick('es'), en: pick('en') };
}
