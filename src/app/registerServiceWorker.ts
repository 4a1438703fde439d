/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the build's service worker (vite.config.ts, offlineServiceWorker). Loaded from
 * main.tsx in production builds only, so the dev server never caches a page.
 *
 * Update policy: a new version waits; the page shows "new version — reload", and pressing it
 * tells the waiting worker to take over, then reloads once it controls the page. Without that
 * press the new version starts the next time every tab of the atlas has been closed.
 */
import { registerSW } from 'virtual:pwa-register';
import type { OfflineStore } from './offlineStore';

export function registerServiceWorker(store: OfflineStore): void {
  if (!('serviceWorker' in navigator)) return;
  store.set('saving');
  // Called after the first district frame (main.tsx); Workbox also waits for the window's load
  // event, which has passed by then: the precache download (every chunk and data file, about
  // 7 MiB) does not compete with the first map frame.
  const update = registerSW({
    onNeedRefresh: () => store.set('update'),
    onRegisterError: (error: unknown) => {
      console.error('Service worker registration failed; the atlas needs the network.', error);
      store.set('unavailable');
    },
  });
  store.setApplyUpdate(() => void update(true));
  // `ready` resolves once a worker is active, i.e. after it has precached every file.
  void navigator.serviceWorker.ready.then(() => store.set('ready'));
}
