import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { FeatureIdentifier } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../src/data/loadAtlas';
import { indexDistricts } from '../../src/domain/districts';
import {
  applyDistrictPaint,
  DISTRICT_LAYER_IDS,
  DISTRICT_SOURCE,
  districtAt,
  HIGHLIGHT_SOURCE,
  districtCollection,
  districtLayers,
  highlightCollection,
  patternLayers,
  resolvePatternImages,
  setHighlight,
} from '../../src/map/districtStyle';
import { BOUNDARY_SOURCE } from '../../src/map/boundaryStyle';
import { BASE_LAYER_IDS, buildOfflineStyle, LAYER_IDS } from '../../src/map/offlineStyle';
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

describe('writing only what changed', () => {
  function onSource(source: object) {
    const calls: string[] = [];
    const map = {
      setFeatureState: (id: FeatureIdentifier) => calls.push(String(id.id)),
      getSource: () => source,
    };
    return { calls, apply: (paint: DistrictPaint) => applyDistrictPaint(map, shapes, paint) };
  }
  const base = vraemPaint(index);
  const ayacuchoDimmed: DistrictPaint = {
    ...base,
    fill: (u) => (u === AYACUCHO ? [1, 2, 3, 0] : base.fill(u)),
    key: 'ayacucho-dimmed',
  };

  it('writes every district first, then only a district whose colours changed', () => {
    const { calls, apply } = onSource({});
    apply(base);
    expect(calls).toEqual([PICHARI, AYACUCHO]);
    apply(base);
    expect(calls).toHaveLength(2);
    apply(ayacuchoDimmed);
    expect(calls).toEqual([PICHARI, AYACUCHO, AYACUCHO]);
    apply(base);
    expect(calls).toEqual([PICHARI, AYACUCHO, AYACUCHO, AYACUCHO]);
  });

  it('a change of gap pattern alone is written', () => {
    const { calls, apply } = onSource({});
    const noGap = lookupPaint(
      index,
      () => '#fee08b',
      'coca|2015',
      215,
      () => null,
    );
    const gap = lookupPaint(
      index,
      () => '#fee08b',
      'coca|2014',
      215,
      (u) => (u === PICHARI ? 'noData' : null),
    );
    apply(noGap);
    apply(gap);
    expect(calls).toEqual([PICHARI, AYACUCHO, PICHARI]);
  });

  it('a new source (the style reloaded) starts over and gets every district', () => {
    const first = onSource({});
    first.apply(base);
    const second = onSource({});
    second.apply(base);
    expect(second.calls).toEqual([PICHARI, AYACUCHO]);
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

  it('pattern layers start unlit, so a view without gaps never draws them', () => {
    for (const layer of patternLayers()) {
      const paint = (layer as { paint: Record<string, unknown> }).paint;
      expect(paint['fill-layer-opacity']).toBe(0);
      expect(paint['fill-layer-opacity-transition']).toEqual({ duration: 0, delay: 0 });
    }
  });

  it('lights the pattern layer of each kind shown, and unlights it when no district shows it', () => {
    const layerOpacity = new Map<string, number>();
    const map = {
      setFeatureState: () => undefined,
      setPaintProperty: (layer: string, name: string, value: number) => {
        expect(name).toBe('fill-layer-opacity');
        layerOpacity.set(layer, value);
      },
    };
    applyDistrictPaint(map, shapes, withGaps);
    expect(Object.fromEntries(layerOpacity)).toEqual({
      'district-pattern-noData': 0,
      'district-pattern-notYetDistrict': 1,
      'district-pattern-outsideCoverage': 0,
    });
    // Dimmed (filtered out) the pattern still shows, faded: its layer stays lit.
    applyDistrictPaint(map, shapes, dimmedPaint(withGaps, new Set([AYACUCHO])));
    expect(layerOpacity.get('district-pattern-notYetDistrict')).toBe(1);
    applyDistrictPaint(map, shapes, vraemPaint(index));
    expect([...layerOpacity.values()]).toEqual([0, 0, 0]);
  });

  it('has its layers in the style between the district fills and outlines', () => {
    const ids = districtLayers().map((l) => l.id);
    expect(ids).toEqual([
      DISTRICT_LAYER_IDS.fill,
      ...patternLayers().map((l) => l.id),
      DISTRICT_LAYER_IDS.line,
    ]);
    expect(ids).toHaveLength(5);
  });

  it('makes its images when MapLibre asks, once, at a whole ratio; other names are not ours', () => {
    const images = new Map<string, { pixelRatio?: number }>();
    let resolver: ((id: string) => void) | null = null;
    const map = {
      hasImage: (id: string) => images.has(id),
      addImage: (id: string, _img: unknown, options?: { pixelRatio?: number }) => {
        if (images.has(id)) throw new Error(`${id} added twice`);
        images.set(id, options ?? {});
      },
      setMissingStyleImageResolver: (r: (id: string) => void) => {
        resolver = r;
      },
    } as unknown as Parameters<typeof resolvePatternImages>[0];
    resolvePatternImages(map, 2.4);
    expect(images.size).toBe(0);
    const ask = (id: string) => (resolver as ((id: string) => void) | null)?.(id);
    ask('missing-pattern-noData');
    ask('missing-pattern-noData');
    ask('some-other-icon');
    expect([...images.keys()]).toEqual(['missing-pattern-noData']);
    expect(images.get('missing-pattern-noData')?.pixelRatio).toBe(2);
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
    expect(drawnFromStart).toEqual([LAYER_IDS.background, ...districtLayers().map((l) => l.id)]);
  });
});
