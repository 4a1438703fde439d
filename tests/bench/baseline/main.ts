/**
 * The bench's baseline: the same district geometry as the app (data/geo/atlas.topo.json, decoded
 * with topojson-client) drawn by MapLibre alone — no React, no deck.gl, no charts — with the same
 * offline style approach (one GeoJSON source, no tiles, glyphs or sprites) and the same viewport
 * (the VRAEM bbox with the app's fit padding, in a container of the app's map size, both passed in
 * the query string by the bench). It marks `baseline:first-frame` on the first MapLibre `render`
 * after the district source has loaded: the first frame that shows the districts.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import topologyUrl from '../../../data/geo/atlas.topo.json?url';

maplibregl.setWorkerUrl(workerUrl);

// src/map/AtlasMap.tsx FIT_PADDING: room for the floating list and panel.
const FIT_PADDING = { top: 30, bottom: 60, left: 300, right: 60 };
const BASELINE_MARK = 'baseline:first-frame';

function numbers(value: string | null, count: number): number[] {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== count || parts.some((n) => !Number.isFinite(n))) {
    throw new Error(`baseline: expected ${count} numbers, got "${value ?? ''}"`);
  }
  return parts;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const [west = 0, south = 0, east = 0, north = 0] = numbers(params.get('bbox'), 4);
  const [width = 0, height = 0] = numbers(params.get('size'), 2);
  const container = document.getElementById('map');
  if (!container) throw new Error('baseline: no #map element');
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;

  const response = await fetch(topologyUrl);
  const topology = (await response.json()) as Topology;
  const districts = feature(topology, topology.objects.districts as GeometryObject);

  const map = new maplibregl.Map({
    container,
    style: {
      version: 8,
      sources: { districts: { type: 'geojson', data: districts } },
      layers: [
        {
          id: 'districts-fill',
          type: 'fill',
          source: 'districts',
          paint: { 'fill-color': '#7aa6b0', 'fill-opacity': 0.9 },
        },
        {
          id: 'districts-line',
          type: 'line',
          source: 'districts',
          paint: { 'line-color': '#333333', 'line-width': 0.6 },
        },
      ],
    },
    bounds: [west, south, east, north],
    fitBoundsOptions: { padding: FIT_PADDING },
    attributionControl: false,
  });
  let marked = false;
  map.on('render', () => {
    if (marked || !map.getSource('districts') || !map.isSourceLoaded('districts')) return;
    marked = true;
    performance.mark(BASELINE_MARK);
  });
}

main().catch((error: unknown) => {
  document.body.dataset.error = String(error);
  console.error(error);
});
