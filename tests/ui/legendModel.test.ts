/**
 * The legend model (ui/legendModel.ts, ui/systems/systemsLegend.ts) on the shipped data: what the
 * screen legend says and the exported PNG draws, es and en, with known values read back from the
 * data files (the classes span the 2016 coca values, the counts add up to the map's districts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import { parseUrlState } from '../../src/state/urlState';
import { deriveAtlasView } from '../../src/ui/atlasView';
import {
  baseCounts,
  drawnItems,
  itemText,
  layerLegend,
  legendNotes,
  type LegendModel,
} from '../../src/ui/legendModel';
import { systemsLegend } from '../../src/ui/systems/systemsLegend';
import { buildSystemsView, type OverlapView } from '../../src/ui/systems/systemsView';
import { i18nOf } from '../fixtures/i18n';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

let data: AtlasData;
let theme: ThemeData;
beforeAll(async () => {
  [data, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
});

/** The legend of the layer a link shows, in the link's language. */
function legendOf(query: string, national = false): LegendModel {
  const state = parseUrlState(query);
  const atlas = deriveAtlasView(
    state,
    data,
    theme,
    { active: null, events: { placed: [], byId: new Map() } },
    { area: null, pinned: null },
  );
  return layerLegend(i18nOf(state.lang), atlas.view, baseCounts(data.districts, national));
}

const rows = (model: LegendModel) => model.items.map(itemText);

