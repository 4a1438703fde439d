/**
 * Districts drawn by MapLibre itself: one GeoJSON source, a fill layer and an outline layer whose
 * colours come from feature-state, and a small source for the hovered/selected outline.
 *
 * Why not deck.gl: in software WebGL (SwiftShader) deck's stroked GeoJsonLayer redrew every
 * district outline as a PathLayer on each change, about 2 s per frame. Recolouring through
 * feature-state only rewrites the colour attributes of the tiles; hover only swaps the one or two
 * features of the highlight source. Geometry is parsed and tiled in MapLibre's worker, off the
 * main thread.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type {
  FeatureIdentifier,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import type { DistrictFeature } from '../data/loadAtlas';
import type { DistrictIndex } from '../domain/districts';
import type { MissingKind } from '../domain/values';
import { MISSING_KINDS, patternImage, patternImageId, patternRatio } from './missingPatterns';
import { COLORS, rgbaCss, type RGBA } from './palette';
import type { DistrictPaint } from './themePaints';

export const DISTRICT_SOURCE = 'districts';
export const HIGHLIGHT_SOURCE = 'district-highlight';

export const DISTRICT_LAYER_IDS = {
  fill: 'district-fill',
  line: 'district-line',
  highlight: 'district-highlight',
} as const;

export const patternLayerId = (kind: MissingKind) => `district-pattern-${kind}`;

interface DistrictProperties {
  ubigeo: string;
  /** VRAEM outlines are drawn after (above) the others where two districts share a border. */
  vraem: boolean;
}

interface HighlightProperties {
  ubigeo: string;
  selected: boolean;
}

type DistrictGeometry = Polygon | MultiPolygon;

/** The source data: each shape with its ubigeo (the feature-state id) and VRAEM membership. */
export function districtCollection(
  shapes: readonly DistrictFeature[],
  index: DistrictIndex,
): FeatureCollection<DistrictGeometry, DistrictProperties> {
  return {
    type: 'FeatureCollection',
    features: shapes.map((s) => ({
      type: 'Feature',
      geometry: s.geometry,
      properties: {
        ubigeo: s.properties.ubigeo,
        vraem: index.byUbigeo.get(s.properties.ubigeo)?.vraem === true,
      },
    })),
  };
}

/** Outlines of the hovered (amber) and selected (red) district; a selected one stays red. */
export function highlightCollection(
  shapes: readonly DistrictFeature[],
  hovered: string | null,
  selected: string | null,
): FeatureCollection<DistrictGeometry, HighlightProperties> {
  const features: Feature<DistrictGeometry, HighlightProperties>[] = [];
  for (const s of shapes) {
    const ubigeo = s.properties.ubigeo;
    if (ubigeo !== hovered && ubigeo !== selected) continue;
    features.push({
      type: 'Feature',
      geometry: s.geometry,
      properties: { ubigeo, selected: ubigeo === selected },
    });
  }
  // The selected outline last, so it is drawn above a hovered neighbour's.
  features.sort((a, b) => Number(a.properties.selected) - Number(b.properties.selected));
  return { type: 'FeatureCollection', features };
}

export function districtSources(districts: FeatureCollection): Record<string, SourceSpecification> {
  return {
    [DISTRICT_SOURCE]: { type: 'geojson', data: districts, promoteId: 'ubigeo' },
    [HIGHLIGHT_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Fill, gap patterns and outline, to be placed below the style's rivers and boundaries. */
export function districtLayers(): LayerSpecification[] {
  return [
    {
      id: DISTRICT_LAYER_IDS.fill,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: {
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], TRANSPARENT]],
        // The outline layer draws the edges: MapLibre's antialiasing pass would draw them again.
        'fill-antialias': false,
      },
    },
    ...patternLayers(),
    {
      id: DISTRICT_LAYER_IDS.line,
      type: 'line',
      source: DISTRICT_SOURCE,
      layout: { 'line-sort-key': ['case', ['get', 'vraem'], 1, 0] },
      paint: {
        'line-color': ['to-color', ['coalesce', ['feature-state', 'line'], TRANSPARENT]],
        'line-width': 1,
      },
    },
  ];
}

/**
 * One fill layer per kind of gap, each drawing its pattern (a constant image: fill-pattern cannot
 * read feature-state) at an opacity that feature-state turns on only for districts of that kind.
 * A layer is drawn only while some district shows its kind (`fill-layer-opacity`, set by
 * applyDistrictPaint): MapLibre shades every district of a fill layer even where its opacity is 0,
 * and in software WebGL each such pass over the map costs as much as the colours themselves.
 */
export function patternLayers(): LayerSpecification[] {
  return MISSING_KINDS.map((kind) => ({
    id: patternLayerId(kind),
    type: 'fill',
    source: DISTRICT_SOURCE,
    paint: {
      'fill-pattern': patternImageId(kind),
      'fill-antialias': false,
      // A layer-wide constant: changing it re-tiles nothing (a data-driven one would), and
      // MapLibre skips a layer whose value is 0. No fade: in between, it draws the layer twice.
      'fill-layer-opacity': 0,
      'fill-layer-opacity-transition': { duration: 0, delay: 0 },
      'fill-opacity': [
        'case',
        ['==', ['feature-state', 'pattern'], kind],
        ['coalesce', ['feature-state', 'patternOpacity'], 1],
        0,
      ],
    },
  }));
}

