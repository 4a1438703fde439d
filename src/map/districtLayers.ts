/**
 * deck.gl layer factories for the districts: pure functions of their props, rebuilt each render
 * and matched by id. Only the labels are deck.gl's (a TextLayer draws them without a glyph
 * server); fills, outlines and the highlight are MapLibre layers (districtStyle.ts).
 */
import { TextLayer } from '@deck.gl/layers';
import type { District, DistrictIndex } from '../domain/districts';
import type { LabelTier } from './labelTier';
import { COLORS } from './palette';

export const DECK_LAYER_IDS = {
  labels: 'district-labels',
} as const;

export const LABEL_FONT =
  'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

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
