/**
 * The map viewport in the URL hash (#map=zoom/lat/lon, as OpenStreetMap writes it): a link
 * reopens the same view without a history entry per pan. A malformed hash gives null (the map
 * then fits the VRAEM).
 */
export interface Viewport {
  zoom: number;
  latitude: number;
  longitude: number;
}

const HASH = /^#map=(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/;

export function parseViewport(hash: string): Viewport | null {
  const match = HASH.exec(hash);
  if (!match) return null;
  const [zoom, latitude, longitude] = match.slice(1).map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(latitude) > 85 || Math.abs(longitude) > 180) return null;
  return { zoom, latitude, longitude };
}

/**
 * Three decimals of zoom and five of degrees (about 1 m): the reopened view is the same to a
 * pixel (with two decimals of zoom a place 1,000 px from the centre moved by up to 3.5 px).
 */
export function serializeViewport(view: Viewport): string {
  const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  return `#map=${round(view.zoom, 3)}/${round(view.latitude, 5)}/${round(view.longitude, 5)}`;
}
