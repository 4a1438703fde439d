/**
 * The page's layout, as far as code needs it: when the one-column layout takes over, and how much
 * room the panels floating over the map leave when the map first fits the VRAEM.
 */

/**
 * The one-column layout's breakpoint: in em, so that large default fonts switch too. The CSS says
 * the same in its media queries (adaptive.css, scope.css, workspace.css), which
 * tests/ui/layout.test.ts holds to this value.
 */
export const NARROW_LAYOUT_EM = 60;
export const NARROW_LAYOUT_QUERY = `(max-width: ${NARROW_LAYOUT_EM}em)`;

/** Room for the district list on the left and the panel on the right, which float over the map. */
export const FIT_PADDING = { top: 30, bottom: 60, left: 300, right: 60 };

/**
 * In the one-column layout nothing floats over the map: a thin margin, so that the VRAEM fills a
 * phone's map instead of a corner of it.
 */
export const NARROW_FIT_PADDING = { top: 16, bottom: 16, left: 16, right: 16 };

/** Padding for the first fit of the VRAEM, by layout (the WebGL map and the flat one). */
export function fitPadding(narrow: boolean) {
  return narrow ? NARROW_FIT_PADDING : FIT_PADDING;
}

/** True in the one-column layout (browser only). */
export const isNarrowLayout = () => window.matchMedia(NARROW_LAYOUT_QUERY).matches;
