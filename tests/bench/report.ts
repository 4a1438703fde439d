/** The bench's figures, its budgets, and the printed table. */
import type { DistSizes } from './build';
import type { FirstFrameResult, LoadSample, Transfer } from './firstFrame';
import type { LatencyRun } from './interactions';
import type { LighthouseResult } from './lighthouse';
import { describeHeapSplit, objectHeapGrowth, type MemoryResult } from './memory';
import { KIB, kib, mib, ms, summarize, type Summary } from './stats';

export interface Figures {
  firstFrame: FirstFrameResult;
  year: LatencyRun;
  baselineYear: LatencyRun;
  hover: LatencyRun;
  dist: DistSizes;
  memory: MemoryResult;
  lighthouse: LighthouseResult;
  /** Year change and baseline recolour again with the GPU process on (reference, no budget). */
  gpuProcess: { year: LatencyRun; spacedYear: LatencyRun; baselineYear: LatencyRun } | null;
}

export interface Budget {
  figure: string;
  value: number | null;
  limit: number;
  /** The value must be at most (max) or at least (min) the limit. */
  kind: 'max' | 'min';
  unit: string;
  pass: boolean | null;
}

export interface Row {
  measure: string;
  value: string;
  spread: string;
  n: string;
}

export function bytesBefore(sample: LoadSample, kind: Transfer['kind']): number {
  return sample.transfers.filter((t) => t.kind === kind).reduce((sum, t) => sum + t.gzip, 0);
}

/** Each file requested before the first frame, with the share of runs it was requested in. */
export function transferTable(samples: readonly LoadSample[]): string[] {
  const files = new Map<string, { t: Transfer; runs: number }>();
  for (const sample of samples) {
    for (const t of sample.transfers) {
      const seen = files.get(t.file);
      files.set(t.file, { t, runs: (seen?.runs ?? 0) + 1 });
    }
  }
  return [...files.values()]
    .filter(({ t }) => t.kind === 'js' || t.kind === 'data' || t.kind === 'css')
    .sort((a, b) => b.t.gzip - a.t.gzip)
    .map(
      ({ t, runs }) =>
        `  ${t.kind.padEnd(4)} ${kib(t.gzip).padStart(10)} gzip ${kib(t.raw).padStart(11)} raw` +
        `  ${t.file}  (${runs}/${samples.length} runs${t.servedGzip ? '' : ', gzipped by the bench'})`,
    );
}

export function spreadOf(s: Summary, format: (v: number) => string): string {
  return `${format(s.min)} – ${format(s.max)}`;
}

export function budget(
  figure: string,
  value: number | null,
  limit: number,
  kind: Budget['kind'],
  unit: string,
): Budget {
  const pass = value === null ? null : kind === 'max' ? value <= limit : value >= limit;
  return { figure, value, limit, kind, unit, pass };
}

export interface Evaluated {
  rows: Row[];
  budgets: Budget[];
  summaries: Record<string, Summary | null>;
}

