import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { FeatureIdentifier } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../src/data/loadAtlas';
import { indexDistricts } from '../../src/domain/districts';
import {
  applyDistrictOutlines,
  DISTRICT_LAYER_IDS,
  DISTRICT_SOURCE,
  districtAt,
  HIGHLIGHT_SOURCE,
  districtCollection,
  districtLayers,
  highlightCollection,
  setHighlight,
} from '../../src/map/districtStyle';
import { BOUNDARY_SOURCE } from '../../src/map/boundaryStyle';
import { BASE_LAYER_IDS, buildOfflineStyle, LAYER_IDS } from '../../src/map/offlineStyle';
import { lookupPaint, vraemPaint, type DistrictPaint } from '../../src/map/themePaints';
import { makeDistrict } from '../fixtures/district';

function square(ubigeo: string, x: number): DistrictFeature {
  return {
    type: 'Feature',
    properties: { ubigeo },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 0],
        ],
      ],
    },
  };
}

const PICHARI = '080910';
const AYACUCHO = '050101';
const index = indexDistricts([
  makeDistrict({ ubigeo: PICHARI, name: 'Pichari' }),
  makeDistrict({ ubigeo: AYACUCHO, name: 'Ayacucho', vraem: false }),
]);
const shapes = [square(PICHARI, 0), square(AYACUCHO, 1)];
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

describe('district source data', () => {
  it('carries the ubigeo (feature-state id) and VRAEM membership of each shape', () => {
    const collection = districtCollection(shapes, index);
    expect(collection.features.map((f) => f.properties)).toEqual([
      { ubigeo: PICHARI, vraem: true },
      { ubigeo: AYACUCHO, vraem: false },
    ]);
    expect(collection.features[0]?.geometry).toBe(shapes[0]?.geometry);
  });

  it('a shape with no record (e.g. a merged group key) is drawn as a context district', () => {
    const collection = districtCollection([square('999999', 0)], index);
    expect(collection.features[0]?.properties.vraem).toBe(false);
  });
});

describe('highlight outline', () => {
  it('is empty when nothing is hovered or selected', () => {
    expect(highlightCollection(shapes, null, null).features).toEqual([]);
  });

  it('holds the hovered and the selected district, the selected one last (drawn on top)', () => {
    const { features } = highlightCollection(shapes, AYACUCHO, PICHARI);
    expect(features.map((f) => f.properties)).toEqual([
      { ubigeo: AYACUCHO, selected: false },
      { ubigeo: PICHARI, selected: true },
    ]);
  });

  it('a hovered district that is also selected appears once, as selected', () => {
    const { features } = highlightCollection(shapes, PICHARI, PICHARI);
    expect(features.map((f) => f.properties)).toEqual([{ ubigeo: PICHARI, selected: true }]);
  });

  it('shows its layer only while it outlines something (hover, then selection, then nothing)', () => {
    const data: number[] = [];
    const visibility: unknown[] = [];
    const map = {
      getSource: () => ({ setData: (d: FeatureCollection) => data.push(d.features.length) }),
      setLayoutProperty: (id: string, name: string, value: unknown) => {
        expect([id, name]).toEqual([DISTRICT_LAYER_IDS.highlight, 'visibility']);
        visibility.push(value);
      },
    } as unknown as Parameters<typeof setHighlight>[0];
    setHighlight(map, shapes, AYACUCHO, null);
    setHighlight(map, shapes, AYACUCHO, PICHARI);
    setHighlight(map, shapes, null, PICHARI);
    setHighlight(map, shapes, null, null);
    expect(data).toEqual([1, 2, 1, 0]);
    expect(visibility).toEqual(['visible', 'visible', 'visible', 'none']);
  });
});

function recorded(paint: DistrictPaint) {
  const calls: [FeatureIdentifier, Record<string, unknown>][] = [];
  applyDistrictOutlines({ setFeatureState: (id, state) => calls.push([id, state]) }, shapes, paint);
  return calls;
}

describe('district outlines in feature-state', () => {
  it('writes the outline of every district, VRAEM outlines darker, and nothing else', () => {
    expect(recorded(vraemPaint(index))).toEqual([
      [{ source: 'districts', id: PICHARI }, { line: 'rgba(20, 70, 85, 1)' }],
      [{ source: 'districts', id: AYACUCHO }, { line: 'rgba(150, 142, 128, 0.5490196078431373)' }],
    ]);
  });
});

