/**
 * `npm run bench`: performance of the production build in the same headless Chromium as the
 * browser tests (tests/e2e/chromium.ts), against a bare-MapLibre baseline built alongside.
 * Prints a table and the budgets, writes bench/results.json, and exits 1 if a budget is missed.
 * Not part of `npm test`: it takes minutes and its figures depend on the machine.
 *
 * Options: --runs N (cold loads of each page, default 7), --changes N (year changes and hovers,
 * default 30), --cycles N (memory cycles, default 20), --lighthouse-runs N (default 3),
 * --no-national (skip the ?scope=peru measures), --no-gpu-reference (skip the second mode: every
 * interaction measured again with Chromium's GPU process on, modes.ts), --smoke (allows tiny counts, e.g. --runs 1
 * --changes 3 --cycles 1 --lighthouse-runs 0, to check the bench works: figures are then
 * labelled a smoke run and budgets are reported but never fail the run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, GPU_PROCESS_ARGS, launchChromium } from '../e2e/chromium';
import { APP_OUT, BASELINE_OUT, buildApp, buildBaseline, distSizes, ROOT } from './build';
import { measureFirstFrames } from './firstFrame';
import {
  measureBaselineRecolours,
  measureHovers,
  measureYearChanges,
  vraemBBox,
} from './interactions';
import { measureLighthouse } from './lighthouse';
import { startCpuWatch, type CpuShare } from './machine';
import { measureMemory } from './memory';
import { evaluateNational, measureNational, type NationalFigures } from './national';
import { evaluateModes, measureMode, measureSpacedAndPan, type ModeFigures } from './modes';
import { evaluate, formatBudgets, formatTable, transferTable, type Figures } from './report';
import { serve } from './serve';

const SMOKE = process.argv.includes('--smoke');
const NATIONAL = !process.argv.includes('--no-national');
const GPU_REFERENCE = !process.argv.includes('--no-gpu-reference');
/**
 * Every interaction again in a second Chromium whose GPU process draws the page (modes.ts), and the
 * baseline recolour there as a reference.
 */
async function measureWithGpuProcess(
  appUrl: string,
  baselineUrl: string,
  changes: number,
  national: boolean,
) {
  const browser = await launchChromium([], GPU_PROCESS_ARGS);
  try {
    const mode = await measureMode(browser, appUrl, changes, national);
    const baselineYear = await measureBaselineRecolours(browser, baselineUrl, changes);
    return { mode, baselineYear };
  } finally {
    await browser.close();
  }
}

function option(name: string, fallback: number, min: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  // A smoke run only checks that every measure works: any count from 1 (0 for Lighthouse).
  const floor = SMOKE ? Math.min(min, name === 'lighthouse-runs' ? 0 : 1) : min;
  if (!Number.isInteger(value) || value < floor)
    throw new Error(`--${name} must be an integer ≥ ${floor}${SMOKE ? '' : ' (or use --smoke)'}`);
  return value;
}

