/** Which district names the map shows at a zoom (lineCanvas.ts draws them). */
export type LabelTier = 0 | 1 | 2;

/** None below zoom 8, the VRAEM districts from 8, every district from 9.5. */
export function labelTierForZoom(zoom: number): LabelTier {
  if (zoom >= 9.5) return 2;
  if (zoom >= 8) return 1;
  return 0;
}
