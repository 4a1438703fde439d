/**
 * The panels that float over the map on a wide screen, read from the page as they are laid out
 * now (their real size: language, large text and open charts change it). In the one-column layout
 * they sit outside the map's box and so take no room from it.
 */
import { panelPadding, roomInside, type Padding, type Rect } from '../domain/panelFit';

const FLOATING_PANELS = [
  '.sidebar',
  '.legend-dock',
  '.chart-panel',
  '.view-toggles',
  '.briefing-bar',
  '.maplibregl-ctrl-top-right',
  '.map-hint',
  '.key-figures',
  '.scatter-panel',
  // A district opened by a click: its panel covers the right of the map, where the VRAEM was.
  '.district-panel',
];

function rectOf(element: Element): Rect | null {
  const r = element.getBoundingClientRect();
  return r.width > 0 && r.height > 0
    ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    : null;
}

export function floatingPanelRects(root: ParentNode = document): Rect[] {
  return FLOATING_PANELS.flatMap((selector) =>
    Array.from(root.querySelectorAll(selector), rectOf).filter((r): r is Rect => r !== null),
  );
}

/**
 * Padding of `mapElement` (CSS pixels) that keeps the floating panels out of the room for a box
 * of `aspect` (width / height), with `margin` all round; null when the map has no size.
 */
export function mapPanelPadding(mapElement: Element, aspect: number, margin: number) {
  const map = rectOf(mapElement);
  if (!map) return null;
  const padding: Padding = panelPadding(map, floatingPanelRects(), aspect, margin);
  return { map, padding, room: roomInside(map, padding) };
}
