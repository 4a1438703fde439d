/**
 * Translated metadata: the pipeline writes Spanish next to the English for the prose it authors
 * (source titles, licences, vintages; labels of the aggregate codes), and leaves citations as
 * published. Checked on the committed data/ files and on the label lookup itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { aggregateLabels } from '../../scripts/lib/aggregateLabels';
import { incidentTypeLabel } from '../../scripts/lib/incidentTypeLabels';
import { incidentsFileSchema } from '../../src/data/indicatorSchemas';
import { sourceRefSchema } from '../../src/data/schemas';

const DATA = path.resolve(__dirname, '../../data');
const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as unknown;
const sourcesOf = (file: string) =>
  z.array(sourceRefSchema).parse((read(file) as { sources: unknown }).sources);
const FILES = [
  'districts.json',
  'indicators.json',
  'series.json',
  'jurisdiction.json',
  'incidents.json',
  'ucdp-events.json',
];

describe('source titles in Spanish', () => {
  it.each(FILES)('%s: every source the atlas describes has a Spanish title', (file) => {
    const untranslated = sourcesOf(file)
      // Transcribed figures ("t-…") are cited by the article or report they come from.
      .filter((s) => !s.id.startsWith('t-') && !s.es)
      .map((s) => s.id);
    expect(untranslated).toEqual([]);
  });

  it('known titles: the poverty map and the population layer', () => {
    const byId = new Map(sourcesOf('indicators.json').map((s) => [s.id, s]));
    expect(byId.get('pnud-idh-2019')?.es?.title).toBe(
      'Índice de Desarrollo Humano (IDH) 2019 por distrito',
    );
    expect(byId.get('pnud-idh-2019')?.title).toBe(
      'Índice de Desarrollo Humano (IDH) 2019 by district',
    );
    const population = byId.get('inei-census2017-population');
    expect(population?.es?.title).toBe(
      'Capa distrital del INEI, población del Censo 2017 (POBTOTAL)',
    );
    // Only the prose is translated: the vintage "Censo 2017" is the same in both.
    expect(population?.es?.vintage).toBeUndefined();
  });

  it('a citation keeps its published title and has no Spanish block', () => {
    const cited = sourcesOf('series.json').filter((s) => s.id.startsWith('t-'));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((s) => s.es === undefined)).toBe(true);
  });
});

describe('aggregate labels', () => {
  it('every shipped aggregate has a label in both languages, and Peru is Perú in Spanish', () => {
    const file = incidentsFileSchema.parse(read('incidents.json'));
    expect(file.aggregates.length).toBe(12);
    const peru = file.aggregates.find((a) => a.value === 69280);
    expect(peru?.labels.es).toEqual({
      indicator: 'Muertos y desaparecidos, estimación',
      unit: 'personas',
      area: 'Perú',
      periodEnd: '2000',
    });
    expect(peru?.labels.en.indicator).toBe('Estimated dead and disappeared');
    for (const a of file.aggregates) {
      expect(a.labels.es.indicator).not.toMatch(/_/);
      expect(a.labels.es.unit).not.toMatch(/persons/);
    }
  });

  it('an end year written in prose is translated; a bare year is kept', () => {
    const row = {
      indicator: 'injured_total',
      unit: 'persons',
      area: 'VRAEM',
      period_end: '2021 (inferred: "last 15 years" from 2006)',
    };
    const labels = aggregateLabels('agg.csv', 2, row);
    expect(labels.es.periodEnd).toBe('2021 (inferido: "últimos 15 años" desde 2006)');
    expect(labels.en.periodEnd).toBe(row.period_end);
    expect(aggregateLabels('agg.csv', 2, { ...row, period_end: '2012' }).es.periodEnd).toBe('2012');
  });

  it('an unknown code stops the pipeline with file, row and field', () => {
    const row = {
      indicator: 'kidnapped_total',
      unit: 'persons',
      area: 'VRAEM',
      period_end: '2010',
    };
    expect(() => aggregateLabels('agg.csv', 7, row)).toThrow(
      /agg\.csv row 7, field "indicator": "kidnapped_total" has no Spanish\/English label/,
    );
    expect(() =>
      aggregateLabels('agg.csv', 3, { ...row, indicator: 'injured_total', unit: 'people' }),
    ).toThrow(/row 3, field "unit"/);
  });
});

describe('incident types', () => {
  it('every shipped incident has its type in Spanish, the English being the raw text', () => {
    const file = incidentsFileSchema.parse(read('incidents.json'));
    expect(file.incidents.length).toBe(25);
    for (const incident of file.incidents) {
      expect(incident.typeLabel?.en).toBe(incident.type);
      expect(incident.typeLabel?.es).not.toBe(incident.type);
    }
    const e25 = file.incidents.find((i) => i.id === 'E25');
    expect(e25?.typeLabel?.es).toBe('emboscada a vehículo policial (armas de largo alcance)');
  });

  it('an unknown type stops the pipeline with file, row and field', () => {
    expect(() => incidentTypeLabel('events.csv', 4, 'drone strike')).toThrow(
      /events\.csv row 4, field "event_type": "drone strike" has no Spanish label/,
    );
  });
});