export function evaluate(f: Figures): Evaluated {
  const app = summarize(f.firstFrame.app.map((s) => s.firstFrameMs));
  const base = summarize(f.firstFrame.baseline.map((s) => s.firstFrameMs));
  const pairRatios = f.firstFrame.app.map(
    (s, i) => s.firstFrameMs / (f.firstFrame.baseline[i]?.firstFrameMs ?? Number.NaN),
  );
  const ratio = app.median / base.median;
  const pairs = summarize(pairRatios);
  const js = summarize(f.firstFrame.app.map((s) => bytesBefore(s, 'js')));
  const data = summarize(f.firstFrame.app.map((s) => bytesBefore(s, 'data')));
  const css = summarize(f.firstFrame.app.map((s) => bytesBefore(s, 'css')));
  const baseJs = summarize(f.firstFrame.baseline.map((s) => bytesBefore(s, 'js')));
  const baseData = summarize(f.firstFrame.baseline.map((s) => bytesBefore(s, 'data')));
  const year = f.year.latencies.length ? summarize(f.year.latencies) : null;
  const yearDom = f.year.domLatencies.length ? summarize(f.year.domLatencies) : null;
  const baseYear = f.baselineYear.latencies.length ? summarize(f.baselineYear.latencies) : null;
  const hover = f.hover.latencies.length ? summarize(f.hover.latencies) : null;
  const gpuYear = f.gpuProcess?.year.latencies.length
    ? summarize(f.gpuProcess.year.latencies)
    : null;
  const gpuSpaced = f.gpuProcess?.spacedYear.latencies.length
    ? summarize(f.gpuProcess.spacedYear.latencies)
    : null;
  const gpuBase = f.gpuProcess?.baselineYear.latencies.length
    ? summarize(f.gpuProcess.baselineYear.latencies)
    : null;
  const m = f.memory;
  const growth = (m.afterCycles - m.afterLoad) / m.afterLoad;
  const warmGrowth = (m.afterCycles - m.afterFirstCycle) / m.afterFirstCycle;
  const objectGrowth = objectHeapGrowth(m);
  const lh = f.lighthouse.measured ? summarize(f.lighthouse.scores) : null;
  const latency = (s: Summary | null, timeouts: number): Row['value'] =>
    s ? `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}` : `no sample (${timeouts} timed out)`;
  const nOf = (s: Summary | null, timeouts = 0) =>
    `${s?.n ?? 0}${timeouts ? ` (+${timeouts} timed out)` : ''}`;

  const rows: Row[] = [
    {
      measure: 'First district frame (nav → atlas:first-frame)',
      value: ms(app.median),
      spread: spreadOf(app, ms),
      n: String(app.n),
    },
    {
      measure: 'Baseline first frame (MapLibre alone)',
      value: ms(base.median),
      spread: spreadOf(base, ms),
      n: String(base.n),
    },
    {
      measure: 'First frame ÷ baseline (of the medians)',
      value: `${ratio.toFixed(2)} ×`,
      spread: `${pairs.min.toFixed(2)} – ${pairs.max.toFixed(2)} (per pair)`,
      n: String(pairs.n),
    },
    {
      measure: 'Year change: key → frame with new colours',
      value: latency(year, f.year.timeouts),
      spread: year ? spreadOf(year, ms) : '',
      n: nOf(year, f.year.timeouts),
    },
    {
      measure: '  of which key → year shown in the DOM',
      value: latency(yearDom, 0),
      spread: yearDom ? spreadOf(yearDom, ms) : '',
      n: nOf(yearDom),
    },
    {
      measure: 'Baseline recolour (feature-state): key → frame',
      value: latency(baseYear, f.baselineYear.timeouts),
      spread: baseYear ? spreadOf(baseYear, ms) : '',
      n: nOf(baseYear, f.baselineYear.timeouts),
    },
    ...(f.gpuProcess
      ? [
          {
            measure: 'Reference, GPU process on: baseline recolour',
            value: latency(gpuBase, f.gpuProcess.baselineYear.timeouts),
            spread: gpuBase ? spreadOf(gpuBase, ms) : '',
            n: nOf(gpuBase, f.gpuProcess.baselineYear.timeouts),
          },
        ]
      : []),
    {
      measure: 'Hover: pointer move → tooltip painted',
      value: latency(hover, f.hover.timeouts),
      spread: hover ? spreadOf(hover, ms) : '',
      n: nOf(hover, f.hover.timeouts),
    },
    {
      measure: 'JS before first frame (gzip)',
      value: kib(js.median),
      spread: spreadOf(js, kib),
      n: String(js.n),
    },
    {
      measure: 'Data before first frame (gzip)',
      value: kib(data.median),
      spread: spreadOf(data, kib),
      n: String(data.n),
    },
    {
      measure: 'CSS before first frame (gzip)',
      value: kib(css.median),
      spread: spreadOf(css, kib),
      n: String(css.n),
    },
    {
      measure: 'Baseline JS / data before its first frame (gzip)',
      value: `${kib(baseJs.median)} / ${kib(baseData.median)}`,
      spread: '',
      n: String(baseJs.n),
    },
    {
      measure: 'All JS in the build',
      value: `${kib(f.dist.jsGzip)} gzip`,
      spread: `${mib(f.dist.jsBytes)} raw`,
      n: `${f.dist.js.length} files`,
    },
    {
      measure: 'All data in the build',
      value: `${kib(f.dist.dataGzip)} gzip`,
      spread: `${mib(f.dist.dataBytes)} raw`,
      n: `${f.dist.data.length} files`,
    },
    { measure: 'JS heap after load (after GC)', value: mib(m.afterLoad), spread: '', n: '1' },
    {
      measure: `JS heap after 1 cycle (after GC)`,
      value: mib(m.afterFirstCycle),
      spread: '',
      n: '1',
    },
    {
      measure: `JS heap after ${m.cycles} cycles (${m.changes} changes, after GC)`,
      value: mib(m.afterCycles),
      spread: `${signed(growth)} vs load, ${signed(warmGrowth)} vs 1 cycle`,
      n: '1',
    },
    {
      measure: 'Heap snapshot without compiled code, load → cycles',
      value: describeHeapSplit(m),
      spread: '',
      n: '1',
    },
    {
      measure: 'Lighthouse desktop performance score',
      value: f.lighthouse.measured
        ? (lh?.median.toFixed(2) ?? '?')
        : `not measured: ${f.lighthouse.reason}`,
      spread: lh ? `${lh.min.toFixed(2)} – ${lh.max.toFixed(2)}` : '',
      n: lh ? String(lh.n) : '0',
    },
  ];
  const budgets: Budget[] = [
    budget('JS before first frame (gzip)', js.median / KIB, 600, 'max', 'KiB'),
    budget('data before first frame (gzip)', data.median / KIB, 250, 'max', 'KiB'),
    budget('first district frame ÷ baseline', ratio, 1.3, 'max', '×'),
    budget('year change p95', year?.p95 ?? null, 50, 'max', 'ms'),
    budget('hover p95', hover?.p95 ?? null, 100, 'max', 'ms'),
    budget(
      'heap growth after the cycle (without compiled code)',
      objectGrowth * 100,
      10,
      'max',
      '%',
    ),
  ];
  if (lh) budgets.push(budget('Lighthouse desktop performance', lh.median, 0.9, 'min', ''));
  return {
    rows,
    budgets,
    summaries: {
      app,
      base,
      pairs,
      js,
      data,
      css,
      year,
      yearDom,
      baseYear,
      gpuYear,
      gpuSpaced,
      gpuBase,
      hover,
      lighthouse: lh,
    },
  };
}

function signed(fraction: number): string {
  return `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`;
}

export function formatTable(rows: readonly Row[]): string {
  const head: Row = {
    measure: 'measure',
    value: 'median / p50, p95',
    spread: 'spread (min – max)',
    n: 'n',
  };
  const all = [head, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const line = (r: Row) =>
    `${r.measure.padEnd(width('measure'))} | ${r.value.padEnd(width('value'))} | ` +
    `${r.spread.padEnd(width('spread'))} | ${r.n}`;
  const rule = '-'.repeat(line(head).length);
  return [line(head), rule, ...rows.map(line)].join('\n');
}

export function formatBudgets(budgets: readonly Budget[]): string {
  return budgets
    .map((b) => {
      const status = b.pass === null ? 'NOT MEASURED' : b.pass ? 'pass' : 'MISS';
      const value = b.value === null ? '—' : `${round(b.value)}${b.unit ? ` ${b.unit}` : ''}`;
      const sign = b.kind === 'max' ? '≤' : '≥';
      return `  ${status.padEnd(4)}  ${b.figure}: ${value} (budget ${sign} ${b.limit}${b.unit ? ` ${b.unit}` : ''})`;
    })
    .join('\n');
}

function round(value: number): string {
  return Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(2);
}