const METHOD = `How each figure is taken (Chromium with software WebGL, viewport 1280×800, each cold load in a
fresh browser context, i.e. an empty HTTP cache):
- First frame: navigation start → the app's User Timing mark 'atlas:first-frame' (the first
  MapLibre 'render' after the district source has loaded and the map's 2D canvases have drawn it);
  baseline: → 'baseline:first-frame', the first MapLibre 'render' after the district source
  (data/geo/atlas.topo.json via topojson-client, one fill + one line layer, same bbox, padding and
  canvas size) has loaded. One unmeasured warm-up pair, then app and baseline loads alternate.
- Bytes before first frame: Resource Timing entries requested (startTime) before the mark; sizes are
  encodedBodySize, i.e. gzip as vite preview sends it (JS includes the MapLibre worker script).
- Year change: ?i=coca_ha&y=2012, measured once the service worker is active (it stores the atlas
  for offline use after the first frame) and 0.5 s later; slider focused, ArrowRight/ArrowLeft
  between 2012 and 2020. From the keydown event's timeStamp to the later of (a) the end of the
  rendering task that shows the new colours and (b) the presentation of the first frame after the
  keydown (Event Timing API, 8 ms resolution). The app fills its district canvas (2D) with the new
  colours in a layout effect of the commit that writes the new year, so (a) is the end of the next
  animation frame's rendering task; where no 2D fill happened since the keydown (the baseline page,
  whose colours are in MapLibre feature-state), (a) is the end of the task of the first WebGL draw
  call after the DOM change, which with --disable-gpu includes the readback of the WebGL frame into
  the software compositor. With the GPU process on, (b) is the later one.
  Two unmeasured warm-up changes. Baseline recolour: the same timing on the baseline page, whose
  ArrowRight sets a feature-state on all 551 districts.
- Two modes, same budgets (modes.ts): '--disable-gpu' (the Chromium above: software compositor,
  every visible WebGL frame read back) and 'GPU process' (a second Chromium launched without
  --disable-gpu: its GPU process, on SwiftShader since this machine has no GPU, rasterises and
  composites the page as a graphics card would, with no readback, but on the CPU). Each mode:
  year change back to back and with a 0.4 s pause before each key (a user stepping deliberately),
  national year change, hover, and pan. The baseline recolour is measured in both as a reference.
- Pan: the pointer drags the map by 40 moves of 10 px (6 drags back and forth after a warm-up,
  VRAEM and national); every requestAnimationFrame timestamp from the press to the release is
  recorded and the figure is the interval between consecutive frames (p95): a long interval is
  a frame the main thread could not start on time.
- Hover: the pointer jumps between the label points of Pichari and Vizcatán del Ene
  (window.atlasDebug.project). From the pointermove event's timeStamp to the end of the next
  animation frame after .map-tooltip shows the new district's name. Two warm-up moves.
- Memory: JSHeapUsedSize (CDP Performance.getMetrics) after three CDP HeapProfiler.collectGarbage,
  after load and after cycling every option of 'Colorear distritos por' and every slider year of
  each indicator (native setter + input/change event; each change after the previous commit, not
  after a drawn frame: a redraw takes seconds in software WebGL). A heap snapshot after load and
  after the cycles splits the heap into compiled code (bytecode, machine code, feedback vectors:
  V8 compiles and optimises the functions each layer first runs, a warm-up that stops once every
  layer has been drawn) and the rest (objects, strings, arrays, DOM), where a leak shows; the
  growth budget applies to the rest.`;

