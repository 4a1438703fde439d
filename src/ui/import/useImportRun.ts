/** One import at a time: start it in the worker, follow its progress, cancel it, keep its outcome. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../data/import/columnMapping';
import type { ImportKind, ImportResult } from '../../data/import/importFile';
import {
  ImportCancelled,
  runImport,
  type ImportTargets,
  type RunningImport,
} from '../../data/import/runImport';

export type ImportRunState =
  | { status: 'idle' }
  | { status: 'running'; file: string; fraction: number }
  | { status: 'done'; file: string; result: ImportResult }
  | { status: 'cancelled' }
  | { status: 'failed'; file: string; message: string };

export function useImportRun(targets: ImportTargets) {
  const [state, setState] = useState<ImportRunState>({ status: 'idle' });
  const running = useRef<RunningImport | null>(null);

  const cancel = useCallback(() => {
    running.current?.cancel();
    running.current = null;
  }, []);

  const start = useCallback(
    (file: File, kind: ImportKind, mapping?: ColumnMapping) => {
      cancel();
      const name = file.name;
      setState({ status: 'running', file: name, fraction: 0 });
      const run = runImport(
        file,
        kind,
        targets,
        (fraction) =>
          setState((s) =>
            s.status === 'running' && running.current === run ? { ...s, fraction } : s,
          ),
        mapping,
      );
      running.current = run;
      run.result.then(
        (result) => {
          if (running.current !== run) return;
          running.current = null;
          setState({ status: 'done', file: name, result });
        },
        (error: unknown) => {
          if (error instanceof ImportCancelled) {
            // Replaced by a newer import: that one owns the state now.
            if (running.current === null) setState({ status: 'cancelled' });
            return;
          }
          if (running.current === run) running.current = null;
          setState({ status: 'failed', file: name, message: String(error) });
        },
      );
    },
    [cancel, targets],
  );

  // Closing the dialog mid-import stops the worker.
  useEffect(() => cancel, [cancel]);

  return { state, start, cancel };
}
