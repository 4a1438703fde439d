/**
 * The point layers' keys (ui/pointKeys.ts) on the shipped data: what the screen keys say and what
 * the exported map adds under its legend (withPointKeys), es and en.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import { UCDP_VIOLENCE_KINDS } from '../../src/data/ucdpSchemas';
import { INCIDENT_CATEGORIES } from '../../src/domain/incidents';
import { parseUrlState } from '../../src/state/urlState';
import { deriveAtlasView } from '../../src/ui/atlasView';
import { baseCounts, drawnItems, layerLegend, legendNotes } from '../../src/ui/legendModel';
import {
  incidentKey,
  pointKeysOnMap,
  UCDP_KIND_KEYS,
  ucdpKey,
  withPointKeys,
} from '../../src/ui/pointKeys';
import { buildUcdpView } from '../../src/ui/ucdpView';
import { i18nOf } from '../fixtures/i18n';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

let data: AtlasData;
let theme: ThemeData;
beforeAll(async () => {
  [data, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
});

const noImports = { placed: [], byId: new Map() };

function atlasOf(query: string) {
  return deriveAtlasView(
    parseUrlState(query),
    data,
    theme,
    { active: null, events: noImports },
    { area: null, pinned: null },
  );
}

describe('the keys of the point layers', () => {
  it('lists the UCDP kinds in the release order', () => {
    expect(Object.keys(UCDP_KIND_KEYS)).toEqual([...UCDP_VIOLENCE_KINDS]);
  });

  it('incidents: one row per category present, counts adding up to the points placed', () => {
    const placed = atlasOf('?ev=1').incidents?.placed ?? [];
    // data/incidents.json: 25 curated incidents, 18 with a district (the legend names the rest).
    expect(placed).toHaveLength(18);
    const key = incidentKey(i18nOf('es'), placed);
    expect(key.title).toBe('Incidentes graves seleccionados (18)');
    expect(key.entries.reduce((sum, e) => sum + e.count, 0)).toBe(18);
    expect(key.entries.every((e) => e.count > 0)).toBe(true);
    const order = key.entries.map((e) => INCIDENT_CATEGORIES.indexOf(e.key as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(key.notes[0]).toMatch(/^Fuente: notas de prensa/);
    expect(key.symbol).toBe('solid');
  });

  it('UCDP: every kind, zeros included; 2008 has 7 state-based events; 2012 has no rows', () => {
    const es = i18nOf('es');
    const y2008 = ucdpKey(es, buildUcdpView(theme.ucdp, 'year', null, 2008), theme.ucdp);
    expect(y2008.entries.map((e) => [e.key, e.count])).toEqual([
      ['stateBased', 7],
      ['nonState', 0],
      ['oneSided', 0],
    ]);
    expect(y2008.status).toBe('2008: 7 eventos en esta copia');
    const y2012 = ucdpKey(i18nOf('en'), buildUcdpView(theme.ucdp, 'year', null, 2012), theme.ucdp);
    expect(y2012.status).toBe('2012: no rows in this copy (not 0 events)');
    expect(y2012.entries.every((e) => e.count === 0)).toBe(true);
    expect(y2012.notes.at(-1)).toMatch(/^Source: /);
  });
});

describe('withPointKeys: the legend an image draws', () => {
  it('adds each layer heading, its disc rows and its notes after the layer legend', () => {
    const en = i18nOf('en');
    const atlas = atlasOf('?lang=en&i=coca_ha&y=2016&ev=1&ged=year');
    const layer = layerLegend(en, atlas.view, baseCounts(data.districts, false));
    const keys = pointKeysOnMap(en, {
      ucdp: atlas.ucdp ? { view: atlas.ucdp, file: theme.ucdp } : null,
      incidents: atlas.incidents?.placed ?? null,
      imported: noImports,
    });
    expect(keys.map((k) => k.id)).toEqual(['ucdp', 'incidents']);
    const model = withPointKeys(layer, keys, String);
    expect(model.title).toBe(layer.title);
    const items = drawnItems(model);
    expect(items.slice(0, layer.items.length)).toEqual(layer.items);
    const added = items.slice(layer.items.length);
    expect(added[0]).toMatchObject({
      label: 'UCDP GED 21.1 events (incomplete copy)',
      heading: true,
    });
    expect(added.slice(1, 4).map((i) => i.disc)).toEqual(['ring', 'ring', 'ring']);
    const incidents = added.findIndex((i) => i.label === 'Selected major incidents (18)');
    expect(incidents).toBe(4);
    expect(added.slice(incidents + 1).every((i) => i.disc === 'solid' && i.count)).toBe(true);
    const notes = legendNotes(model);
    // The layer's unit first, then each point layer: what size means, the year's count (UCDP:
    // data/ucdp-events.json has 2 events in 2016), the caveats and the source.
    expect(notes[0]).toBe('Unit: ha');
    expect(notes[1]).toBe(
      'UCDP GED 21.1 events (incomplete copy). Size: deaths (UCDP best estimate).',
    );
    expect(notes[2]).toBe('2016: 2 events in this copy');
    expect(notes.filter((n) => /^Source: /.test(n))).toHaveLength(2);
    expect(notes.at(-1)).toMatch(/^A sample of well-reported events, not a complete record/);
  });

  it('leaves a legend without points as it is', () => {
    const layer = layerLegend(
      i18nOf('es'),
      atlasOf('?i=coca_ha&y=2016').view,
      baseCounts(data.districts, false),
    );
    expect(withPointKeys(layer, [], String)).toBe(layer);
  });
});