async function main(): Promise<void> {
  const started = Date.now();
  const runs = option('runs', 7, 5);
  const changes = option('changes', 30, 30);
  const cycles = option('cycles', 20, 1);
  const lighthouseRuns = option('lighthouse-runs', 3, 1);

  const log = (message: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
  const app = await buildApp();
  log(app.rebuilt ? `built the app in ${app.ms} ms` : 'app build is up to date');
  const baseline = await buildBaseline();
  log(
    baseline.rebuilt ? `built the baseline in ${baseline.ms} ms` : 'baseline build is up to date',
  );

  const chromium = await findChromium();
  const appServer = await serve(ROOT, APP_OUT);
  const baselineServer = await serve(resolve(ROOT, 'tests/bench/baseline'), BASELINE_OUT);
  const browser = await launchChromium();
  const version = browser.version();
  log(`Chromium ${version} from ${chromium.origin} (${chromium.path})`);
  let figures: Figures;
  let national: NationalFigures | null;
  const modes: { software?: ModeFigures; gpu?: ModeFigures } = {};
  const stopCpuWatch = startCpuWatch();
  let cpuShare: CpuShare | null;
  try {
    const bbox = vraemBBox().join(',');
    const firstFrame = await measureFirstFrames(
      browser,
      appServer.url,
      APP_OUT,
      (size) => `${baselineServer.url}/?bbox=${bbox}&size=${size.width},${size.height}`,
      BASELINE_OUT,
      runs,
    );
    log(`first frames: ${runs} cold loads of each page`);
    const year = await measureYearChanges(browser, appServer.url, changes);
    log(`year changes: ${year.latencies.length}`);
    const baselineYear = await measureBaselineRecolours(browser, firstFrame.baselineUrl, changes);
    log(`baseline recolours: ${baselineYear.latencies.length}`);
    const hover = await measureHovers(browser, appServer.url, changes);
    log(`hovers: ${hover.latencies.length}`);
    const memory = await measureMemory(browser, appServer.url, cycles);
    log(`memory: ${cycles} cycles, ${memory.changes} changes`);
    national = NATIONAL
      ? await measureNational(browser, appServer.url, APP_OUT, { runs, changes, cycles }, log)
      : null;
    const lighthouse =
      lighthouseRuns > 0
        ? await measureLighthouse(
            `${appServer.url}/`,
            chromium.path,
            lighthouseRuns,
            resolve(ROOT, 'bench/lighthouse'),
          )
        : ({ measured: false, reason: '--lighthouse-runs 0' } as const);
    log(
      lighthouse.measured
        ? `lighthouse: ${lighthouse.scores.length} runs`
        : 'lighthouse: not measured',
    );
    modes.software = {
      year,
      hover,
      nationalYear: national?.year ?? null,
      ...(await measureSpacedAndPan(browser, appServer.url, changes, NATIONAL)),
    };
    log('--disable-gpu: year changes 0.4 s apart, pans');
    const gpu = GPU_REFERENCE
      ? await measureWithGpuProcess(appServer.url, firstFrame.baselineUrl, changes, NATIONAL)
      : null;
    if (gpu) modes.gpu = gpu.mode;
    log(gpu ? 'GPU process: every interaction, baseline recolour' : 'no GPU process mode');
    const gpuProcess = gpu
      ? {
          year: gpu.mode.year,
          spacedYear: gpu.mode.spacedYear,
          baselineYear: gpu.baselineYear,
        }
      : null;
    figures = {
      firstFrame,
      year,
      baselineYear,
      hover,
      dist: distSizes(APP_OUT),
      memory,
      lighthouse,
      gpuProcess,
    };
    cpuShare = stopCpuWatch();
  } finally {
    await browser.close();
    await appServer.close();
    await baselineServer.close();
  }

  const vraem = evaluate(figures);
  const nationalEval = national ? evaluateNational(national) : null;
  const byMode = evaluateModes(modes);
  const rows = [...vraem.rows, ...(nationalEval?.rows ?? []), ...byMode.rows];
  const budgets = [...vraem.budgets, ...(nationalEval?.budgets ?? []), ...byMode.budgets];
  const summaries = { ...vraem.summaries, ...(nationalEval?.summaries ?? {}) };
  const durationMs = Date.now() - started;
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    node: process.version,
    chromium: version,
    chromiumFrom: chromium.origin,
    webgl: 'SwiftShader (software)',
    cpuShare,
  };
  console.log(`\n${METHOD}\n`);
  console.log(
    `Machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, Chromium ${version}\n`,
  );
  if (cpuShare) {
    const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
    console.log(
      `CPU while measuring: the bench and its Chromium ${pct(cpuShare.bench)} of the machine, ` +
        `other processes ${pct(cpuShare.others)}.` +
        (cpuShare.others > 0.1
          ? ' NOTE: other processes shared the CPU with Chromium, so the times are inflated.'
          : '') +
        '\n',
    );
  }
  if (SMOKE)
    console.log('SMOKE RUN (--smoke): tiny samples, to check the bench works; not figures.\n');
  console.log(formatTable(rows));
  console.log('\nRequested before the first district frame (all runs):');
  console.log(transferTable(figures.firstFrame.app).join('\n'));
  console.log('\nBudgets:');
  console.log(formatBudgets(budgets));
  const missed = budgets.filter((b) => b.pass === false);
  console.log(`\nBench took ${(durationMs / 1000).toFixed(0)} s.`);

  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  const results = join(ROOT, 'bench/results.json');
  writeFileSync(
    results,
    `${JSON.stringify({ date: new Date().toISOString(), smoke: SMOKE, durationMs, machine, options: { runs, changes, cycles, lighthouseRuns, national: NATIONAL }, rows, budgets, summaries, figures: { ...figures, national, modes } }, null, 2)}\n`,
  );
  console.log(`Wrote ${results}`);
  if (missed.length > 0 && SMOKE) {
    console.log(
      `\nSmoke run: budgets not enforced (missed: ${missed.map((b) => b.figure).join('; ')})`,
    );
  } else if (missed.length > 0) {
    console.error(`\nBudgets missed: ${missed.map((b) => b.figure).join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
