import { useEffect, useState } from 'react';
import { DATA_URLS } from '../data/dataUrls';
import { DataFileError, loadAtlas, type AtlasData } from '../data/loadAtlas';

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: AtlasData }
  | { status: 'error'; file: string; reason: string };

export function useAtlasData(): AtlasLoad {
  const [load, setLoad] = useState<AtlasLoad>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadAtlas(DATA_URLS).then(
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
  }, []);
  return load;
}
