import type { OfflineStatusState } from '../ui/OfflineStatus';

/**
 * What the page knows about working offline, as a tiny external store (read with
 * useSyncExternalStore). Kept apart from the registration so that it can be unit-tested without
 * a service worker.
 *
 * - `unavailable`: no service worker (dev server, unsupported browser, or registration failed);
 *   the UI says nothing rather than promise what it cannot keep.
 * - `saving`: the first visit's service worker is downloading the app and its data.
 * - `ready`: an active service worker holds every file: the atlas opens with no network.
 * - `update`: a newer version is installed and waiting; it takes over when the user reloads.
 */
export type OfflineState = OfflineStatusState;

export interface OfflineStore {
  get: () => OfflineState;
  subscribe: (listener: () => void) => () => void;
  set: (next: OfflineState) => void;
  /** Switches to the waiting version (set by the registration; a no-op until then). */
  applyUpdate: () => void;
  setApplyUpdate: (apply: () => void) => void;
}

export function createOfflineStore(initial: OfflineState = 'unavailable'): OfflineStore {
  let state = initial;
  let apply = () => {};
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      // A waiting update outranks "ready": the page still says a reload is due.
      if (next === state || (state === 'update' && next === 'ready')) return;
      state = next;
      for (const listener of listeners) listener();
    },
    applyUpdate: () => apply(),
    setApplyUpdate: (next) => {
      apply = next;
    },
  };
}

/** The page's one store. */
export const offlineStore = createOfflineStore();
