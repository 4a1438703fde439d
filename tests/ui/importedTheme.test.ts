import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/data/import/importFile';
import { tableToCsv, type TableCsvOptions } from '../../src/domain/csv';
import { buildTableRows } from '../../src/domain/table';
import { acceptImport, type ImportedIndicatorLayer } from '../../src/ui/import/imported';
import { importedIndicatorDef, withImported } from '../../src/ui/import/importedTheme';
import type { ThemeData } from '../../src/data/loadThemes';
import type { IndicatorDef } from '../../src/domain/indicatorRegistry';
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

  const csvOptions = (theme: ThemeData, def: IndicatorDef): TableCsvOptions => ({
    separator: ';',
    headers: {
      ubigeo: 'ubigeo',
      name: 'distrito',
      province: 'provincia',
      department: 'departamento',
      vraem: 'VRAEM',
      year: 'año',
      status: 'estado',
      low: 'inferior',
      high: 'superior',
      source: 'fuente',
      licence: 'licencia',
    },
    indicatorLabel: (id) => (id === def.id ? def.label.es : id),
    missingText: (v) => (v.kind === 'missing' ? `sin dato (${v.missing})` : ''),
    sources: theme.sources,
    defs: [def],
  });

  it('exports its column, status, year and source in the table CSV, the value as a number', () => {
    const theme = withImported(EMPTY_THEME, [layer], 'es');
    const def = importedIndicatorDef(layer);
    const canayre = index.byUbigeo.get('050409');
    const pichari = index.byUbigeo.get('080910');
    if (!canayre || !pichari) throw new Error('fixture districts missing');
    const rows = buildTableRows([canayre, pichari], theme.indicators, theme.starts, 2018, [def]);
    const [header, line, missing] = tableToCsv(rows, csvOptions(theme, def)).split('\r\n');
    const label = 'mi-indicador.csv (importado)';
    expect(header).toBe(
      `ubigeo;distrito;provincia;departamento;VRAEM;${label};${label} · estado;${label} · año;${label} · fuente;${label} · licencia`,
    );
    expect(line).toBe(
      `050409;${canayre.name};${canayre.province};${canayre.department};1;12,5;;2018;Mi encuesta;según el archivo importado`,
    );
    // Pichari is outside the file's coverage: an empty value cell, the reason in the status.
    expect(missing).toBe(
      `080910;${pichari.name};${pichari.province};${pichari.department};1;;sin dato (outsideCoverage);;;`,
    );
  });

  it('escapes a formula in an imported source name so a spreadsheet shows it as text', () => {
    const hostile = imported(
      'ubigeo;año;valor;unidad;fuente\n50409;2018;-3;%;"=HYPERLINK(""http://x"",""y"")"\n',
    );
    const theme = withImported(EMPTY_THEME, [hostile], 'es');
    const def = importedIndicatorDef(hostile);
    expect(theme.sources.get('import-1')?.title).toBe('=HYPERLINK("http://x","y")');
    const canayre = index.byUbigeo.get('050409');
    if (!canayre) throw new Error('fixture district missing');
    const rows = buildTableRows([canayre], theme.indicators, theme.starts, 2018, [def]);
    const line = tableToCsv(rows, csvOptions(theme, def)).split('\r\n')[1] ?? '';
    expect(line).toContain(`;"'=HYPERLINK(""http://x"",""y"")";`);
    expect(line).not.toMatch(/;"?=HYPERLINK/);
    // The negative value itself stays a number, not an escaped text.
    expect(line).toContain(';1;-3;;2018;');
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
