/**
 * Compare the pipeline's planar cleaning with mapshaper's `-clean` on the same raw files
 * (docs/PIPELINE.md). mapshaper is NOT a dependency: install it elsewhere and point MAPSHAPER at
 * its bin, e.g.
 *   npm i --prefix /tmp/ms mapshaper
 *   MAPSHAPER=/tmp/ms/node_modules/mapshaper/bin/mapshaper npx tsx scripts/eval/compare-mapshaper.ts dist5
 * Datasets: dist5 (551 districts), dep (25 departments), national (1,891 districts).
 * Extra mapshaper options after the dataset, default `gap-width=500m` (the pipeline's sliver limit).
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanPartition, type MultiPolygonCoords } from '../lib/planar/clean';
import { polygonsOf } from '../lib/geojson';
import { resolveRawDir } from '../lib/paths';
import { km2Of, measurePartition } from './measure';

const DATASETS = {
  dist5: { file: 'mapsperu/distritos_5dep_mapsPERU_v2.geojson', id: 'ubigeo' },
  dep: { file: 'mapsperu/peru_departamentos_mapsPERU_v2.geojson', id: 'ubigeo2' },
  national: { file: 'mapsperu/peru_distritos_mapsPERU_v2.geojson', id: 'ubigeo' },
} as const;

interface Feature {
  properties: Record<string, unknown>;
  geometry: Parameters<typeof polygonsOf>[0] | null;
}

const sha = (s: string | Buffer): string =>
  crypto.createHash('sha256').update(s).digest('hex').slice(0, 16);

function readById(file: string, idKey: string): Map<string, MultiPolygonCoords> {
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: Feature[] };
  const out = new Map<string, MultiPolygonCoords>();
  for (const f of fc.features) {
    const id = String(f.properties[idKey]);
    if (out.has(id)) throw new Error(`${file}: duplicate ${idKey} ${id}`);
    out.set(id, f.geometry ? polygonsOf(f.geometry) : []);
  }
  return out;
}

function timed<T>(f: () => T): { value: T; s: number } {
  const t0 = performance.now();
  const value = f();
  return { value, s: (performance.now() - t0) / 1000 };
}

function runMapshaper(bin: string, input: string, opts: string[], out: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, input, '-clean', ...opts, '-o', out], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`mapshaper failed: ${r.stderr}`);
  process.stderr.write(r.stderr);
  return (performance.now() - t0) / 1000;
}

function areaChanges(
  ids: string[],
  raw: Map<string, MultiPolygonCoords>,
  a: Map<string, MultiPolygonCoords>,
  b?: Map<string, MultiPolygonCoords>,
) {
  const rows = ids.map((id) => {
    const ka = km2Of(a.get(id) ?? []);
    const kb = b ? km2Of(b.get(id) ?? []) : km2Of(raw.get(id) ?? []);
    return { id, ka, kb, rel: kb > 0 ? ka / kb - 1 : Infinity, abs: ka - kb };
  });
  rows.sort((x, y) => Math.abs(y.rel) - Math.abs(x.rel) || (x.id < y.id ? -1 : 1));
  return {
    maxRel: rows.slice(0, 5).map((r) => ({
      id: r.id,
      pct: +(r.rel * 100).toFixed(3),
      km2: +r.abs.toFixed(3),
    })),
    over1pct: rows.filter((r) => Math.abs(r.rel) > 0.01).length,
    over5pct: rows.filter((r) => Math.abs(r.rel) > 0.05).length,
    sumAbsKm2: +rows.reduce((s, r) => s + Math.abs(r.abs), 0).toFixed(2),
  };
}

const name = (process.argv[2] ?? 'dist5') as keyof typeof DATASETS;
const ds = DATASETS[name];
if (!ds) throw new Error(`dataset: one of ${Object.keys(DATASETS).join(', ')}`);
const bin = process.env.MAPSHAPER;
if (!bin) throw new Error('set MAPSHAPER to the mapshaper bin (see the header)');
const msOpts = process.argv.length > 3 ? process.argv.slice(3) : ['gap-width=500m'];
const withTurf = process.env.TURF !== '0';
const input = path.join(resolveRawDir(), ds.file);
const raw = readById(input, ds.id);
const ids = [...raw.keys()].sort();

const p1 = timed(() => cleanPartition(ids.map((id) => raw.get(id) as MultiPolygonCoords)));
const p2 = timed(() => cleanPartition(ids.map((id) => raw.get(id) as MultiPolygonCoords)));
const pipeline = new Map(ids.map((id, i) => [id, p1.value.polygons[i] as MultiPolygonCoords]));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ms-'));
const out1 = path.join(dir, 'a.geojson');
const out2 = path.join(dir, 'b.geojson');
const ms1 = runMapshaper(bin, input, msOpts, out1);
const ms2 = runMapshaper(bin, input, msOpts, out2);
const mapshaper = readById(out1, ds.id);
const b1 = fs.readFileSync(out1);
const b2 = fs.readFileSync(out2);

const factsOf = (m: Map<string, MultiPolygonCoords>) =>
  measurePartition(
    ids.map((id) => m.get(id) ?? []),
    { turf: withTurf },
  );
const report = {
  dataset: name,
  input: ds.file,
  mapshaperOptions: ['-clean', ...msOpts],
  features: { raw: raw.size, pipeline: pipeline.size, mapshaper: mapshaper.size },
  missingInMapshaper: ids.filter((id) => !mapshaper.has(id) || mapshaper.get(id)?.length === 0),
  seconds: {
    pipeline: [+p1.s.toFixed(2), +p2.s.toFixed(2)],
    mapshaperCli: [+ms1.toFixed(2), +ms2.toFixed(2)],
  },
  deterministic: {
    pipeline: sha(JSON.stringify(p1.value.polygons)) === sha(JSON.stringify(p2.value.polygons)),
    mapshaper: sha(b1) === sha(b2),
  },
  facts: { raw: factsOf(raw), pipeline: factsOf(pipeline), mapshaper: factsOf(mapshaper) },
  areaVsRaw: {
    pipeline: areaChanges(ids, raw, pipeline),
    mapshaper: areaChanges(ids, raw, mapshaper),
  },
  mapshaperVsPipeline: areaChanges(ids, raw, mapshaper, pipeline),
};
console.log(JSON.stringify(report, null, 1));
fs.rmSync(dir, { recursive: true });
