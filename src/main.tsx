import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { afterFirstFrame } from './app/afterFirstFrame';
import { readLocation } from './app/useUrlState';
import { hasDictionary, loadDictionary } from './i18n/translate';
import { offlineStore } from './app/offlineStore';
import { preloadMap } from './ui/MapArea';
import './ui/app.css';
import './ui/panels.css';
import './ui/chartsTable.css';
import './ui/adaptive.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Only Spanish is in this chunk: an atlas opened in English waits for its messages before the
// first render, so that it never shows Spanish first (nor a key).
const lang = readLocation().lang;
if (hasDictionary(lang)) render();
else void loadDictionary(lang).then(render, render);
preloadMap();

// The service worker that keeps the atlas usable offline: production builds only, so that the
// dev server never serves a stale cached page.
// It registers after the map's first district frame, not at the window's load event (which comes
// before it, the map being a lazy chunk): the precache download of every file then never
// competes with the first frame's own downloads.
if (import.meta.env.PROD) {
  afterFirstFrame(() => {
    void import('./app/registerServiceWorker').then(({ registerServiceWorker }) =>
      registerServiceWorker(offlineStore),
    );
  });
}
