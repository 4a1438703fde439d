import { useEffect, useState } from 'react';
import { dataUrlsFor } from '../data/dataUrls';
import type { Scope } from '../data/scope';
import { DataFileError, loadAtlas, type AtlasData } from '../data/loadAtlas';

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: AtlasData }
  | { status: 'error'; file: string; reason: string };

/** The map's data for a scope; switching scope loads the other set (the old one stays until then). */
export function useAtlasData(scope: Scope): AtlasLoad {
  const [load, setLoad] = useState<AtlasLoad>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const { urls, names } = dataUrlsFor(scope);
    loadAtlas(urls, fetch, scope, names).then(
      (data) => !cancelled && setLoad({ status: 'ready', data }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof DataFileError) {
          setLoad({ status: 'error', file: error.file, reason: error.reason });
        } else {
          setLoad({ status: 'error', file: '?', reason: String(error) });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [scope]);
  // Until the new scope's data is in, say so rather than show the old set under the new link.
  return load.status === 'ready' && load.data.scope !== scope ? { status: 'loading' } : load;
}
