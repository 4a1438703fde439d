/**
 * Which way the district table sorts after a click on a column header. Text columns (district,
 * province, department) open A→Z; value columns open largest first, the question a reader asks
 * first ("where is the most coca?"). A second click on the same column reverses it, whatever
 * the column's kind, so every column can be read both ways.
 */
import type { SortKey } from './table';

export type SortDirection = 'asc' | 'desc';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

const TEXT_KEYS: ReadonlySet<SortKey> = new Set<SortKey>(['name', 'province', 'department']);

/** The direction a column opens with when it is first clicked. */
export function firstDirection(key: SortKey): SortDirection {
  return TEXT_KEYS.has(key) ? 'asc' : 'desc';
}

/** The sort after clicking `key`: the same column flips, another column opens its own way. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { key, direction: firstDirection(key) };
}

/** The table's sort before any click: districts A→Z. */
export const INITIAL_SORT: SortState = { key: 'name', direction: 'asc' };
