/**
 * The room that floating panels leave on the map, for fitting the VRAEM into it (the first view)
 * and for cutting the printed map around it. Panels float over the map's edges (the controls on
 * the left, the legend at the bottom left, the charts, the toolbar at the top); each is kept out
 * of the fit by a padding on one side of the map. Which side is chosen so that the box to fit
 * comes out largest: a legend in the bottom-left corner is passed on its right when the box is
 * tall, under it when the box is wide. Pure: rectangles in, padding out.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

type Side = keyof Padding;
const SIDES: readonly Side[] = ['left', 'right', 'top', 'bottom'];

/** Padding needed on `side` of `map` to keep `panel` out of the room left. */
function need(map: Rect, panel: Rect, side: Side): number {
  switch (side) {
    case 'left':
      return panel.right - map.left;
    case 'right':
      return map.right - panel.left;
    case 'top':
      return panel.bottom - map.top;
    case 'bottom':
      return map.bottom - panel.top;
  }
}

/** The part of `panel` over `map`, or null when they do not overlap. */
function overlap(map: Rect, panel: Rect): Rect | null {
  const r = {
    left: Math.max(map.left, panel.left),
    top: Math.max(map.top, panel.top),
    right: Math.min(map.right, panel.right),
    bottom: Math.min(map.bottom, panel.bottom),
  };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

/**
 * Scale at which a box of `aspect` (width / height) fits the room inside `padding` plus `margin`
 * on every side; 0 when there is no room.
 */
function fitScale(map: Rect, padding: Padding, aspect: number, margin: number): number {
  const width = map.right - map.left - padding.left - padding.right - 2 * margin;
  const height = map.bottom - map.top - padding.top - padding.bottom - 2 * margin;
  if (width <= 0 || height <= 0) return 0;
  return Math.min(width / aspect, height);
}

/**
 * Padding (CSS pixels from each edge of `map`) that keeps every panel out of the room left for a
 * box of `aspect` (width / height), chosen so that the box fits largest, plus `margin` all round.
 * Panels that miss the map are ignored. Tries every assignment of panel to side: there are a
 * handful of panels.
 */
export function panelPadding(
  map: Rect,
  panels: readonly Rect[],
  aspect: number,
  margin = 0,
): Padding {
  const over = panels.map((p) => overlap(map, p)).filter((p): p is Rect => p !== null);
  let best: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  let bestScale = -1;
  const combinations = SIDES.length ** over.length;
  for (let code = 0; code < combinations; code++) {
    const padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
    let rest = code;
    for (const panel of over) {
      const side = SIDES[rest % SIDES.length] ?? 'left';
      rest = Math.floor(rest / SIDES.length);
      padding[side] = Math.max(padding[side], need(map, panel, side));
    }
    const scale = fitScale(map, padding, aspect, margin);
    if (scale > bestScale) {
      bestScale = scale;
      best = padding;
    }
  }
  return {
    top: best.top + margin,
    right: best.right + margin,
    bottom: best.bottom + margin,
    left: best.left + margin,
  };
}

/** The room inside `padding`, as a rectangle in `map`'s coordinates. */
export function roomInside(map: Rect, padding: Padding): Rect {
  return {
    left: map.left + padding.left,
    top: map.top + padding.top,
    right: map.right - padding.right,
    bottom: map.bottom - padding.bottom,
  };
}

/**
 * The largest rectangle of `aspect` (width / height) inside `bounds` that is centred on `room`
 * as nearly as the bounds allow and holds it where it can: how the printed map (a box of fixed
 * shape) is cut from the screen's map so that the room the panels left is on paper.
 */
export function cropAround(bounds: Rect, room: Rect, aspect: number): Rect {
  const boundsWidth = bounds.right - bounds.left;
  const boundsHeight = bounds.bottom - bounds.top;
  const roomWidth = room.right - room.left;
  const roomHeight = room.bottom - room.top;
  // At least the room, at the aspect; at most the bounds.
  let width = Math.max(roomWidth, roomHeight * aspect);
  let height = width / aspect;
  if (width > boundsWidth) {
    width = boundsWidth;
    height = width / aspect;
  }
  if (height > boundsHeight) {
    height = boundsHeight;
    width = height * aspect;
  }
  const cx = (room.left + room.right) / 2;
  const cy = (room.top + room.bottom) / 2;
  const left = Math.min(Math.max(cx - width / 2, bounds.left), bounds.right - width);
  const top = Math.min(Math.max(cy - height / 2, bounds.top), bounds.bottom - height);
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * Width / height on screen of a longitude–latitude box in Web Mercator (the same at every zoom).
 */
export function mercatorAspect(bbox: readonly [number, number, number, number]): number {
  const [west, south, east, north] = bbox;
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const width = ((east - west) * Math.PI) / 180;
  const height = y(north) - y(south);
  return height > 0 ? width / height : 1;
}
