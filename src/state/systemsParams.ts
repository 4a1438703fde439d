/**
 * The "systems together" views in the link (issue 21): the bivariate map's two indicators
 * (`bx`, `by`, indicator codes) and the overlap panel's conditions (`ov`, e.g.
 * "coca:100,pov:50,ev:3,em,auth:6") and how many must be met (`ok`). Each part parses on its
 * own; a bad one falls back to its default.
 */
import type { IndicatorId } from '../data/indicatorSchemas';
import {
  CONDITION_IDS,
  DEFAULT_THRESHOLDS,
  type Condition,
  type ConditionId,
} from '../domain/overlap';
import { INDICATOR_CODES, indicatorFromCode } from './urlMigrations';

export interface SystemsParams {
  bx: IndicatorId;
  by: IndicatorId;
  conditions: Condition[];
  /** Districts meeting at least this many conditions are listed. */
  k: number;
}

export const DEFAULT_SYSTEMS: SystemsParams = {
  bx: 'coca_ha',
  by: 'poverty_total_pct',
  conditions: CONDITION_IDS.map((id) => ({ id, threshold: DEFAULT_THRESHOLDS[id] })),
  k: 3,
};

const CONDITION_CODES: Record<ConditionId, string> = {
  coca: 'coca',
  poverty: 'pov',
  events: 'ev',
  emergency: 'em',
  authorities: 'auth',
};

const MAX_THRESHOLD: Record<ConditionId, number> = {
  coca: 1e6,
  poverty: 100,
  events: 50,
  emergency: 0,
  authorities: 7,
};

function parseConditions(text: string | null): Condition[] {
  if (text === null) return DEFAULT_SYSTEMS.conditions;
  const found = new Map<ConditionId, number>();
  for (const part of text.split(',').slice(0, CONDITION_IDS.length)) {
    const [code, number] = part.split(':');
    const id = CONDITION_IDS.find((c) => CONDITION_CODES[c] === code);
    if (!id || found.has(id)) continue;
    const threshold = number === undefined ? DEFAULT_THRESHOLDS[id] : Number(number);
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > MAX_THRESHOLD[id]) continue;
    found.set(id, id === 'emergency' ? 0 : threshold);
  }
  // Always in the registry's order, so that links and columns read the same.
  return CONDITION_IDS.flatMap((id) => {
    const threshold = found.get(id);
    return threshold === undefined ? [] : [{ id, threshold }];
  });
}

export function parseSystems(params: URLSearchParams): SystemsParams {
  const bx = indicatorFromCode(params.get('bx') ?? '') ?? DEFAULT_SYSTEMS.bx;
  const by = indicatorFromCode(params.get('by') ?? '') ?? DEFAULT_SYSTEMS.by;
  const conditions = parseConditions(params.get('ov'));
  const kText = params.get('ok');
  const k = kText !== null && /^\d$/.test(kText) ? Number(kText) : DEFAULT_SYSTEMS.k;
  return { bx, by, conditions, k: Math.max(1, Math.min(k, Math.max(1, conditions.length))) };
}

function conditionsText(conditions: readonly Condition[]): string {
  return conditions
    .map((c) => (c.id === 'emergency' ? 'em' : `${CONDITION_CODES[c.id]}:${c.threshold}`))
    .join(',');
}

/** Writes only what differs from the default, and only for the view that uses it. */
export function writeSystems(systems: SystemsParams, layer: string, params: URLSearchParams): void {
  if (layer === 'bivariate') {
    if (systems.bx !== DEFAULT_SYSTEMS.bx) params.set('bx', INDICATOR_CODES[systems.bx]);
    if (systems.by !== DEFAULT_SYSTEMS.by) params.set('by', INDICATOR_CODES[systems.by]);
  }
  if (layer === 'overlap') {
    const text = conditionsText(systems.conditions);
    if (text !== conditionsText(DEFAULT_SYSTEMS.conditions)) params.set('ov', text);
    if (systems.k !== DEFAULT_SYSTEMS.k) params.set('ok', String(systems.k));
  }
}
