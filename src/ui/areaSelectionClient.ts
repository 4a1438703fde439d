/**
 * Runs area selections in one long-lived worker (src/ui/areaSelectionWorker.ts). The context is
 * posted when it changes (a structured clone of the district shapes), each area as a small
 * request. Where no worker can be started, or it fails, the same pure function runs on the page,
 * so a selection is never lost, only slower.
 */
import type { AreaFilter } from '../domain/area';
import type { SpatialContext } from '../domain/spatial';
import type { AreaAnswer, AreaRequest } from './areaSelectionProtocol';

type Found = Set<string> | null;

let worker: Worker | null = null;
let postedContext: SpatialContext | null = null;
let lastId = 0;
/** Set when the worker failed once: later areas are computed on the page. */
let broken = false;
const waiting = new Map<number, (answer: AreaAnswer) => void>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./areaSelectionWorker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<AreaAnswer>) => {
      const resolve = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      resolve?.(event.data);
    };
    started.onerror = (event) => {
      // A worker that cannot load (or dies) answers everything still waiting with an error;
      // those areas, and later ones, are computed on the page.
      for (const [id, resolve] of waiting) resolve({ id, error: event.message || 'worker failed' });
      waiting.clear();
      started.terminate();
      worker = null;
      postedContext = null;
      broken = true;
    };
    return started;
  } catch {
    return null;
  }
}

async function onPage(area: AreaFilter, context: SpatialContext): Promise<Found> {
  const { districtsInArea } = await import('../domain/spatial');
  return districtsInArea(area, context);
}

/** The districts the area selects under its rule; null when the area is unusable. */
export async function selectByArea(area: AreaFilter, context: SpatialContext): Promise<Found> {
  if (!broken) worker ??= startWorker();
  const running = worker;
  if (!running) return onPage(area, context);
  if (postedContext !== context) {
    running.postMessage({ type: 'context', context } satisfies AreaRequest);
    postedContext = context;
  }
  const id = ++lastId;
  const answer = await new Promise<AreaAnswer>((resolve) => {
    waiting.set(id, resolve);
    running.postMessage({ type: 'select', id, area } satisfies AreaRequest);
  });
  if ('error' in answer) {
    console.warn(`Area selection fell back to the page: ${answer.error}`);
    return onPage(area, context);
  }
  return answer.ubigeos ? new Set(answer.ubigeos) : null;
}
