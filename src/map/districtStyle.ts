/**
 * Districts in MapLibre: one GeoJSON source with an outline layer whose colours come from
 * feature-state, a fill layer that draws nothing but answers "which district is here", and a
 * small source for the hovered/selected outline. The fills and gap patterns are drawn on a 2D
 * canvas under the map (fillCanvas.ts), so that recolouring makes no WebGL frame.
 *
 * Why not deck.gl: in software WebGL (SwiftShader) deck's stroked GeoJsonLayer redrew every
 * district outline as a PathLayer on each change, about 2 s per frame. Hover only swaps the one or
 * two features of the highlight source. Geometry is parsed and tiled in MapLibre's worker, off the
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
import { COLORS, rgbaCss, rgbaCssExact } from './palette';
import type { DistrictPaint } from './themePaints';

export const DISTRICT_SOURCE = 'districts';
export const HIGHLIGHT_SOURCE = 'district-highlight';

export const DISTRICT_LAYER_IDS = {
  fill: 'district-fill',
  line: 'district-line',
  highlight: 'district-highlight',
} as const;

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

/** The (invisible) fill and the outline, to be placed below the style's rivers and boundaries. */
export function districtLayers(): LayerSpecification[] {
  return [
    {
      // Draws nothing (MapLibre skips a fill of constant opacity 0; the colours are on the fill
      // canvas) but is where MapLibre finds the district under the pointer.
      id: DISTRICT_LAYER_IDS.fill,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: { 'fill-opacity': 0 },
    },
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

/** The outline colour last written for each district, per district source (a new one starts empty). */
const written = new WeakMap<object, Map<string, string>>();

/**
 * Writes each district's outline colour into feature-state — only where it changed since the last
 * write to the same source: any feature-state write makes MapLibre re-upload that feature's
 * colours and draw a frame, so a year step, which changes no outline, writes nothing.
 */
export function applyDistrictOutlines(
  map: {
    setFeatureState: (target: FeatureIdentifier, state: Record<string, string>) => unknown;
    getSource?: (id: string) => object | undefined;
  },
  shapes: readonly DistrictFeature[],
  paint: DistrictPaint,
): void {
  const source = map.getSource?.(DISTRICT_SOURCE);
  let last = source ? written.get(source) : undefined;
  if (source && !last) written.set(source, (last = new Map()));
  for (const s of shapes) {
    const id = s.properties.ubigeo;
    const line = rgbaCssExact(paint.line(id));
    if (last?.get(id) === line) continue;
    map.setFeatureState({ source: DISTRICT_SOURCE, id }, { line });
    last?.set(id, line);
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
