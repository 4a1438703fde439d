import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/data/import/importFile';
import { buildTableRows, tableToCsv } from '../../src/domain/table';
import { acceptImport, type ImportedIndicatorLayer } from '../../src/ui/import/imported';
import { importedIndicatorDef, withImported } from '../../src/ui/import/importedTheme';
import type { ThemeData } from '../../src/data/loadThemes';
import { index, knownUbigeo } from '../data/import/helpers';

const EMPTY_THEME: ThemeData = {
  indicators: new Map(),
  starts: new Map(),
  series: [],
  decrees: [],
  devidaZone: new Map(),
  incidents: [],
  aggregates: [],
  ucdp: {
    schemaVersion: 1,
    sources: [],
    attribution: { es: '-', en: '-' },
    coverage: { releaseFirstYear: 1989, releaseLastYear: 2020, yearsWithoutRows: [] },
    events: [],
  },
  sources: new Map(),
};

function imported(csv: string, file = 'mi-indicador.csv'): ImportedIndicatorLayer {
  const result = importBytes(new TextEncoder().encode(csv), 'indicator', {
    knownUbigeo,
    districtAt: () => null,
  });
  const layer = acceptImport(result, file, 'import-1');
  if (layer?.kind !== 'indicator') throw new Error('expected an indicator');
  return layer;
}

describe('imported indicator joined to the theme', () => {
  const layer = imported(
    'ubigeo;año;valor;unidad;fuente\n50409;2018;12,5;%;Mi encuesta\n50409;2019;7;%;\n',
  );

  it('labels it imported in both languages, with its unit, digits and a rate rule for %', () => {
    const def = importedIndicatorDef(layer);
    expect(def.id).toBe('import-1');
    expect(def.label).toEqual({
      es: 'mi-indicador.csv (importado)',
      en: 'mi-indicador.csv (imported)',
    });
    expect(def.unit.es).toBe('%');
    expect(def.digits).toBe(1);
    expect(def.aggregation).toBe('populationWeightedMean');
    expect(def.caveat.es).toContain('Mi encuesta');
  });

  it('adds the values and a source entry, citing the import as source of each value', () => {
    const theme = withImported(EMPTY_THEME, [layer], 'es');
    expect(theme.indicators.get('import-1')?.values.get('050409')).toEqual([
      { y: 2018, v: 12.5, s: 'import-1' },
      { y: 2019, v: 7, s: 'import-1' },
    ]);
    expect(theme.sources.get('import-1')).toMatchObject({
      title: 'Mi encuesta',
      vintage: '2018–2019',
    });
    expect(withImported(EMPTY_THEME, [], 'es')).toBe(EMPTY_THEME);
  });

  it('feeds the table like a shipped indicator: exact year only, outside coverage elsewhere', () => {
    const theme = withImported(EMPTY_THEME, [layer], 'es');
    const def = importedIndicatorDef(layer);
    const canayre = index.byUbigeo.get('050409');
    const pichari = index.byUbigeo.get('080910');
    if (!canayre || !pichari) throw new Error('fixture districts missing');
    const [a, b] = buildTableRows([canayre, pichari], theme.indicators, theme.starts, 2018, [def]);
    expect(a?.cells['import-1']).toMatchObject({ kind: 'value', value: 12.5, year: 2018 });
    expect(b?.cells['import-1']).toMatchObject({ kind: 'missing', missing: 'outsideCoverage' });
    const [c] = buildTableRows([canayre], theme.indicators, theme.starts, 2020, [def]);
    expect(c?.cells['import-1']).toMatchObject({ kind: 'missing', missing: 'noData' });
  });

  it('exports its column, year and source in the table CSV', () => {
    const theme = withImported(EMPTY_THEME, [layer], 'es');
    const def = importedIndicatorDef(layer);
    const canayre = index.byUbigeo.get('050409');
    if (!canayre) throw new Error('fixture district missing');
    const rows = buildTableRows([canayre], theme.indicators, theme.starts, 2018, [def]);
    const csv = tableToCsv(rows, {
      separator: ';',
      headers: {
        ubigeo: 'ubigeo',
        name: 'distrito',
        province: 'provincia',
        department: 'departamento',
        vraem: 'VRAEM',
        year: 'año',
        source: 'fuente',
        licence: 'licencia',
      },
      indicatorLabel: (id) => (id === def.id ? def.label.es : id),
      missingText: () => '',
      sources: theme.sources,
      defs: [def],
    });
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(
      'ubigeo;distrito;provincia;departamento;VRAEM;mi-indicador.csv (importado);mi-indicador.csv (importado) · año;mi-indicador.csv (importado) · fuente;mi-indicador.csv (importado) · licencia',
    );
    expect(line).toBe(
      `050409;${canayre.name};${canayre.province};${canayre.department};1;12,5;2018;Mi encuesta;según el archivo importado`,
    );
  });

  it('an import with no good row is not usable', () => {
    const result = importBytes(
      new TextEncoder().encode('ubigeo,year,value\nx,y,z\n'),
      'indicator',
      {
        knownUbigeo,
        districtAt: () => null,
      },
    );
    expect(acceptImport(result, 'f.csv', 'import-2')).toBeNull();
  });
});
