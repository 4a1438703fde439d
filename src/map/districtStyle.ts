/**
 * Districts in MapLibre: one GeoJSON source and a fill layer that draws nothing but answers
 * "which district is here" (MapLibre's picking, off the main thread: the source is parsed and
 * tiled in its worker). Everything visible is drawn on the map's 2D canvases (layerCanvas.ts).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type {
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import type { DistrictFeature } from '../data/loadAtlas';
import type { DistrictIndex } from '../domain/districts';

export const DISTRICT_SOURCE = 'districts';

export const DISTRICT_LAYER_IDS = {
  fill: 'district-fill',
} as const;

interface DistrictProperties {
  ubigeo: string;
  vraem: boolean;
}

interface HighlightProperties {
  ubigeo: string;
  selected: boolean;
}

type DistrictGeometry = Polygon | MultiPolygon;

/** The source data: each shape with its ubigeo and VRAEM membership. */
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
    [DISTRICT_SOURCE]: { type: 'geojson', data: districts },
  };
}

/** The picking layer: nothing else of the districts is a MapLibre layer. */
export function districtLayers(): LayerSpecification[] {
  return [
    {
      // Draws nothing (MapLibre skips a fill of constant opacity 0) but is where MapLibre finds
      // the district under the pointer.
      id: DISTRICT_LAYER_IDS.fill,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: { 'fill-opacity': 0 },
    },
  ];
}

/** New shapes for picking; resolves once MapLibre's worker holds them. */
export async function setDistrictShapes(
  map: MapLibreMap,
  shapes: readonly DistrictFeature[],
  index: DistrictIndex,
): Promise<void> {
  await map.getSource<GeoJSONSource>(DISTRICT_SOURCE)?.setData(districtCollection(shapes, index));
}

/** The district under a point, from the features MapLibre found there (topmost first). */
export function districtAt(features: readonly { properties: unknown }[] | undefined) {
  const props = features?.[0]?.properties as { ubigeo?: unknown } | undefined;
  return typeof props?.ubigeo === 'string' ? props.ubigeo : null;
}