describe('writing only what changed', () => {
  function onSource(source: object) {
    const calls: string[] = [];
    const map = {
      setFeatureState: (id: FeatureIdentifier) => calls.push(String(id.id)),
      getSource: () => source,
    };
    return { calls, apply: (paint: DistrictPaint) => applyDistrictOutlines(map, shapes, paint) };
  }
  const base = vraemPaint(index);
  const ayacuchoOutlined: DistrictPaint = {
    ...base,
    line: (u) => (u === AYACUCHO ? [1, 2, 3, 255] : base.line(u)),
    key: 'ayacucho-outlined',
  };

  it('writes every district first, then only a district whose outline changed', () => {
    const { calls, apply } = onSource({});
    apply(base);
    expect(calls).toEqual([PICHARI, AYACUCHO]);
    apply(base);
    expect(calls).toHaveLength(2);
    apply(ayacuchoOutlined);
    expect(calls).toEqual([PICHARI, AYACUCHO, AYACUCHO]);
    apply(base);
    expect(calls).toEqual([PICHARI, AYACUCHO, AYACUCHO, AYACUCHO]);
  });

  it('a year step (new fills and gap patterns, same outlines) writes nothing: no map frame', () => {
    const { calls, apply } = onSource({});
    const year2015 = lookupPaint(
      index,
      () => '#fee08b',
      'coca|2015',
      215,
      () => null,
    );
    const year2014 = lookupPaint(
      index,
      () => '#bd0026',
      'coca|2014',
      215,
      (u) => (u === PICHARI ? 'noData' : null),
    );
    apply(year2015);
    apply(year2014);
    expect(calls).toEqual([PICHARI, AYACUCHO]);
  });

  it('a new source (the style reloaded) starts over and gets every district', () => {
    const first = onSource({});
    first.apply(base);
    const second = onSource({});
    second.apply(base);
    expect(second.calls).toEqual([PICHARI, AYACUCHO]);
  });
});

describe('district layers', () => {
  it('a fill that MapLibre skips (constant opacity 0) under the outline', () => {
    const [fill, line, ...rest] = districtLayers();
    expect(rest).toEqual([]);
    expect(fill).toMatchObject({ id: DISTRICT_LAYER_IDS.fill, type: 'fill' });
    expect((fill as { paint: Record<string, unknown> }).paint).toEqual({ 'fill-opacity': 0 });
    expect(line).toMatchObject({ id: DISTRICT_LAYER_IDS.line, type: 'line' });
    expect(JSON.stringify(line)).toContain('"feature-state","line"');
  });
});

describe('districtAt', () => {
  it('reads the ubigeo of the topmost feature, or null over no district', () => {
    expect(
      districtAt([{ properties: { ubigeo: PICHARI } }, { properties: { ubigeo: AYACUCHO } }]),
    ).toBe(PICHARI);
    expect(districtAt([])).toBeNull();
    expect(districtAt(undefined)).toBeNull();
    expect(districtAt([{ properties: { ubigeo: 80910 } }])).toBeNull();
  });
});

describe('the offline style', () => {
  const style = buildOfflineStyle({
    peruOutline: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [] },
    },
    peruDepartments: [],
    provinceBorders: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: [] },
    },
    departmentBorders: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: [] },
    },
    vraemOutline: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [] },
    },
    rivers: empty,
    districts: districtCollection(shapes, index),
  });
  const order = style.layers.map((l) => l.id);
  const at = (id: string) => order.indexOf(id);

  it('draws district outlines above their fills, and borders and rivers above both', () => {
    expect(order).not.toContain('background');
    expect(at(DISTRICT_LAYER_IDS.fill)).toBeGreaterThan(at(LAYER_IDS.outsidePeru));
    expect(at(DISTRICT_LAYER_IDS.line)).toBeGreaterThan(at(DISTRICT_LAYER_IDS.fill));
    expect(at(LAYER_IDS.provinceBorders)).toBeGreaterThan(at(DISTRICT_LAYER_IDS.line));
    expect(at(LAYER_IDS.lines)).toBeGreaterThan(at(LAYER_IDS.provinceBorders));
  });

  it('is a valid MapLibre style (checked by the MapLibre style validator)', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has two sources only besides the hover outline, so frames switch sources rarely', () => {
    expect(Object.keys(style.sources).sort()).toEqual(
      [DISTRICT_SOURCE, HIGHLIGHT_SOURCE, BOUNDARY_SOURCE].sort(),
    );
  });

  it('draws the hover/selection outline on top of everything', () => {
    expect(order.at(-1)).toBe(DISTRICT_LAYER_IDS.highlight);
  });

  it('keys the district source by ubigeo, so that feature-state finds each district', () => {
    expect(style.sources.districts).toMatchObject({ type: 'geojson', promoteId: 'ubigeo' });
  });

  it('hands the districts to the worker first and holds back every base layer until they draw', () => {
    expect(Object.keys(style.sources)[0]).toBe('districts');
    const hidden = style.layers
      .filter((l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none')
      .map((l) => l.id);
    // The hover outline too, until there is something to outline.
    expect(hidden.sort()).toEqual([...BASE_LAYER_IDS, DISTRICT_LAYER_IDS.highlight].sort());
    const drawnFromStart = style.layers.filter((l) => !hidden.includes(l.id)).map((l) => l.id);
    expect(drawnFromStart).toEqual(districtLayers().map((l) => l.id));
  });
});
