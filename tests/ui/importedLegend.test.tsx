// @vitest-environment happy-dom
/**
 * Issue 24: the legend of an imported layer with a few values and no unit. No "(clase vacía)"
 * rows, the merged classes said, and a missing unit said in words (not "Unidad: " and nothing).
 */
import { describe, expect, it } from 'vitest';
import { acceptImport } from '../../src/ui/import/imported';
import { importedIndicatorDef } from '../../src/ui/import/importedTheme';
import { buildChoropleth } from '../../src/domain/choropleth';
import { ChoroplethLegend } from '../../src/ui/ChoroplethLegend';
import type { Lang } from '../../src/i18n/translate';
import { parseIndicatorCsv } from '../../src/data/import/indicatorCsv';
import { makeDistrict } from '../fixtures/district';
import { reactHost } from '../fixtures/reactHost';

// Coca 2015 of Coviriali, Llaylla and Mazamari (data/indicators.json), in a file with no unit.
const FILE = 'UBIGEO;DISTRITO;2015\n120602;Coviriali;8\n120603;Llaylla;42\n120604;Mazamari;278\n';

function importedLegend(file: string) {
  const read = parseIndicatorCsv(file, { knownUbigeo: () => true });
  const layer = acceptImport(
    { kind: 'indicator', encoding: 'utf-8', data: read },
    'coca.csv',
    'import-1',
  );
  if (layer?.kind !== 'indicator') throw new Error('nothing usable in the file');
  const indicator = importedIndicatorDef(layer);
  const map = buildChoropleth({
    indicator,
    values: layer.values,
    districts: [...layer.values.values.keys()].map((ubigeo) => makeDistrict({ ubigeo })),
    starts: new Map(),
    year: 2015,
    classification: { ...indicator.classification, manualBreaks: [] },
  });
  return { indicator, map };
}

const view = reactHost();

function render(lang: Lang, file = FILE) {
  const { indicator, map } = importedLegend(file);
  return (
    view.render(lang, <ChoroplethLegend indicator={indicator} year={2015} map={map} />)
      .textContent ?? ''
  );
}

describe('the legend of an imported layer with three values', () => {
  it('es: three classes, no empty class, the merge and the missing unit in words', () => {
    const text = render('es');
    expect(view.host.querySelectorAll('li')).toHaveLength(3);
    expect(text).not.toContain('clase vacía');
    expect(text).toContain('Se muestran 3 clases de las 5 pedidas');
    expect(view.host.querySelector('.legend-unit')?.textContent).toBe(
      'Unidad: el archivo no la indica',
    );
  });
  it('en: the same, in English', () => {
    const text = render('en');
    expect(text).toContain('Showing 3 of the 5 classes asked for');
    expect(view.host.querySelector('.legend-unit')?.textContent).toBe(
      'Unit: not given in the file',
    );
  });
  it('a unit the file gives (a "(ha)" header) is shown as written', () => {
    render('es', 'UBIGEO;SUPERFICIE 2015 (ha)\n120602;8\n120603;42\n');
    expect(view.host.querySelector('.legend-unit')?.textContent).toBe('Unidad: ha');
  });
});
