/**
 * The panels that float over the map on a wide screen, read from the page as they are laid out
 * now (their real size: language, large text and open charts change it). In the one-column layout
 * they sit outside the map's box and so take no room from it.
 */
import { panelPadding, roomInside, type Padding, type Rect } from '../domain/panelFit';

/**
 * Every floating panel is measured for the room it leaves. `observed`: its size changes with
 * what it shows (data arriving, the charts or a district opening, language, large text), so the
 * first fit (useFirstFit.ts) watches it and refits. The two toolbars, the zoom buttons and the map
 * hint are measured but not watched: their size is fixed or follows the map area's, which is
 * watched itself, so watching them would only repeat refits to the same camera.
 */
export const FLOATING_PANELS: readonly { selector: string; observed: boolean }[] = [
  { selector: '.sidebar', observed: true },
  { selector: '.legend-dock', observed: true },
  { selector: '.chart-panel', observed: true },
  { selector: '.view-toggles', observed: false },
  { selector: '.briefing-bar', observed: false },
  { selector: '.maplibregl-ctrl-top-right', observed: false },
  { selector: '.map-hint', observed: false },
  { selector: '.key-figures', observed: true },
  { selector: '.scatter-panel', observed: true },
  // A district opened by a click: its panel covers the right of the map, where the VRAEM was.
  { selector: '.district-panel', observed: true },
];

/** What the first fit watches: the map area and the panels that change size. */
export const OBSERVED_FOR_FIT = [
  '.map-area',
  ...FLOATING_PANELS.filter((p) => p.observed).map((p) => p.selector),
].join(', ');

function rectOf(element: Element): Rect | null {
  const r = element.getBoundingClientRect();
  return r.width > 0 && r.height > 0
    ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    : null;
}

export function floatingPanelRects(root: ParentNode = document): Rect[] {
  return FLOATING_PANELS.flatMap(({ selector }) =>
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
