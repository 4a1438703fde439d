// maplibre-gl 6 is ESM-only; a bundled app must tell it where its worker lives (STACK.md).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
// Start the worker pool now, as this chunk is evaluated, rather than when React mounts the map: the
// worker script (the largest file after this chunk) then downloads and starts while the page
// renders, and the first district frame comes sooner.
maplibregl.prewarm();

export { maplibregl };
