/**
 * Link versions. Every link carries `v`; a link without one is from version 1 (before the
 * version existed). Each migration rewrites the parameters of one version into the next, so a
 * link copied in any earlier release still opens the same view.
 */
import { INDICATOR_IDS, type IndicatorId } from '../data/indicatorIds';

export const URL_VERSION = 2;

/** Short, stable codes for the indicators in links (version 2 on). Never change one. */
export const INDICATOR_CODES: Record<IndicatorId, string> = {
  coca_ha: 'coca',
  poverty_total_pct: 'pov',
  poverty_extreme_pct: 'xpov',
  hdi: 'hdi',
  nbi_pct: 'nbi',
  population: 'pop',
  budget_pim_2022: 'pim',
};

const BY_CODE = new Map(INDICATOR_IDS.map((id) => [INDICATOR_CODES[id], id]));

export function indicatorFromCode(code: string): IndicatorId | null {
  return BY_CODE.get(code) ?? null;
}

type Migration = (params: URLSearchParams) => URLSearchParams;

/** MIGRATIONS[n] turns a version-n link into a version-(n+1) link. */
const MIGRATIONS: Record<number, Migration> = {
  // Version 1 named the indicator layer by its full id (?i=poverty_total_pct).
  1: (params) => {
    const next = new URLSearchParams(params);
    const layer = params.get('i');
    if (layer !== null && (INDICATOR_IDS as readonly string[]).includes(layer)) {
      next.set('i', INDICATOR_CODES[layer as IndicatorId]);
    }
    return next;
  },
};

/** The link's version: its `v`, or 1 when absent; null for a version we cannot read. */
export function linkVersion(params: URLSearchParams): number | null {
  const text = params.get('v');
  if (text === null) return 1;
  if (!/^\d{1,3}$/.test(text)) return null;
  const version = Number(text);
  return version >= 1 && version <= URL_VERSION ? version : null;
}

/**
 * The parameters rewritten to the current version. A version from the future or a malformed
 * one is read as current: its parameters parse field by field and bad ones fall back.
 */
export function migrateParams(params: URLSearchParams): URLSearchParams {
  let version = linkVersion(params) ?? URL_VERSION;
  let current = params;
  while (version < URL_VERSION) {
    const migrate = MIGRATIONS[version];
    if (migrate) current = migrate(current);
    version += 1;
  }
  return current;
}
