/**
 * npm run data — builds data/ from the raw files (DATA_RAW, default ../shared/data-raw) into
 * DATA_OUT (default data/). See data/SOURCES.md for what it does to each source.
 */
import { runPipeline } from './lib/pipeline';
import { resolveOutDir, resolveRawDir } from './lib/paths';
import { fmt } from './lib/sources-md';

const started = performance.now();
const rawDir = resolveRawDir();
const outDir = resolveOutDir();
const result = runPipeline({ rawDir, outDir });
const a = result.atlas;
const c = result.counts;
const lines = [
  `raw: ${rawDir}`,
  `out: ${outDir}`,
  `districts ${c.districts}, VRAEM ${c.vraemDistricts}, new since 2007 ${c.newSince2007} (VRAEM ${c.newSince2007VRAEM}), new since 2017 ${c.newSince2017} (VRAEM ${c.newSince2017VRAEM})`,
  `atlas: vertices ${fmt(a.rawVertices)} raw → ${fmt(a.arcPointsAfter)} arc points; displacement max ${fmt(a.total.maxM, 1)} m, p99 ${fmt(a.total.p99M, 1)} m (simplification alone max ${fmt(a.simplification.maxM, 1)} m, p99 ${fmt(a.simplification.p99M, 1)} m)`,
  `themes: ${c['indicators.coca_ha.coverage']} coca districts, ${c['indicators.poverty_total_pct.coverage']} poverty districts, ${c.districtStarts} district starts, ${c.decrees} decrees, ${c.incidents} incidents; ${c['indicators.coca_ha.droppedNotYetDistrict']} coca values dropped (not yet a district), ${c['series.disputedPoints']} disputed series points`,
  ...result.files.map(
    (f) =>
      `  ${f.path.padEnd(32)} ${fmt(f.bytes).padStart(11)} B  gzip ${fmt(f.gzipBytes).padStart(9)} B`,
  ),
  `done in ${fmt((performance.now() - started) / 1000, 1)} s`,
];
console.log(lines.join('\n'));
