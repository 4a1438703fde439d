/**
 * The session's imports (memory only, never in the URL): the list, which imported indicator the
 * map shows, the theme with the imported indicators joined in, and the imported event points.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ThemeData } from '../../data/loadThemes';
import type { ImportedIndicatorId } from '../../domain/indicatorRegistry';
import { useI18n } from '../../i18n/I18nContext';
import type { ImportedEventLayer, ImportedIndicatorLayer, ImportedLayer } from './imported';
import { placeImportedEvents } from './importedEvents';
import { importedIndicatorDef, withImported } from './importedTheme';

export function useImportedLayers(loadedTheme: ThemeData | null) {
  const { lang } = useI18n();
  const [layers, setLayers] = useState<ImportedLayer[]>([]);
  /** The imported indicator the map shows instead of the URL's layer, if any. */
  const [activeId, setActive] = useState<ImportedIndicatorId | null>(null);
  /** Imports accepted so far, removed ones included: keeps keys unique. */
  const [count, setCount] = useState(0);

  const add = useCallback((layer: ImportedLayer) => {
    setLayers((list) => [...list, layer]);
    setCount((n) => n + 1);
    if (layer.kind === 'indicator') setActive(layer.key);
  }, []);
  const remove = useCallback((key: ImportedIndicatorId) => {
    setLayers((list) => list.filter((l) => l.key !== key));
    setActive((current) => (current === key ? null : current));
  }, []);

  const indicators = useMemo(
    () => layers.filter((l): l is ImportedIndicatorLayer => l.kind === 'indicator'),
    [layers],
  );
  const defs = useMemo(() => indicators.map(importedIndicatorDef), [indicators]);
  const theme = useMemo(
    () => (loadedTheme ? withImported(loadedTheme, indicators, lang) : null),
    [loadedTheme, indicators, lang],
  );
  const active = useMemo(() => {
    const layer = indicators.find((l) => l.key === activeId);
    const indicator = defs.find((d) => d.id === activeId);
    return layer && indicator ? { indicator, values: layer.values } : null;
  }, [indicators, defs, activeId]);
  const events = useMemo(
    () => placeImportedEvents(layers.filter((l): l is ImportedEventLayer => l.kind === 'events')),
    [layers],
  );
  return { layers, count, add, remove, activeId, setActive, theme, defs, active, events };
}
