import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { offlineStore } from './app/offlineStore';
import { preloadMap } from './ui/MapArea';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
preloadMap();

// The service worker that keeps the atlas usable offline: production builds only, so that the
// dev server never serves a stale cached page.
if (import.meta.env.PROD) {
  void import('./app/registerServiceWorker').then(({ registerServiceWorker }) =>
    registerServiceWorker(offlineStore),
  );
}
