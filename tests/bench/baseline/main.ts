/**
 * The bench's baseline: the same district geometry as the app (data/geo/atlas.topo.json, decoded
 * with topojson-client) drawn by MapLibre alone — no React, no deck.gl, no charts — with the same
 * offline style approach (one GeoJSON source, no tiles, glyphs or sprites) and the same viewport
 * (the VRAEM bbox with the app's fit padding, in a container of the app's map size, both passed in
 * the query string by the bench). It marks `baseline:first-frame` on the first MapLibre `render`
 * after the district source has loaded: the first frame that shows the districts.
 *
 * For the year-change reference, ArrowRight/ArrowLeft recolour every district the fast way MapLibre
 * offers (feature-state, read by a `match` in the fill colour) and write the step into #step.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import topologyUrl from '../../../data/geo/atlas.topo.json?url';

maplibregl.setWorkerUrl(workerUrl);

// src/map/layout.ts FIT_PADDING: room for the floating list and panel.
const FIT_PADDING = { top: 30, bottom: 60, left: 300, right: 60 };
const BASELINE_MARK = 'baseline:first-frame';
const BINS = ['#f7fcb9', '#addd8e', '#78c679', '#31a354', '#006837'] as const;

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
  const decoded = feature(topology, topology.objects.districts as GeometryObject);
  if (decoded.type !== 'FeatureCollection') throw new Error('baseline: districts is one feature');
  // feature-state needs an id MapLibre accepts: promote the ubigeo to a property.
  const districts = {
    ...decoded,
    features: decoded.features.map((f) => ({ ...f, properties: { ubigeo: String(f.id) } })),
  };
  const ubigeos = districts.features.map((f) => f.properties.ubigeo);

  const map = new maplibregl.Map({
    container,
    style: {
      version: 8,
      sources: { districts: { type: 'geojson', data: districts, promoteId: 'ubigeo' } },
      layers: [
        {
          id: 'districts-fill',
          type: 'fill',
          source: 'districts',
          paint: {
            'fill-color': [
              'match',
              ['coalesce', ['feature-state', 'bin'], -1],
              0,
              BINS[0],
              1,
              BINS[1],
              2,
              BINS[2],
              3,
              BINS[3],
              4,
              BINS[4],
              '#7aa6b0',
            ],
            'fill-opacity': 0.9,
          },
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

  let step = 0;
  const stepText = document.getElementById('step');
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    step += event.key === 'ArrowRight' ? 1 : -1;
    ubigeos.forEach((ubigeo, i) => {
      const bin = (((i * 7 + step) % BINS.length) + BINS.length) % BINS.length;
      map.setFeatureState({ source: 'districts', id: ubigeo }, { bin });
    });
    if (stepText) stepText.textContent = String(step);
  });
}

main().catch((error: unknown) => {
  document.body.dataset.error = String(error);
  console.error(error);
});
