import type { FeatureCollection } from 'geojson';
import type { FeatureIdentifier } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../src/data/loadAtlas';
import { indexDistricts } from '../../src/domain/districts';
import {
  addPatternLayers,
  applyDistrictPaint,
  DISTRICT_LAYER_IDS,
  districtAt,
  districtCollection,
  highlightCollection,
  patternLayers,
} from '../../src/map/districtStyle';
import { buildOfflineStyle, LAYER_IDS } from '../../src/map/offlineStyle';
import { COLORS } from '../../src/map/palette';
import { lookupPaint, vraemPaint, type DistrictPaint } from '../../src/map/themePaints';
import { dimmedPaint } from '../../src/ui/dimmedPaint';
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

function recorded(paint: DistrictPaint) {
  const calls: [FeatureIdentifier, Record<string, unknown>][] = [];
  applyDistrictPaint({ setFeatureState: (id, state) => calls.push([id, state]) }, shapes, paint);
  return calls;
}

describe('district colours in feature-state', () => {
  it('writes the fill and outline of every district, VRAEM outlines darker', () => {
    const calls = recorded(vraemPaint(index));
    expect(calls).toEqual([
      [
        { source: 'districts', id: PICHARI },
        {
          fill: 'rgba(38, 120, 140, 0.5882352941176471)',
          line: 'rgba(20, 70, 85, 1)',
          pattern: 'none',
          patternOpacity: 0,
        },
      ],
      [
        { source: 'districts', id: AYACUCHO },
        {
          fill: 'rgba(190, 182, 168, 0.27450980392156865)',
          line: 'rgba(150, 142, 128, 0.5490196078431373)',
          pattern: 'none',
          patternOpacity: 0,
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

describe('gap patterns in feature-state', () => {
  const withGaps = lookupPaint(
    index,
    (u) => (u === PICHARI ? '#c8c8c8' : '#fee08b'),
    'coca|2014',
    215,
    (u) => (u === PICHARI ? 'notYetDistrict' : null),
  );

  it('marks the kind of gap of each district, and "none" for a value', () => {
    const [pichari, ayacucho] = recorded(withGaps).map(([, state]) => state);
    expect(pichari).toMatchObject({ pattern: 'notYetDistrict', patternOpacity: 1 });
    expect(ayacucho).toMatchObject({ pattern: 'none', patternOpacity: 0 });
  });

  it('a filtered-out district keeps its pattern, faded like its colour', () => {
    const dimmed = dimmedPaint(withGaps, new Set([AYACUCHO]));
    expect(dimmed.pattern?.(PICHARI)).toEqual({ kind: 'notYetDistrict', opacity: 0.22 });
    expect(dimmed.pattern?.(AYACUCHO)).toBeNull();
  });

  it('one pattern layer per kind, lit only where feature-state names that kind', () => {
    const layers = patternLayers();
    expect(layers.map((l) => l.id)).toEqual([
      'district-pattern-noData',
      'district-pattern-notYetDistrict',
      'district-pattern-outsideCoverage',
    ]);
    const paint = (layers[1] as { paint: Record<string, unknown> }).paint;
    expect(paint['fill-pattern']).toBe('missing-pattern-notYetDistrict');
    expect(JSON.stringify(paint['fill-opacity'])).toContain('"notYetDistrict"');
  });

  it('adds its images and layers once, between the district fills and outlines', () => {
    const images = new Map<string, { pixelRatio?: number }>();
    const layers: [string, string | undefined][] = [];
    const map = {
      hasImage: (id: string) => images.has(id),
      addImage: (id: string, _img: unknown, options?: { pixelRatio?: number }) => {
        images.set(id, options ?? {});
      },
      getLayer: (id: string) => (layers.some(([l]) => l === id) ? {} : undefined),
      addLayer: (layer: { id: string }, before?: string) => {
        layers.push([layer.id, before]);
      },
    } as unknown as Parameters<typeof addPatternLayers>[0];
    addPatternLayers(map, 2.4);
    addPatternLayers(map, 2.4);
    expect(layers).toHaveLength(3);
    expect(layers.every(([, before]) => before === DISTRICT_LAYER_IDS.line)).toBe(true);
    expect([...images.values()].map((o) => o.pixelRatio)).toEqual([2, 2, 2]);
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
