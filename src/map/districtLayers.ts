/**
 * deck.gl layer factories: pure functions of their props, rebuilt each render and matched by id.
 * Geometry stays static; only the small highlight layer changes on hover.
 */
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { DistrictFeature } from '../data/loadAtlas';
import type { District, DistrictIndex } from '../domain/districts';
import { DISTRICTS_BEFORE_ID } from './offlineStyle';
import { COLORS } from './palette';
import type { DistrictPaint } from './themePaints';

export const DECK_LAYER_IDS = {
  districts: 'districts',
  highlight: 'district-highlight',
  labels: 'district-labels',
} as const;

export const LABEL_FONT =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

// MapLibreOverlay (interleaved) reads `beforeId` from layer props; deck's types do not declare
// it, and a spread is exempt from the excess-property check.
const BELOW_BOUNDARIES = { beforeId: DISTRICTS_BEFORE_ID };

export function buildDistrictLayer(shapes: readonly DistrictFeature[], paint: DistrictPaint) {
  return new GeoJsonLayer<DistrictFeature['properties']>({
    id: DECK_LAYER_IDS.districts,
    ...BELOW_BOUNDARIES,
    data: shapes as DistrictFeature[],
    pickable: true,
    stroked: true,
    filled: true,
    getFillColor: (f) => paint.fill((f as DistrictFeature).properties.ubigeo),
    getLineColor: (f) => paint.line((f as DistrictFeature).properties.ubigeo),
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 0.5,
    updateTriggers: { getFillColor: [paint.key], getLineColor: [paint.key] },
  });
}

export interface HighlightProps {
  shapes: readonly DistrictFeature[];
  hovered: string | null;
  selected: string | null;
}

/** Outlines for the hovered (amber) and selected (red) district, drawn above the fills. */
export function buildHighlightLayer({ shapes, hovered, selected }: HighlightProps) {
  const wanted = new Set([hovered, selected].filter((u): u is string => u !== null));
  const data = shapes.filter((s) => wanted.has(s.properties.ubigeo));
  return new GeoJsonLayer<DistrictFeature['properties']>({
    id: DECK_LAYER_IDS.highlight,
    data,
    pickable: false,
    stroked: true,
    filled: false,
    getLineColor: (f) =>
      (f as DistrictFeature).properties.ubigeo === selected
        ? COLORS.selectedLine
        : COLORS.hoverLine,
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
    updateTriggers: { getLineColor: [selected] },
  });
}

/** Which labels to show at a zoom: none, the VRAEM districts, or every district. */
export type LabelTier = 0 | 1 | 2;

export function labelTierForZoom(zoom: number): LabelTier {
  if (zoom >= 9.5) return 2;
  if (zoom >= 8) return 1;
  return 0;
}

export function buildLabelLayer(index: DistrictIndex, tier: LabelTier) {
  const data = tier === 2 ? index.list : tier === 1 ? index.vraem : [];
  return new TextLayer<District>({
    id: DECK_LAYER_IDS.labels,
    data: data as District[],
    visible: tier > 0,
    getPosition: (d) => d.labelPoint,
    getText: (d) => d.name,
    getSize: (d) => (d.vraem ? 13 : 11),
    getColor: COLORS.labelText,
    fontFamily: LABEL_FONT,
    characterSet: 'auto',
    fontSettings: { sdf: true },
    outlineWidth: 4,
    outlineColor: COLORS.labelHalo,
    sizeUnits: 'pixels',
    billboard: true,
    pickable: false,
  });
}
