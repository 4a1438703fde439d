/**
 * JS heap of the page after load, and after cycling every layer of the select (and, for each
 * indicator, every year of the slider) `cycles` times through the page's own controls, with no
 * URL navigation. Garbage is collected (CDP HeapProfiler.collectGarbage) before each reading, so
 * what remains is what the page holds on to: growth across cycles is a leak. A heap snapshot at
 * load and after the cycles splits that into compiled code (V8's warm-up: functions first run or
 * optimised during the cycles) and everything else (objects, strings, arrays, DOM), where a leak
 * would show.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { takeHeapSplit, type HeapSplit } from './heapSnapshot';
import { openProbed } from './interactions';

export interface MemoryResult {
  /** JSHeapUsedSize (bytes) after load, after the first cycle, after all cycles. */
  afterLoad: number;
  afterFirstCycle: number;
  afterCycles: number;
  /** Heap snapshots after load and after all cycles, split into compiled code and the rest. */
  snapshotAfterLoad: HeapSplit;
  snapshotAfterCycles: HeapSplit;
  cycles: number;
  /** Layer and year changes made in all. */
  changes: number;
  cycleMs: number[];
}

const LAYER_SELECT = { name: 'Colorear distritos por' } as const;

async function heapUsed(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
  return used.value;
}

/**
 * In-page: one cycle. Sets each option of the layer select and, where a year slider appears,
 * each of its values, the way a user's input would (the native value setter, then the event
 * React listens to). Each change waits for React to commit the previous one (its sync-lane
 * microtask), not for the map to draw it: in software WebGL a redraw of this map takes seconds,
 * so drawing all ~120 states of a cycle would take minutes. Instead, in cycle k the map draws
 * (two animation frames) after the sweep of layer k mod (number of layers), so that over the
 * cycles the map builds the GPU state of every layer, and once more at the end of the cycle.
 * Ends on the layer the page started with.
 */
function cycleInPage(args: { selectLabel: string; cycle: number }): Promise<number> {
  const frames = () =>
    new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const committed = async () => {
    for (let i = 0; i < 2; i++) await new Promise<void>((r) => queueMicrotask(r));
  };
  const setValue = (el: HTMLInputElement | HTMLSelectElement, value: string, type: string) => {
    const proto = Object.getPrototypeOf(el) as object;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (!setter) throw new Error('no value setter');
    setter.call(el, value);
    el.dispatchEvent(new Event(type, { bubbles: true }));
  };
  const run = async () => {
    const select = [...document.querySelectorAll('select')].find(
      (s) => s.labels[0]?.textContent?.includes(args.selectLabel) ?? false,
    );
    if (!select) throw new Error(`no select labelled ${args.selectLabel}`);
    const start = select.value;
    const options = [...select.options].map((o) => o.value);
    const order = [...options.filter((v) => v !== start), start];
    let changes = 0;
    for (const [i, value] of order.entries()) {
      setValue(select, value, 'change');
      changes += 1;
      await committed();
      const slider = document.querySelector<HTMLInputElement>('input[type="range"]');
      for (let year = Number(slider?.min); slider && year <= Number(slider.max); year++) {
        const current = document.querySelector<HTMLInputElement>('input[type="range"]');
        if (!current) break;
        setValue(current, String(year), 'input');
        changes += 1;
        await committed();
      }
      if (i === args.cycle % order.length) await frames();
    }
    await frames();
    return changes;
  };
  return run();
}

export async function measureMemory(
  browser: Browser,
  appUrl: string,
  cycles: number,
  /** Query string of the page, e.g. '?scope=peru' for the national scope. */
  query = '',
): Promise<MemoryResult> {
  const { context, page } = await openProbed(browser, `${appUrl}/${query}`);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await settle(page);
    const afterLoad = await heapUsed(cdp);
    const snapshotAfterLoad = await takeHeapSplit(cdp);
    let afterFirstCycle = afterLoad;
    let changes = 0;
    const cycleMs: number[] = [];
    for (let i = 0; i < cycles; i++) {
      const started = Date.now();
      changes += await page.evaluate(cycleInPage, { selectLabel: LAYER_SELECT.name, cycle: i });
      cycleMs.push(Date.now() - started);
      if (i === 0) {
        await settle(page);
        afterFirstCycle = await heapUsed(cdp);
      }
    }
    await settle(page);
    const afterCycles = await heapUsed(cdp);
    const snapshotAfterCycles = await takeHeapSplit(cdp);
    return {
      afterLoad,
      afterFirstCycle,
      afterCycles,
      snapshotAfterLoad,
      snapshotAfterCycles,
      cycles,
      changes,
      cycleMs,
    };
  } finally {
    await context.close();
  }
}

/** Let the map finish drawing and timers run out before a reading. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlasDebug?.idle() === true, null, { timeout: 60_000 });
  await page.waitForTimeout(1_000);
}

/** Growth of the heap without compiled code over the cycles, a fraction of it after load. */
export function objectHeapGrowth(m: MemoryResult): number {
  const before = m.snapshotAfterLoad.total - m.snapshotAfterLoad.code;
  const after = m.snapshotAfterCycles.total - m.snapshotAfterCycles.code;
  return (after - before) / before;
}

/** "16.9 → 17.1 MiB (+1.1 %); compiled code 4.1 → 5.8 MiB": the snapshot figures of a run. */
export function describeHeapSplit(m: MemoryResult): string {
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)}`;
  const growth = objectHeapGrowth(m);
  const { snapshotAfterLoad: load, snapshotAfterCycles: cycles } = m;
  return (
    `${mib(load.total - load.code)} → ${mib(cycles.total - cycles.code)} MiB ` +
    `(${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %); ` +
    `compiled code ${mib(load.code)} → ${mib(cycles.code)} MiB`
  );
}
