/**
 * The import runs here, off the main thread: the file is read, decoded and parsed slice by slice
 * (importBlob), rows validated and events placed as they come, with progress by bytes read. The
 * page cancels by terminating the worker. No network, no eval.
 */
import { districtLocator } from './districtLocator';
import { importBlob } from './importFile';
import type { ImportMessage, ImportRequest } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, kind, ubigeos, shapes, mapping } = event.data;
  try {
    post({ type: 'progress', fraction: 0 });
    const known = new Set(ubigeos);
    let lastSent = 0;
    const result = await importBlob(file, kind, {
      knownUbigeo: (u) => known.has(u),
      ...(mapping ? { mapping } : {}),
      // The locator is built only when a file has events to place.
      districtAt: lazyLocator(shapes),
      progress: (fraction) => {
        // A restart as Windows-1252 begins again at 0: the bar says so rather than stall.
        if (Math.abs(fraction - lastSent) >= 0.01 || fraction === 1) {
          lastSent = fraction;
          post({ type: 'progress', fraction });
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
