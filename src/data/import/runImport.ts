/**
 * A thin wrapper around the import worker: start one import, hear its progress, get its result as
 * a promise, cancel it (the worker is terminated, so a runaway parse cannot outlive the dialog).
 */
import type { ColumnMapping } from './columnMapping';
import type { DistrictShape } from './districtLocator';
import type { ImportKind, ImportResult } from './importFile';
import type { ImportMessage, ImportRequest } from './workerProtocol';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel(): void;
}

export interface ImportTargets {
  ubigeos: readonly string[];
  shapes: readonly DistrictShape[];
}

export function runImport(
  file: Blob,
  kind: ImportKind,
  targets: ImportTargets,
  onProgress: (fraction: number) => void,
  mapping?: ColumnMapping,
): RunningImport {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (r: ImportResult) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<ImportResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: ImportResult | Error) => {
    worker.terminate();
    const pending = settle;
    settle = null;
    if (!pending) return;
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
  };
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'done') finish(message.result);
    else finish(new Error(message.message));
  };
  worker.onerror = (event) => finish(new Error(event.message || 'import worker failed'));
  const request: ImportRequest = {
    file,
    kind,
    ubigeos: targets.ubigeos,
    shapes: targets.shapes,
    ...(mapping ? { mapping } : {}),
  };
  worker.postMessage(request);
  return { result, cancel: () => finish(new ImportCancelled()) };
}