/**
 * The pattern layers are in the style from the start (adding layers to the district source after
 * it loads made MapLibre tile it twice before the first frame); their images are made in the page
 * when MapLibre first asks for them, for the screen's pixel ratio.
 */
export function resolvePatternImages(
  map: Pick<MapLibreMap, 'addImage' | 'hasImage' | 'setMissingStyleImageResolver'>,
  pixelRatio: number,
): void {
  const ratio = patternRatio(pixelRatio);
  map.setMissingStyleImageResolver((id) => {
    const kind = MISSING_KINDS.find((k) => patternImageId(k) === id);
    if (kind && !map.hasImage(id))
      map.addImage(id, patternImage(kind, ratio), { pixelRatio: ratio });
  });
}

/**
 * The hover/selection outline, on top of everything in the style. Hidden while it has nothing to
 * outline (see setHighlight): an empty layer of its own source still costs each frame a pass.
 */
export function highlightLayer(): LayerSpecification {
  return {
    id: DISTRICT_LAYER_IDS.highlight,
    type: 'line',
    source: HIGHLIGHT_SOURCE,
    layout: { 'line-join': 'round', visibility: 'none' },
    paint: {
      'line-color': [
        'case',
        ['get', 'selected'],
        rgbaCss(COLORS.selectedLine),
        rgbaCss(COLORS.hoverLine),
      ],
      'line-width': 3,
    },
  };
}

/** CSS colour with the full alpha precision (rgbaCss rounds to 2 decimals, enough for a legend). */
function css([r, g, b, a]: RGBA): string {
  return `rgba(${r}, ${g}, ${b}, ${a / 255})`;
}

/** The state last written for each district, per district source (a new source starts empty). */
const written = new WeakMap<object, Map<string, string>>();

/**
 * Writes each district's fill and outline colour, and its gap pattern, into feature-state —
 * only where they changed since the last write to the same source: MapLibre re-uploads the
 * colours of every layer of a feature whose state is set, changed or not, so a year step that
 * recolours a few districts costs only those.
 */
export function applyDistrictPaint(
  map: {
    setFeatureState: (target: FeatureIdentifier, state: Record<string, string | number>) => unknown;
    getSource?: (id: string) => object | undefined;
    setPaintProperty?: (layerId: string, name: 'fill-layer-opacity', value: number) => unknown;
  },
  shapes: readonly DistrictFeature[],
  paint: DistrictPaint,
): void {
  const source = map.getSource?.(DISTRICT_SOURCE);
  let last = source ? written.get(source) : undefined;
  if (source && !last) written.set(source, (last = new Map()));
  const shown = new Set<MissingKind>();
  for (const s of shapes) {
    const id = s.properties.ubigeo;
    const mark = paint.pattern?.(id) ?? null;
    if (mark && mark.opacity > 0) shown.add(mark.kind);
    const state = {
      fill: css(paint.fill(id)),
      line: css(paint.line(id)),
      pattern: mark?.kind ?? 'none',
      patternOpacity: mark?.opacity ?? 0,
    };
    const key = `${state.fill}|${state.line}|${state.pattern}|${state.patternOpacity}`;
    if (last?.get(id) === key) continue;
    map.setFeatureState({ source: DISTRICT_SOURCE, id }, state);
    last?.set(id, key);
  }
  // MapLibre ignores a value equal to the current one.
  for (const kind of MISSING_KINDS) {
    map.setPaintProperty?.(patternLayerId(kind), 'fill-layer-opacity', shown.has(kind) ? 1 : 0);
  }
}

export function setDistrictShapes(
  map: MapLibreMap,
  shapes: readonly DistrictFeature[],
  index: DistrictIndex,
): void {
  map.getSource<GeoJSONSource>(DISTRICT_SOURCE)?.setData(districtCollection(shapes, index));
}

export function setHighlight(
  map: Pick<MapLibreMap, 'getSource' | 'setLayoutProperty'>,
  shapes: readonly DistrictFeature[],
  hovered: string | null,
  selected: string | null,
): void {
  const outlines = highlightCollection(shapes, hovered, selected);
  map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData(outlines);
  // MapLibre ignores a value equal to the current one.
  const visibility = outlines.features.length > 0 ? 'visible' : 'none';
  map.setLayoutProperty(DISTRICT_LAYER_IDS.highlight, 'visibility', visibility);
}

/** The district under a point, from the features MapLibre found there (topmost first). */
export function districtAt(features: readonly { properties: unknown }[] | undefined) {
  const props = features?.[0]?.properties as { ubigeo?: unknown } | undefined;
  return typeof props?.ubigeo === 'string' ? props.ubigeo : null;
}
