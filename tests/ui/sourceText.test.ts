import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/data/schemas';
import { localizeSource, localizeSources, shortCitations } from '../../src/ui/sourceText';

const AUTHORED: SourceRef = {
  id: 'pnud-idh-2019',
  title: 'Índice de Desarrollo Humano (IDH) 2019 by district',
  publisher: 'PNUD Perú via CEPLAN',
  licence: 'MIT (repository)',
  vintage: '2019',
  es: {
    title: 'Índice de Desarrollo Humano (IDH) 2019 por distrito',
    licence: 'MIT (repositorio)',
  },
};
const CITATION: SourceRef = {
  id: 't-el-deber-afp-97c144',
  title: 'El Deber (AFP), "Perú redujo en 14% sus cultivos de coca en 2014"',
  publisher: 'El Deber (AFP)',
  licence: 'facts transcribed',
  vintage: 'figures for 2014',
};

describe('localizeSource', () => {
  it('Spanish takes the es block, field by field, and keeps what it does not translate', () => {
    const es = localizeSource(AUTHORED, 'es');
    expect(es.title).toBe('Índice de Desarrollo Humano (IDH) 2019 por distrito');
    expect(es.licence).toBe('MIT (repositorio)');
    expect(es.vintage).toBe('2019');
    expect(es.publisher).toBe('PNUD Perú via CEPLAN');
  });

  it('English is the source as written', () => {
    expect(localizeSource(AUTHORED, 'en')).toBe(AUTHORED);
  });

  it('a citation without an es block is shown as published in both languages', () => {
    expect(localizeSource(CITATION, 'es')).toBe(CITATION);
  });

  it('a map of sources (for the CSV export) is localized by id', () => {
    const map = new Map([
      [AUTHORED.id, AUTHORED],
      [CITATION.id, CITATION],
    ]);
    expect(localizeSources(map, 'es').get(AUTHORED.id)?.title).toMatch(/por distrito$/);
    expect(localizeSources(map, 'en')).toBe(map);
  });
});

describe('shortCitations', () => {
  const DEVIDA: SourceRef = {
    id: 'devida',
    title: 'DEVIDA coca by department',
    publisher: 'DEVIDA; copied in pipaber/xgboost_deforestation',
    licence: 'none',
    vintage: '2024',
  };
  const UCDP: SourceRef = {
    id: 'ucdp',
    title: 'UCDP GED',
    publisher: 'Uppsala Conflict Data Program (Sundberg & Melander 2013)',
    licence: 'CC BY 4.0',
    vintage: '21.1',
    short: 'UCDP GED 21.1',
    es: { title: 'UCDP GED', short: 'UCDP GED 21.1 (es)' },
  };

  it('cites the publisher before the copy that carries it, once per body', () => {
    expect(shortCitations([DEVIDA, { ...DEVIDA, id: 'devida-2' }])).toBe('DEVIDA');
  });

  it("takes the pipeline's short citation, in the user's language", () => {
    expect(shortCitations([DEVIDA, UCDP])).toBe('DEVIDA; UCDP GED 21.1');
    expect(shortCitations([localizeSource(UCDP, 'es')])).toBe('UCDP GED 21.1 (es)');
  });

  it('no source gives an empty citation (the figure shows a dash)', () => {
    expect(shortCitations([])).toBe('');
  });
});
