/** District paints for the theme layers: pure lookups from a model to colours. */
import type { DistrictIndex } from '../domain/districts';
import type { DistrictPaint } from './districtLayers';
import { COLORS, hexToRgba } from './palette';

/** Fills a district with a colour from a lookup; districts without one keep the context look. */
export function lookupPaint(
  index: DistrictIndex,
  colourOf: (ubigeo: string) => string | null,
  key: string,
  alpha = 215,
): DistrictPaint {
  return {
    fill: (u) => {
      const colour = colourOf(u);
      return colour ? hexToRgba(colour, alpha) : COLORS.contextFill;
    },
    // VRAEM districts keep a darker outline so membership stays readable under any theme.
    line: (u) => (index.byUbigeo.get(u)?.vraem ? COLORS.vraemLine : COLORS.contextLine),
    key,
  };
}
