/**
 * Production builds the bench serves: the app (the project's own vite.config.ts) and the bare
 * MapLibre baseline page (tests/bench/baseline/). Both go to node_modules/.cache/atlas-bench/,
 * not dist/: `npm test` empties and rebuilds dist/ while it runs, and a bench sharing that folder
 * would have files vanish under it; node_modules/ is also ignored by git, ESLint and Prettier.
 * A build is redone only when one of its inputs changed (paths, sizes and mtimes, stamped).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = resolve(ROOT, 'node_modules/.cache/atlas-bench');
export const APP_OUT = join(CACHE, 'app');
export const BASELINE_OUT = join(CACHE, 'baseline');
const BASELINE_ROOT = resolve(import.meta.dirname, 'baseline');
const STAMP = '.bench-stamp';

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    listFiles(join(path, entry.name)),
  );
}

/** A fingerprint of the inputs: any added, removed, resized or touched file changes it. */
function fingerprint(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => listFiles(resolve(ROOT, input))).sort()) {
    const stat = statSync(file);
    hash.update(`${relative(ROOT, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const APP_INPUTS = [
  'src',
  'public',
  'data/geo',
  'data/districts.json',
  'data/indicators.json',
  'data/series.json',
  'data/jurisdiction.json',
  'data/incidents.json',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];
const BASELINE_INPUTS = ['tests/bench/baseline', 'data/geo/atlas.topo.json', 'package-lock.json'];

export interface BuildResult {
  outDir: string;
  rebuilt: boolean;
  ms: number;
}

async function buildIfNeeded(
  outDir: string,
  inputs: readonly string[],
  run: () => Promise<unknown>,
): Promise<BuildResult> {
  const started = Date.now();
  const print = fingerprint(inputs);
  const stampFile = join(outDir, STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === print) {
    return { outDir, rebuilt: false, ms: Date.now() - started };
  }
  await run();
  writeFileSync(stampFile, print);
  return { outDir, rebuilt: true, ms: Date.now() - started };
}

export function buildApp(): Promise<BuildResult> {
  return buildIfNeeded(APP_OUT, APP_INPUTS, () =>
    build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: APP_OUT, emptyOutDir: true },
    }),
  );
}

/** The baseline page: MapLibre + topojson-client only, built the way the app is. */
export function buildBaseline(): Promise<BuildResult> {
  return buildIfNeeded(BASELINE_OUT, BASELINE_INPUTS, () =>
    build({
      root: BASELINE_ROOT,
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: BASELINE_OUT,
        emptyOutDir: true,
        target: 'es2022',
        // Like the app: the topology is a request of its own, never inlined.
        assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
        chunkSizeWarningLimit: 1500,
      },
    }),
  );
}

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface DistSizes {
  js: FileSize[];
  data: FileSize[];
  jsBytes: number;
  jsGzip: number;
  dataBytes: number;
  dataGzip: number;
}

/** gzip size (zlib level 6, what a compressing server uses by default) of a built file. */
export function gzipSizeOf(path: string): number {
  return gzipSync(readFileSync(path), { level: 6 }).length;
}

/** Every JS and JSON file of a build, raw and gzip. */
export function distSizes(outDir: string): DistSizes {
  const sizes = listFiles(outDir).map((path) => ({
    file: relative(outDir, path),
    bytes: statSync(path).size,
    gzip: gzipSizeOf(path),
  }));
  const js = sizes.filter((s) => /\.m?js$/.test(s.file));
  const data = sizes.filter((s) => s.file.endsWith('.json'));
  const sum = (list: FileSize[], key: 'bytes' | 'gzip') => list.reduce((t, s) => t + s[key], 0);
  return {
    js,
    data,
    jsBytes: sum(js, 'bytes'),
    jsGzip: sum(js, 'gzip'),
    dataBytes: sum(data, 'bytes'),
    dataGzip: sum(data, 'gzip'),
  };
}
