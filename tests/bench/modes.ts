/**
 * The interactions measured in both of Chromium's drawing modes, with the same budgets:
 * - 'software': launched with --disable-gpu (the browser tests' mode): the page is composited in
 *   software and every visible WebGL frame is read back from SwiftShader first;
 * - 'gpu': without --disable-gpu, so that Chromium runs its GPU process, here on SwiftShader
 *   (no GPU on these machines): the page is composited as on a machine with a graphics card,
 *   with no readback, but every raster and composite is still done by the CPU. On a real GPU
 *   both would be cheaper; this is the closest this machine can measure.
 */
import type { Browser } from 'playwright-core';
import { measureHovers, measureYearChanges, type LatencyRun } from './interactions';
import { NATIONAL_QUERY } from './national';
import { measurePan, type PanRun } from './pan';
import { budget, type Budget, type Row } from './report';
import { ms, summarize, type Summary } from './stats';

export type Mode = 'software' | 'gpu';
export const MODE_LABEL: Record<Mode, string> = {
  software: '--disable-gpu',
  gpu: 'GPU process',
};

export interface ModeFigures {
  year: LatencyRun;
  spacedYear: LatencyRun;
  hover: LatencyRun;
  pan: PanRun;
  nationalYear: LatencyRun | null;
  nationalPan: PanRun | null;
}

/** The pause before each spaced year change (a user stepping deliberately). */
export const SPACED_PAUSE_MS = 400;

/** What a mode measures beyond what the main bench already has for it. */
export async function measureSpacedAndPan(
  browser: Browser,
  appUrl: string,
  changes: number,
  national: boolean,
): Promise<Pick<ModeFigures, 'spacedYear' | 'pan' | 'nationalPan'>> {
  const spacedYear = await measureYearChanges(browser, appUrl, changes, '', SPACED_PAUSE_MS);
  const pan = await measurePan(browser, appUrl);
  const nationalPan = national ? await measurePan(browser, appUrl, NATIONAL_QUERY) : null;
  return { spacedYear, pan, nationalPan };
}

/** Every interaction of a mode: for the GPU-process Chromium, which the main bench does not use. */
export async function measureMode(
  browser: Browser,
  appUrl: string,
  changes: number,
  national: boolean,
): Promise<ModeFigures> {
  const year = await measureYearChanges(browser, appUrl, changes);
  const hover = await measureHovers(browser, appUrl, changes);
  const nationalYear = national
    ? await measureYearChanges(browser, appUrl, changes, `${NATIONAL_QUERY}&`)
    : null;
  return {
    year,
    hover,
    nationalYear,
    ...(await measureSpacedAndPan(browser, appUrl, changes, national)),
  };
}

const latencySummary = (run: LatencyRun | null): Summary | null =>
  run?.latencies.length ? summarize(run.latencies) : null;
const panSummary = (run: PanRun | null): Summary | null =>
  run?.intervals.length ? summarize(run.intervals) : null;

interface Measure {
  name: string;
  pick: (m: ModeFigures) => Summary | null;
  limit: number;
  timeouts: (m: ModeFigures) => number;
}

const MEASURES: Measure[] = [
  {
    name: 'year change p95 (back to back)',
    pick: (m) => latencySummary(m.year),
    limit: 50,
    timeouts: (m) => m.year.timeouts,
  },
  {
    name: 'year change p95 (0.4 s apart)',
    pick: (m) => latencySummary(m.spacedYear),
    limit: 50,
    timeouts: (m) => m.spacedYear.timeouts,
  },
  {
    name: 'national year change p95',
    pick: (m) => latencySummary(m.nationalYear),
    limit: 100,
    timeouts: (m) => m.nationalYear?.timeouts ?? 0,
  },
  {
    name: 'hover p95',
    pick: (m) => latencySummary(m.hover),
    limit: 100,
    timeouts: (m) => m.hover.timeouts,
  },
  {
    name: 'pan frame interval p95 (40-move drag)',
    pick: (m) => panSummary(m.pan),
    limit: 50,
    timeouts: () => 0,
  },
  {
    name: 'national pan frame interval p95',
    pick: (m) => panSummary(m.nationalPan),
    limit: 100,
    timeouts: () => 0,
  },
];

/**
 * One row per measure and mode, and one budget per measure and mode. The software mode's year
 * change, hover and national year change budgets are already in report.ts and national.ts under
 * their old names; here they are listed again by mode, so the table reads both modes side by side.
 */
export function evaluateModes(modes: Partial<Record<Mode, ModeFigures>>): {
  rows: Row[];
  budgets: Budget[];
} {
  const rows: Row[] = [];
  const budgets: Budget[] = [];
  for (const measure of MEASURES) {
    for (const mode of ['software', 'gpu'] as const) {
      const figures = modes[mode];
      if (!figures) continue;
      const s = measure.pick(figures);
      if (!s && measure.name.startsWith('national') && !figures.nationalYear) continue;
      const timeouts = measure.timeouts(figures);
      rows.push({
        measure: `[${MODE_LABEL[mode]}] ${measure.name.replace(' p95', '')}`,
        value: s ? `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}` : `no sample (${timeouts} timed out)`,
        spread: s ? `${ms(s.min)} – ${ms(s.max)}` : '',
        n: `${s?.n ?? 0}${timeouts ? ` (+${timeouts} timed out)` : ''}`,
      });
      budgets.push(
        budget(`[${MODE_LABEL[mode]}] ${measure.name}`, s?.p95 ?? null, measure.limit, 'max', 'ms'),
      );
    }
  }
  return { rows, budgets };
}
