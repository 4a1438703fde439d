/**
 * District paints: pure lookups from a model to colours. No deck.gl import here, so the panels
 * that choose colours do not pull the map's code into the first chunk.
 */
import type { DistrictIndex } from '../domain/districts';
import type { MissingKind } from '../domain/values';
import { COLORS, hexToRgba, type RGBA } from './palette';

/** Fills a district with a colour from a lookup; districts without one keep the context look. */
export function lookupPaint(
  index: DistrictIndex,
  colourOf: (ubigeo: string) => string | null,
  key: string,
  alpha = 215,
  /** Which kind of gap a district's value is, if any: drawn as a pattern over its colour. */
  missingOf?: (ubigeo: string) => MissingKind | null,
): DistrictPaint {
  return {
    ...(missingOf && {
      pattern: (u: string) => {
        const kind = missingOf(u);
        return kind ? { kind, opacity: 1 } : null;
      },
    }),
    fill: (u) => {
      const colour = colourOf(u);
      return colour ? hexToRgba(colour, alpha) : COLORS.contextFill;
    },
    // VRAEM districts keep a darker outline so membership stays readable under any theme.
    line: (u) => (index.byUbigeo.get(u)?.vraem ? COLORS.vraemLine : COLORS.contextLine),
    key,
  };
}

/** How to colour each district: a pure lookup plus a key that changes when colours change. */
export interface DistrictPaint {
  fill: (ubigeo: string) => RGBA;
  line: (ubigeo: string) => RGBA;
  /**
   * The pattern drawn over a district's colour where its value is a gap, so that the kinds of gap
   * read apart without colour (missingPatterns.ts); absent when the view has no gaps.
   */
  pattern?: (ubigeo: string) => PatternMark | null;
  /** Changes whenever `fill`, `line` or `pattern` would give other results. */
  key: string;
}

export interface PatternMark {
  kind: MissingKind;
  /** 0..1: a filtered-out district's pattern fades with its colour. */
  opacity: number;
}

/**
 * The base map: VRAEM districts strong (the 10 created after 2017, which were part of the 69
 * through their parent, a lighter shade), the others faint.
 */
export function vraemPaint(index: DistrictIndex): DistrictPaint {
  const isVraem = (u: string) => index.byUbigeo.get(u)?.vraem === true;
  const isNew = (u: string) => index.byUbigeo.get(u)?.existsIn2017 === false;
  return {
    fill: (u) =>
      isVraem(u) ? (isNew(u) ? COLORS.vraemNewFill : COLORS.vraemFill) : COLORS.contextFill,
    line: (u) => (isVraem(u) ? COLORS.vraemLine : COLORS.contextLine),
    key: 'vraem',
  };
}
