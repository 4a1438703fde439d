/**
 * Sources of series.json: one entry per distinct `source` text of the transcribed rows (a short
 * id = three words of the text + 6 hex of its sha256, stable while the text is unchanged), plus
 * the DEVIDA department table copied from pipaber/xgboost_deforestation.
 */
import crypto from 'node:crypto';
import type { SourceRef } from '../../../src/data/schemas';
import type { SourceEntry } from '../sources';
import { DEPARTMENT_CSV } from './raw';

export const DEPARTMENT_SOURCE: SourceEntry = {
  ref: {
    id: 'devida-coca-department-2020-2024-pipaber',
    es: {
      title:
        'DEVIDA, cultivo de coca por departamento (ha), 2020–2024 (tabla coca_department_2020_2024.csv)',
      licence:
        'sin archivo de licencia en el repositorio; las cifras son estadística oficial de DEVIDA',
      vintage:
        '2020–2024 (commit del repositorio 04b3706cbec46c68ce55d3729fc2836068a1da31, 2026-01-23)',
    },
    title:
      'DEVIDA coca cultivation by department (ha), 2020–2024 (table coca_department_2020_2024.csv)',
    publisher: 'DEVIDA; copied in pipaber/xgboost_deforestation',
    licence: 'no licence file in the repository; the numbers are DEVIDA official statistics',
    vintage: '2020–2024 (repository commit 04b3706cbec46c68ce55d3729fc2836068a1da31, 2026-01-23)',
    url: 'https://github.com/pipaber/xgboost_deforestation',
  },
  rawFiles: [DEPARTMENT_CSV],
  where:
    'GitHub pipaber/xgboost_deforestation, data_external/coca_department_2020_2024.csv, commit 04b3706cbec46c68ce55d3729fc2836068a1da31; 2018–2022 values cross-checked by the data gathering against the DEVIDA table printed by El Comercio (June 2023)',
  documentedIn: 'INDICATOR-SOURCES.md §1d',
};

export const TRANSCRIBED_LICENCE =
  'facts from UN/government publications and press reports, transcribed (INDICATOR-SOURCES §1a: cite UNODC/DEVIDA and the outlet)';

export function transcribedSourceId(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, 3)
    .join('-');
  const hash = crypto.createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 6);
  return `t-${words}-${hash}`;
}

/**
 * A transcribed source cited in one line: the body without its report's title ("DEVIDA
 * Monitoreo de Cultivos de Coca 2022 and 2024 zone tables" → "DEVIDA"; the figure carries its
 * year), without the kind of item ("UNODC press release 21 Dec 2018" → "UNODC") and without an
 * English note on the outlet's edition ("Andina (English)", "Inforegión (archive)"): a slide in
 * Spanish then cites "UNODC", not English words. Other publishers are short already.
 */
export function shortOfTranscribed(publisher: string): string {
  return publisher
    .replace(/ Monitoreo de Cultivos de Coca\b.*$/, '')
    .replace(/ press release\b.*$/, '')
    .replace(/ \((English|archive)\)$/, '');
}

/** Collects the transcribed sources a series file cites, with the years each one gives. */
export class TranscribedSources {
  private readonly byId = new Map<
    string,
    { text: string; files: Set<string>; years: Set<number> }
  >();

  cite(text: string, file: string, year: number): string {
    const id = transcribedSourceId(text);
    const entry = this.byId.get(id) ?? { text, files: new Set<string>(), years: new Set<number>() };
    if (entry.text !== text) throw new Error(`source id collision ${id}`);
    entry.files.add(file);
    entry.years.add(year);
    this.byId.set(id, entry);
    return id;
  }

  refs(): SourceRef[] {
    return [...this.byId.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([id, e]) => {
        // The outlet or body as the row names it: the text before its first comma.
        const publisher = (e.text.split(', ')[0] as string).trim();
        const short = shortOfTranscribed(publisher);
        return {
          id,
          title: e.text,
          publisher,
          ...(short !== publisher && { short }),
          licence: TRANSCRIBED_LICENCE,
          vintage: `figures for ${[...e.years].sort((a, b) => a - b).join(', ')}`,
        };
      });
  }

  /** Raw files citing each source id, for SOURCES.md. */
  files(): Map<string, string[]> {
    return new Map([...this.byId].map(([id, e]) => [id, [...e.files].sort()]));
  }
}
