/**
 * The import runs here, off the main thread: read the file, decode, parse, validate, place events,
 * posting progress as it goes. The page cancels by terminating the worker. No network, no eval.
 */
import { districtLocator } from './districtLocator';
import { importBytes, refuseLarge } from './importFile';
import type { ImportMessage, ImportRequest } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => scope.postMessage(message);

/** Reading the file is the first tenth of the bar; parsing the rest. */
const READ_SHARE = 0.1;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, kind, ubigeos, shapes } = event.data;
  try {
    const refused = refuseLarge(file.size);
    if (refused) {
      post({ type: 'done', result: refused });
      return;
    }
    post({ type: 'progress', fraction: 0 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    post({ type: 'progress', fraction: READ_SHARE });
    const known = new Set(ubigeos);
    let lastSent = 0;
    const result = importBytes(bytes, kind, {
      knownUbigeo: (u) => known.has(u),
      // The locator is built only when a file has events to place.
      districtAt: lazyLocator(shapes),
      progress: (fraction) => {
        const overall = READ_SHARE + (1 - READ_SHARE) * fraction;
        if (overall - lastSent >= 0.01 || fraction === 1) {
          lastSent = overall;
          post({ type: 'progress', fraction: overall });
        }
      },
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

function lazyLocator(shapes: ImportRequest['shapes']) {
  let locate: ((lon: number, lat: number) => string | null) | null = null;
  return (lon: number, lat: number) => {
    locate ??= districtLocator(shapes);
    return locate(lon, lat);
  };
}
