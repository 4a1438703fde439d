/**
 * What the bench installs in the page before the app's own scripts run, and the in-page halves
 * of the latency measures. Every function here is serialized into the page by playwright, so it
 * uses nothing from its module scope.
 *
 * Method (printed with the results): the start of a latency is the `timeStamp` of the input
 * event itself (keydown or pointermove, captured on window before the app sees it), so it includes
 * any time the event waited for a busy main thread. The end is:
 * - year change: if the district fills were drawn on a 2D canvas since the keydown, or a canvas
 *   already drawn was shown (the app fills or swaps its district canvas in a layout effect of
 *   the commit that writes the new year, before the DOM change is observed), the next animation
 *   frame and the end of its rendering task; else (the baseline page, or a change that goes
 *   through MapLibre) the first WebGL draw call after
 *   React has written the new year into the page, then the end of that rendering task (a
 *   MessageChannel message posted from the draw), i.e. the frame handed to the compositor. Or,
 *   if later, the presentation of the first frame after the keydown that Event Timing reports
 *   (interactions.ts takes the later of the two);
 * - hover: the tooltip showing the target district's name, then the next animation frame and the
 *   end of its rendering task (rAF + MessageChannel), i.e. the tooltip painted.
 */
import type { BrowserContext } from 'playwright-core';

export interface LatencySample {
  /** Input event timeStamp, ms since navigation start. */
  input: number;
  /** The DOM showing the change (year text, tooltip). */
  dom: number;
  /** The frame with the change handed to the compositor (end of the task that drew it). */
  frame: number;
  /**
   * When the browser presented the first frame after the input event was handled (Event Timing
   * API: startTime + duration, 8 ms resolution; keydown only; null under its 16 ms threshold).
   * With the GPU process on, the main thread hands the frame over before it is drawn, so this
   * can come later than `frame`.
   */
  presented: number | null;
}

interface BenchProbe {
  /** Event Timing keydown entries: startTime (the event's timeStamp) → presentation time. */
  presentations: Map<number, number>;
  draws: number;
  /** performance.now() of the last 2D canvas fill. */
  lastFill2d: number;
  lastKeydown: number;
  lastPointermove: number;
  onDraw: (() => void) | null;
  result: Promise<LatencySample | null> | null;
}

declare global {
  interface Window {
    atlasBench?: BenchProbe;
  }
}

/** tsx compiles with esbuild's keepNames, which calls a `__name` helper in serialized code. */
const NAME_SHIM = 'window.__name = window.__name || ((f) => f);';

function installProbe(): void {
  const probe: BenchProbe = {
    presentations: new Map(),
    draws: 0,
    lastFill2d: 0,
    lastKeydown: 0,
    lastPointermove: 0,
    onDraw: null,
    result: null,
  };
  window.atlasBench = probe;
  const stamp = (event: Event) => {
    const now = performance.now();
    return event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
  };
  window.addEventListener('keydown', (e) => (probe.lastKeydown = stamp(e)), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'keydown')
        probe.presentations.set(entry.startTime, entry.startTime + entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  window.addEventListener('pointermove', (e) => (probe.lastPointermove = stamp(e)), true);
  const context2d = CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>;
  const fill2d = context2d.fill as (...a: unknown[]) => void;
  context2d.fill = function (this: unknown, ...args: unknown[]): void {
    probe.lastFill2d = performance.now();
    fill2d.apply(this, args);
  };
  // A layer drawn in two canvases in turn (src/map/layerCanvas.ts, twoBuffers) has nothing to
  // fill when its hidden canvas already shows the new year (a step back to the year before):
  // showing that canvas is its drawing.
  new MutationObserver((records) => {
    for (const { target } of records) {
      if (!(target instanceof HTMLCanvasElement)) continue;
      if (target.classList.contains('map-layer-canvas') && target.style.display !== 'none')
        probe.lastFill2d = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'];
  for (const gl of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const proto = gl.prototype as unknown as Record<string, unknown>;
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (this: unknown, ...args: unknown[]): unknown {
        probe.draws += 1;
        probe.onDraw?.();
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }
}

/** Adds the name shim to a context; with `probe`, also the input and WebGL draw probe. */
export async function prepareContext(context: BrowserContext, probe: boolean): Promise<void> {
  await context.addInitScript({ content: NAME_SHIM });
  if (probe) await context.addInitScript(installProbe);
}

export interface ArmOptions {
  /** The element whose textContent must equal `text` once the change is in the DOM. */
  selector: string;
  text: string;
  /**
   * 'draw': end at the next WebGL draw, or after the next frame if a 2D canvas was filled since
   * the keydown (year); 'paint': end after the next frame (hover).
   */
  until: 'draw' | 'paint';
  input: 'key' | 'pointer';
  timeoutMs: number;
}

/** In-page: waits for the next change described by `options`; read it with `collectLatency`. */
export function armLatency(options: ArmOptions): void {
  const probe = window.atlasBench;
  if (!probe) throw new Error('bench probe not installed');
  probe.lastKeydown = 0;
  probe.lastPointermove = 0;
  probe.onDraw = null;
  probe.result = new Promise((resolve) => {
    let domAt = 0;
    const endOfTask = (done: () => void) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(null);
    };
    const finish = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      const input = options.input === 'key' ? probe.lastKeydown : probe.lastPointermove;
      resolve(input > 0 ? { input, dom: domAt, frame: performance.now(), presented: null } : null);
    };
    const timer = window.setTimeout(() => {
      observer.disconnect();
      probe.onDraw = null;
      resolve(null);
    }, options.timeoutMs);
    const onMutation = () => {
      if (domAt > 0) return;
      if (document.querySelector(options.selector)?.textContent !== options.text) return;
      domAt = performance.now();
      const filled2d = probe.lastKeydown > 0 && probe.lastFill2d >= probe.lastKeydown;
      if (options.until === 'draw' && !filled2d) {
        probe.onDraw = () => {
          probe.onDraw = null;
          endOfTask(finish);
        };
      } else {
        requestAnimationFrame(() => endOfTask(finish));
      }
    };
    const observer = new MutationObserver(onMutation);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * In-page: the sample `armLatency` waited for (null if it timed out), with its presentation time
 * once Event Timing reports it (it does after the frame is presented; waited for up to 1 s; none
 * comes for a keydown handled and presented within 16 ms).
 */
export async function collectLatency(): Promise<LatencySample | null> {
  const probe = window.atlasBench;
  const sample = await (probe?.result ?? Promise.resolve(null));
  if (!probe || !sample || probe.lastKeydown === 0) return sample;
  const find = () => {
    for (const [start, presented] of probe.presentations)
      if (Math.abs(start - sample.input) < 1) return presented;
    return null;
  };
  const until = performance.now() + 1_000;
  let presented = find();
  while (presented === null && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 20));
    presented = find();
  }
  return { ...sample, presented };
}
