/** Imported layers of this session (memory only, never in the URL) and which one is shown. */
import { useCallback, useState } from 'react';
import type { ImportedLayer } from './imported';

export function useImportedLayers() {
  const [layers, setLayers] = useState<ImportedLayer[]>([]);
  /** Key of the imported indicator the map shows instead of the URL's layer, if any. */
  const [active, setActive] = useState<string | null>(null);
  /** Imports accepted so far, removed ones included: keeps keys unique. */
  const [count, setCount] = useState(0);

  const add = useCallback((layer: ImportedLayer) => {
    setLayers((list) => [...list, layer]);
    setCount((n) => n + 1);
    if (layer.kind === 'indicator') setActive(layer.key);
  }, []);
  const remove = useCallback((key: string) => {
    setLayers((list) => list.filter((l) => l.key !== key));
    setActive((current) => (current === key ? null : current));
  }, []);

  const activeIndicator =
    layers.find(
      (l): l is Extract<ImportedLayer, { kind: 'indicator' }> =>
        l.kind === 'indicator' && l.key === active,
    ) ?? null;
  const events = layers.filter(
    (l): l is Extract<ImportedLayer, { kind: 'events' }> => l.kind === 'events',
  );
  return { layers, count, add, remove, activeIndicator, setActive, events };
}
