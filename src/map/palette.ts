/** Colours of the base map, as RGBA tuples for deck.gl and CSS strings for MapLibre/legend. */
export type RGBA = [number, number, number, number];

export const COLORS = {
  background: '#dce6ec',
  peruLand: '#f3f0e8',
  peruDepartmentLine: '#b8b0a2',
  provinceLine: '#8a8377',
  departmentLine: '#4f4a42',
  vraemOutline: '#7a2e1d',
  river: '#4a90c2',
  vraemFill: [38, 120, 140, 150] as RGBA,
  vraemNewFill: [120, 190, 200, 150] as RGBA,
  vraemLine: [20, 70, 85, 255] as RGBA,
  contextFill: [190, 182, 168, 70] as RGBA,
  contextLine: [150, 142, 128, 140] as RGBA,
  hoverLine: [255, 196, 0, 255] as RGBA,
  selectedLine: [200, 40, 20, 255] as RGBA,
  labelText: [28, 28, 28, 255] as RGBA,
  labelHalo: [255, 255, 255, 220] as RGBA,
} as const;

/** CSS colour of an RGBA tuple, for the legend. */
export function rgbaCss([r, g, b, a]: RGBA): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
}

/** CSS colour with the full alpha precision (rgbaCss rounds to 2 decimals, enough for a legend). */
export function rgbaCssExact([r, g, b, a]: RGBA): string {
  return `rgba(${r}, ${g}, ${b}, ${a / 255})`;
}

/** RGBA of a "#rrggbb" colour, with an alpha 0..255. */
export function hexToRgba(hex: string, alpha = 255): RGBA {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
