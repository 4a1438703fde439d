/**
 * National scope (?scope=peru, all districts of Peru): the same measures as the VRAEM scope —
 * cold first frame and bytes before it, year change, hover, heap — on the national files.
 */
import type { Browser } from 'playwright-core';
import { bytesBefore, budget, spreadOf, type Budget, type Row } from './report';
import { measureAppLoads, type LoadSample } from './firstFrame';
import { districts, measureHovers, measureYearChanges, type LatencyRun } from './interactions';
import { describeHeapSplit, measureMemory, objectHeapGrowth, type MemoryResult } from './memory';
import { kib, mib, ms, summarize, type Summary } from './stats';

export const NATIONAL_QUERY = 'scope=peru';
export const NATIONAL_DISTRICTS_FILE = 'data/peru-districts.json';
/** Two large districts of Loreto, far from the VRAEM, whose label points are well inside. */
export const NATIONAL_HOVER_DISTRICTS = ['160107', '160303'] as const; // Napo, Tigre

export interface NationalFigures {
  loads: LoadSample[];
  year: LatencyRun;
  hover: LatencyRun;
  memory: MemoryResult;
  /** Districts in the national file (the scale of the test). */
  districts: number;
}

export async function measureNational(
  browser: Browser,
  appUrl: string,
  appOut: string,
  o: { runs: number; changes: number; cycles: number },
  log: (message: string) => void,
): Promise<NationalFigures> {
  const loads = await measureAppLoads(browser, `${appUrl}/?${NATIONAL_QUERY}`, appOut, o.runs);
  log(`national first frames: ${o.runs} cold loads`);
  const year = await measureYearChanges(browser, appUrl, o.changes, `${NATIONAL_QUERY}&`);
  log(`national year changes: ${year.latencies.length}`);
  const index = districts(NATIONAL_DISTRICTS_FILE);
  const hover = await measureHovers(browser, appUrl, o.changes, {
    query: `?${NATIONAL_QUERY}`,
    ubigeos: NATIONAL_HOVER_DISTRICTS,
    index,
  });
  log(`national hovers: ${hover.latencies.length}`);
  const memory = await measureMemory(browser, appUrl, o.cycles, `?${NATIONAL_QUERY}`);
  log(`national memory: ${o.cycles} cycles, ${memory.changes} changes`);
  return { loads, year, hover, memory, districts: index.list.length };
}

const latency = (s: Summary | null, timeouts: number): string =>
  s ? `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}` : `no sample (${timeouts} timed out)`;
const nOf = (s: Summary | null, timeouts: number) =>
  `${s?.n ?? 0}${timeouts ? ` (+${timeouts} timed out)` : ''}`;

export function evaluateNational(n: NationalFigures): {
  rows: Row[];
  budgets: Budget[];
  summaries: Record<string, Summary | null>;
} {
  const first = summarize(n.loads.map((s) => s.firstFrameMs));
  const js = summarize(n.loads.map((s) => bytesBefore(s, 'js')));
  const data = summarize(n.loads.map((s) => bytesBefore(s, 'data')));
  const year = n.year.latencies.length ? summarize(n.year.latencies) : null;
  const hover = n.hover.latencies.length ? summarize(n.hover.latencies) : null;
  const m = n.memory;
  const growth = (m.afterCycles - m.afterLoad) / m.afterLoad;
  const label = `national scope (?${NATIONAL_QUERY}, ${n.districts} districts)`;
  const rows: Row[] = [
    {
      measure: `First district frame, ${label}`,
      value: ms(first.median),
      spread: spreadOf(first, ms),
      n: String(first.n),
    },
    {
      measure: 'National: JS / data before first frame (gzip)',
      value: `${kib(js.median)} / ${kib(data.median)}`,
      spread: `data ${spreadOf(data, kib)}`,
      n: String(data.n),
    },
    {
      measure: 'National: year change, key → frame',
      value: latency(year, n.year.timeouts),
      spread: year ? spreadOf(year, ms) : '',
      n: nOf(year, n.year.timeouts),
    },
    {
      measure: 'National: hover, pointer move → tooltip painted',
      value: latency(hover, n.hover.timeouts),
      spread: hover ? spreadOf(hover, ms) : '',
      n: nOf(hover, n.hover.timeouts),
    },
    {
      measure: `National: JS heap after load → ${m.cycles} cycles (after GC)`,
      value: `${mib(m.afterLoad)} → ${mib(m.afterCycles)}`,
      spread: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (${m.changes} changes)`,
      n: '1',
    },
    {
      measure: 'National: heap snapshot without compiled code, load → cycles',
      value: describeHeapSplit(m),
      spread: '',
      n: '1',
    },
  ];
  const budgets: Budget[] = [
    budget('national year change p95', year?.p95 ?? null, 100, 'max', 'ms'),
    budget(
      'national heap growth after the cycle (without compiled code)',
      objectHeapGrowth(m) * 100,
      10,
      'max',
      '%',
    ),
  ];
  return {
    rows,
    budgets,
    summaries: {
      nationalFirstFrame: first,
      nationalJs: js,
      nationalData: data,
      nationalYear: year,
      nationalHover: hover,
    },
  };
}
