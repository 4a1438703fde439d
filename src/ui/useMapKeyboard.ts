import { useMemo, useState, type KeyboardEvent } from 'react';
import { rankAmong } from '../domain/choropleth';
import type { DistrictIndex } from '../domain/districts';
import { useI18n } from '../i18n/I18nContext';
import { layerLine } from './describeValue';
import type { LayerView } from './layerView';

/**
 * The map without a mouse: arrows walk the given districts in alphabetical order (a stable
 * order a listener can learn), Enter opens the focused one, and the announcement reads its
 * name, value, year and rank for the aria-live region.
 */
export function useMapKeyboard(
  districts: readonly { ubigeo: string; name: string }[],
  index: DistrictIndex,
  view: LayerView,
  onOpen: (ubigeo: string) => void,
) {
  const i18n = useI18n();
  const [focus, setFocus] = useState<string | null>(null);
  const order = useMemo(
    () => [...districts].sort((a, b) => a.name.localeCompare(b.name, 'es')).map((d) => d.ubigeo),
    [districts],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined && order.length > 0) {
      event.preventDefault();
      const at = focus ? order.indexOf(focus) : -1;
      const next = order[(at + step + order.length) % order.length];
      if (next) setFocus(next);
    } else if (event.key === 'Enter' && focus) {
      event.preventDefault();
      onOpen(focus);
    }
  };

  const district = focus ? index.byUbigeo.get(focus) : undefined;
  let announcement = '';
  if (district) {
    const parts = [`${district.name}, ${district.province}, ${district.department}.`];
    const line = layerLine(i18n, view, district.ubigeo, index);
    if (line) parts.push(`${line}.`);
    const rank = view.kind === 'indicator' ? rankAmong(view.map, order, district.ubigeo) : null;
    if (rank) parts.push(i18n.t('map.rank', { rank: rank.rank, of: rank.of }));
    announcement = parts.join(' ');
  }
  return { focus, onKeyDown, announcement };
}
