/**
 * A scale bar for an exported map: the longest "round" distance (1, 2 or 5 × 10^n metres) that
 * fits in `maxPx` CSS pixels, at the map's centre latitude (Web Mercator, 512 px tiles).
 */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

export function metresPerPixel(zoom: number, latitude: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  px: number;
  /** "50 km" or "500 m". */
  label: string;
}

export function scaleBar(zoom: number, latitude: number, maxPx: number): ScaleBar {
  const perPx = metresPerPixel(zoom, latitude);
  const maxMetres = perPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  return {
    metres,
    px: metres / perPx,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
  };
}
