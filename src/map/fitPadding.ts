// Room for the district list on the left and the panel on the right, which float over the map.
const FIT_PADDING = { top: 30, bottom: 60, left: 300, right: 60 };
// In the one-column layout (adaptive.css, under 60 em) nothing floats over the map: a thin margin, so
// that the VRAEM fills a phone's map instead of a corner of it.
const NARROW_FIT_PADDING = { top: 16, bottom: 16, left: 16, right: 16 };

/** Padding for the first fit of the VRAEM, by layout (the WebGL map and the flat one). */
export function fitPadding(narrow: boolean) {
  return narrow ? NARROW_FIT_PADDING : FIT_PADDING;
}

/** True in the one-column layout (adaptive.css). */
export const isNarrowLayout = () => window.matchMedia('(max-width: 60em)').matches;
