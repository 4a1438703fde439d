/**
 * The briefing kept in localStorage so slides survive a reload. Storage may be off (private
 * mode, a policy) or full: then saving reports it and the briefing stays in memory, untouched.
 */
import { EMPTY_BRIEFING, briefingToJson, parseBriefingJson, type Briefing } from './briefing';

export const BRIEFING_STORAGE_KEY = 'atlas-vraem.briefing';

/** The part of the Web Storage API used here, so that tests can pass a fake. */
export type BriefingStore = Pick<Storage, 'getItem' | 'setItem'>;

export type LoadResult =
  | { status: 'ok'; briefing: Briefing }
  | { status: 'unavailable'; briefing: Briefing }
  | { status: 'corrupt'; briefing: Briefing; error: string };

export type SaveResult = 'ok' | 'unavailable' | 'full';

function defaultStore(): BriefingStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadBriefing(store: BriefingStore | null = defaultStore()): LoadResult {
  let text: string | null;
  try {
    if (!store) return { status: 'unavailable', briefing: EMPTY_BRIEFING };
    text = store.getItem(BRIEFING_STORAGE_KEY);
  } catch {
    return { status: 'unavailable', briefing: EMPTY_BRIEFING };
  }
  if (text === null) return { status: 'ok', briefing: EMPTY_BRIEFING };
  const parsed = parseBriefingJson(text);
  if (parsed.ok) return { status: 'ok', briefing: parsed.briefing };
  // A stored briefing that no longer reads is copied aside before the next save overwrites it,
  // so nothing is lost to a bug; the panel shows the message.
  try {
    store.setItem(`${BRIEFING_STORAGE_KEY}.unreadable`, text);
  } catch {
    // Full or off: the original stays under its key until the user saves.
  }
  return { status: 'corrupt', briefing: EMPTY_BRIEFING, error: parsed.error };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function saveBriefing(
  briefing: Briefing,
  store: BriefingStore | null = defaultStore(),
): SaveResult {
  if (!store) return 'unavailable';
  try {
    store.setItem(BRIEFING_STORAGE_KEY, briefingToJson(briefing));
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}
