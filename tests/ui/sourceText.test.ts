import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import type { SourceRef } from '../../src/data/schemas';
import {
  citeSource,
  citeSources,
  fullReference,
  localizeSource,
  localizeSources,
  shortCitations,
  sourcesOfValues,
  yearList,
} from '../../src/ui/sourceText';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

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

describe('short citations of the shipped sources (slides, images, chart footers)', () => {
  let theme: ThemeData;
  let atlas: AtlasData;
  beforeAll(async () => {
    [atlas, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
  });
  const source = (id: string) => {
    const s = theme.sources.get(id);
    if (!s) throw new Error(`no source ${id}`);
    return s;
  };

  it('the coca map cites DEVIDA with the year of its data, in Spanish and in English', () => {
    const coca = source('coca-district-pipaber-quispe2022');
    expect(citeSource(coca, 'es', [2016])).toBe(
      'DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
    );
    expect(citeSource(coca, 'en', [2016])).toBe('DEVIDA/UNODC via Quispe et al. 2022 (2016 data)');
  });

  it('the poverty map cites INEI with its title and year, and adds no year it already names', () => {
    const poverty = source('inei-poverty-map-2018');
    expect(citeSource(poverty, 'es', [2018])).toBe('INEI, Mapa de Pobreza Monetaria 2018');
    expect(citeSource(poverty, 'en', [2018])).toBe('INEI, Mapa de Pobreza Monetaria 2018');
  });

  it('speaks the interface language where the pipeline wrote one (IDH / HDI, Censo / Census)', () => {
    expect(citeSource(source('pnud-idh-2019'), 'es', [2019])).toBe('PNUD Perú, IDH 2019');
    expect(citeSource(source('pnud-idh-2019'), 'en', [2019])).toBe('UNDP Peru (PNUD), HDI 2019');
    expect(citeSource(source('inei-census2017-population'), 'es')).toBe('INEI, Censo 2017');
    expect(citeSource(source('inei-census2017-population'), 'en')).toBe('INEI, Census 2017');
  });

  it('a transcribed zone figure cites DEVIDA, not its transcription note', () => {
    const transcribed = [...theme.sources.values()].find((s) => /as transcribed/.test(s.title));
    if (!transcribed) throw new Error('expected a transcribed series source');
    expect(citeSource(transcribed, 'es', [2019])).toBe('DEVIDA (datos de 2019)');
  });

  it('no citation of any shipped source carries provenance notes or runs long', () => {
    const all = [...theme.sources.values(), ...atlas.sources];
    expect(all.length).toBeGreaterThan(30);
    for (const s of all) {
      for (const lang of ['es', 'en'] as const) {
        const line = citeSource(s, lang, [2016]);
        expect(line, s.id).not.toMatch(/as transcribed|commit|copy in|github|\.md\b/i);
        expect(line.length, `${s.id}: ${line}`).toBeLessThanOrEqual(64);
      }
    }
  });

  it('several sources in one line, once each; the full reference keeps title, copy and vintage', () => {
    const coca = source('coca-district-pipaber-quispe2022');
    const poverty = source('inei-poverty-map-2018');
    expect(
      citeSources(
        [
          { source: poverty, years: [2018] },
          { source: coca, years: [2016] },
          { source: poverty, years: [2018] },
        ],
        'es',
      ),
    ).toBe(
      'INEI, Mapa de Pobreza Monetaria 2018; DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
    );
    expect(fullReference(coca, 'en')).toContain('pipaber/xgboost_deforestation');
    expect(fullReference(coca, 'es')).toContain('commit del repositorio 04b3706');
  });
});

describe('yearList', () => {
  it('writes runs of consecutive years as a range, in order, once each', () => {
    expect(yearList([2016])).toBe('2016');
    expect(yearList([2018, 2012, 2013, 2014, 2016, 2013])).toBe('2012–2014, 2016, 2018');
    expect(yearList([2019, 2020])).toBe('2019–2020');
    expect(yearList([])).toBe('');
  });
});

describe('sourcesOfValues', () => {
  const value = (source: string, year: number) => ({
    value: {
      kind: 'value' as const,
      value: 1,
      year,
      requestedYear: 2016,
      ci: null,
      source,
      flags: [],
    },
  });
  const lookup = new Map([
    [AUTHORED.id, AUTHORED],
    [CITATION.id, CITATION],
  ]);

  it('gives each source the years of its values (a value from another year keeps its own)', () => {
    const cited = sourcesOfValues(
      [
        value(AUTHORED.id, 2016),
        value(CITATION.id, 2014),
        value(AUTHORED.id, 2015),
        value(AUTHORED.id, 2016),
        {
          value: {
            kind: 'missing' as const,
            missing: 'noData' as const,
            requestedYear: 2016,
            parent: null,
          },
        },
        value('unknown-id', 2016),
      ],
      lookup,
    );
    expect(cited).toEqual([
      { source: AUTHORED, years: [2015, 2016] },
      { source: CITATION, years: [2014] },
    ]);
  });
});
