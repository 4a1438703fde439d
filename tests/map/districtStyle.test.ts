import type { FeatureCollection } from 'geojson';
import type { FeatureIdentifier } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../src/data/loadAtlas';
import { indexDistricts } from '../../src/domain/districts';
import {
  applyDistrictPaint,
  DISTRICT_LAYER_IDS,
  districtAt,
  districtCollection,
  highlightCollection,
} from '../../src/map/districtStyle';
import { buildOfflineStyle, LAYER_IDS } from '../../src/map/offlineStyle';
import { COLORS } from '../../src/map/palette';
import { vraemPaint, type DistrictPaint } from '../../src/map/themePaints';
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
});

describe('district colours in feature-state', () => {
  function recorded(paint: DistrictPaint) {
    const calls: [FeatureIdentifier, Record<string, unknown>][] = [];
    applyDistrictPaint({ setFeatureState: (id, state) => calls.push([id, state]) }, shapes, paint);
    return calls;
  }

  it('writes the fill and outline of every district, VRAEM outlines darker', () => {
    const calls = recorded(vraemPaint(index));
    expect(calls).toEqual([
      [
        { source: 'districts', id: PICHARI },
        { fill: 'rgba(38, 120, 140, 0.5882352941176471)', line: 'rgba(20, 70, 85, 1)' },
      ],
      [
        { source: 'districts', id: AYACUCHO },
        {
          fill: 'rgba(190, 182, 168, 0.27450980392156865)',
          line: 'rgba(150, 142, 128, 0.5490196078431373)',
        },
      ],
    ]);
    expect(COLORS.vraemLine[3]).toBeGreaterThan(COLORS.contextLine[3]);
  });

  it('keeps a per-district fill alpha (dimming a filtered-out district)', () => {
    const base = vraemPaint(index);
    const dimmed: DistrictPaint = {
      ...base,
      fill: (u) => {
        const [r, g, b] = base.fill(u);
        return u === AYACUCHO ? [r, g, b, 0] : base.fill(u);
      },
      key: 'vraem-dimmed',
    };
    const [pichari, ayacucho] = recorded(dimmed);
    expect(pichari?.[1].fill).toBe('rgba(38, 120, 140, 0.5882352941176471)');
    expect(ayacucho?.[1].fill).toBe('rgba(190, 182, 168, 0)');
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

  it('draws district outlines above their fills, and rivers and boundaries above both', () => {
    expect(at(DISTRICT_LAYER_IDS.fill)).toBeGreaterThan(at(LAYER_IDS.peruFill));
    expect(at(DISTRICT_LAYER_IDS.line)).toBeGreaterThan(at(DISTRICT_LAYER_IDS.fill));
    expect(at(LAYER_IDS.rivers)).toBeGreaterThan(at(DISTRICT_LAYER_IDS.line));
    expect(at(LAYER_IDS.vraemOutline)).toBeGreaterThan(at(LAYER_IDS.departmentBorders));
  });

  it('draws the hover/selection outline on top of everything', () => {
    expect(order.at(-1)).toBe(DISTRICT_LAYER_IDS.highlight);
  });

  it('keys the district source by ubigeo, so that feature-state finds each district', () => {
    expect(style.sources.districts).toMatchObject({ type: 'geojson', promoteId: 'ubigeo' });
  });
});
