import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/data/schemas';
import { localizeSource, localizeSources } from '../../src/ui/sourceText';

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
