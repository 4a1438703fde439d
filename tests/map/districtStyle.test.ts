import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../src/data/loadAtlas';
import { indexDistricts } from '../../src/domain/districts';
import {
  DISTRICT_SOURCE,
  districtAt,
  districtCollection,
  highlightCollection,
} from '../../src/map/districtStyle';
import { buildOfflineStyle } from '../../src/map/offlineStyle';
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

describe('district source data', () => {
  it('carries the ubigeo (what picking returns) and VRAEM membership of each shape', () => {
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
  const style = buildOfflineStyle(districtCollection(shapes, index));

  it('is a valid MapLibre style (checked by the MapLibre style validator)', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('holds every district for picking and draws nothing: each layer fully transparent', () => {
    const source = style.sources[DISTRICT_SOURCE] as { data: { features: unknown[] } };
    expect(source.data.features).toHaveLength(shapes.length);
    expect(style.layers.length).toBeGreaterThan(0);
    for (const layer of style.layers) {
      expect(layer.type).toBe('fill');
      expect((layer as { paint?: Record<string, unknown> }).paint?.['fill-opacity']).toBe(0);
    }
  });

  it('fetches nothing: no glyphs, sprites or tiles', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });
});