describe('the legend of an indicator map', () => {
  it('coca 2016 (es): five classes with range and count, the two gaps with their patterns, the unit', () => {
    const model = legendOf('?i=coca&y=2016');
    expect(model.title).toBe('Coca cultivada (ha) · 2016');
    expect(model.items.map((i) => [i.label, i.count, i.pattern ?? null])).toEqual([
      ['0 – 329', '13 distritos', null],
      ['509 – 1,053', '6 distritos', null],
      ['1,345 – 1,661', '4 distritos', null],
      ['2,113 – 2,434', '5 distritos', null],
      ['2,555 – 2,878', '3 distritos', null],
      ['Aún no era distrito', '12 distritos', 'notYetDistrict'],
      ['Fuera de la cobertura de la fuente', '508 distritos', 'outsideCoverage'],
    ]);
    // The image draws each row in one line, as the screen reads it.
    expect(itemText(model.items[5] ?? { colour: '', line: false, label: '' })).toBe(
      'Aún no era distrito · 12 distritos',
    );
    expect(model.items.every((i) => !i.line)).toBe(true);
    expect(model.notice).toBeUndefined();
    expect(legendNotes(model)).toEqual(['Unidad: ha']);
  });

  it('coca 2016 (en): the same ranges (es-PE and en group thousands alike), English words', () => {
    const model = legendOf('?i=coca&y=2016&lang=en');
    const es = legendOf('?i=coca&y=2016');
    expect(model.title).toBe('Coca cultivation (ha) · 2016');
    expect(model.items.slice(0, 5).map((i) => i.label)).toEqual(
      es.items.slice(0, 5).map((i) => i.label),
    );
    expect(model.items.map((i) => i.count)).toEqual(
      es.items.map((i) => i.count?.replace('distritos', 'districts')),
    );
    expect(model.items.slice(5).map((i) => i.label)).toEqual([
      'Not yet a district',
      'Outside the source’s coverage',
    ]);
    expect(model.unit).toBe('Unit: ha');
  });

  it('coca 2016: the classes span the values in the data file and the rows count every district on the map', () => {
    const values = [...(theme.indicators.get('coca_ha')?.values.values() ?? [])].flatMap((obs) =>
      obs.filter((o) => o.y === 2016).map((o) => o.v),
    );
    const model = legendOf('?i=coca&y=2016&lang=en');
    const fmt = (v: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(v);
    expect(model.items[0]?.label.startsWith(`${fmt(Math.min(...values))} – `)).toBe(true);
    expect(model.items[4]?.label.endsWith(` – ${fmt(Math.max(...values))}`)).toBe(true);
    const counted = model.items.map((i) => Number(i.count?.split(' ')[0]?.replace(',', '')));
    expect(counted.slice(0, 5).reduce((a, b) => a + b)).toBe(values.length);
    expect(counted.reduce((a, b) => a + b)).toBe(data.districts.list.length);
  });

  it('hdi 2020 (no 2020 data): the tolerance notice says 2019 is shown, in es and en; the image draws it first under the key', () => {
    const es = legendOf('?i=hdi&y=2020');
    expect(es.notice).toBe('Se muestra el dato de 2019 para 2020.');
    expect(legendNotes(es)).toEqual([es.notice, 'Unidad: índice 0–1']);
    expect(legendOf('?i=hdi&y=2020&lang=en').notice).toBe('Showing 2019 data for 2020.');
  });

  it('hdi 2016 (no value within its tolerance): no class at all, only the no-data gap with its hatch', () => {
    const model = legendOf('?i=hdi&y=2016');
    expect(model.items.map((i) => [i.pattern, i.count])).toEqual([
      ['noData', '539 distritos'],
      ['notYetDistrict', '12 distritos'],
    ]);
  });
});

describe('the base map and the jurisdiction maps', () => {
  it('base: 69 VRAEM districts of 2017 and 10 created since (79), the rest, then four lines', () => {
    const model = legendOf('');
    expect(model.title).toBe('Leyenda');
    expect(model.items[0]?.label).toBe('Distrito del VRAEM que ya existía en 2017 (69)');
    expect(model.items[1]?.label).toMatch(/^Distrito del VRAEM creado después de 2017 \(10\)/);
    expect(model.items[2]?.label).toBe('Otro distrito de los 5 departamentos');
    expect(model.items.map((i) => (i.line ? (i.dashed ? 'dashed' : i.width) : 'fill'))).toEqual([
      'fill',
      'fill',
      'fill',
      3,
      2,
      'dashed',
      2,
    ]);
    expect(model.items[0]?.outline).toBe('rgba(20, 70, 85, 1.00)');
    expect(legendOf('?lang=en', true).items[2]?.label).toBe('Other district of Peru');
  });

  it('DEVIDA: three subzones whose counts add up to the zone in the title (24), then outside', () => {
    const model = legendOf('?i=devida');
    expect(model.title).toBe('Zona de monitoreo de coca de DEVIDA (24)');
    expect(rows(model)).toEqual([
      'Subzona norte · 6 distritos',
      'Subzona centro · 12 distritos',
      'Subzona sur · 6 distritos',
      'Fuera de la zona de DEVIDA',
    ]);
  });

  it('emergency on the latest decree date: only the kinds of control in force, then "no decree"', () => {
    const model = legendOf('?i=emergency&lang=en');
    expect(model.title).toContain('2025-08-14');
    expect(model.items).toHaveLength(3);
    expect(model.items.at(-1)?.colour).toBe('rgba(190, 182, 168, 0.27)');
  });

  it('the notes that qualify the colours: no decree in force on 2000-01-01; DS 111-2023-PCM in force with an incomplete list on 2023-11-01', () => {
    const none = legendOf('?i=emergency&f=2000-01-01');
    expect(none.items.map((i) => i.label)).toEqual(['Sin decreto vigente en nuestras fuentes']);
    expect(none.notes).toEqual(['Ningún decreto de nuestra lista estaba vigente ese día.']);
    expect(legendOf('?i=emergency&f=2018-06-01').notes).toEqual([]);
    const authorities = legendOf('?i=authorities&f=2023-11-01&lang=en');
    expect(authorities.notes).toHaveLength(1);
    expect(authorities.notes[0]).toContain('DS 111-2023-PCM');
  });
});

describe('the systems views', () => {
  it('bivariate coca × poverty 2018: nine cells whose counts add up to the districts with both values; the image draws them as rows, then the gaps', () => {
    const view = buildSystemsView(parseUrlState('?i=bivariate'), data.districts, theme);
    if (view?.kind !== 'bivariate') throw new Error('expected the bivariate view');
    const model = systemsLegend(i18nOf('es'), view);
    expect(model.title).toBe('Coca cultivada (ha) × Pobreza monetaria total (%) · 2018');
    expect(model.grid?.y).toBe('más pobreza ↑');
    const cells = model.grid?.rows.flat() ?? [];
    expect(cells).toHaveLength(9);
    const both = [...view.cells.byUbigeo.values()].filter((c) => c.kind === 'cell').length;
    expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(both);
    const drawn = drawnItems(model).map(itemText);
    expect(drawn[0]).toBe(`coca baja, pobreza alta: ${cells[0]?.count}`);
    expect(drawn.slice(9)).toEqual(model.items.map(itemText));
    expect(
      drawnItems(model)
        .slice(9)
        .map((i) => i.pattern),
    ).toEqual(['notYetDistrict', 'outsideCoverage']);
    const english = systemsLegend(i18nOf('en'), view);
    expect(english.grid?.rows[0]?.[2]?.label).toBe('high coca, high poverty');
  });

  it('overlap: a row per number of conditions met, counting every district; none ticked, a note and no rows', () => {
    const view = buildSystemsView(parseUrlState('?i=overlap'), data.districts, theme);
    if (view?.kind !== 'overlap') throw new Error('expected the overlap view');
    const model = systemsLegend(i18nOf('es'), view);
    expect(model.items).toHaveLength(view.conditions.length + 1);
    expect(model.items[0]?.label).toBe(`0 de ${view.conditions.length} condiciones`);
    const total = model.items.reduce((sum, i) => sum + Number(i.count?.split(' ')[0]), 0);
    expect(total).toBe(view.results.length);
    const none: OverlapView = { ...view, conditions: [], colours: ['#ffffb2'] };
    const empty = systemsLegend(i18nOf('en'), none);
    expect(empty.items).toEqual([]);
    expect(empty.notes).toEqual(['Tick at least one condition.']);
  });
});
