/**
 * The camera in the link (#map=zoom/lat/lon): written on every 'moveend' with replaceState, so
 * panning makes no history entries; Back/Forward move the camera to the entry's hash. Reading it
 * at start is AtlasMap's `initialViewport`. The codec is passed in (map/ does not import state/).
 */
import { useEffect } from 'react';
import { jumpTo, onMapReady, viewportOf, type MapView } from './mapRegistry';

const keepNone = () => false;

export function useViewportHash(
  serialize: (view: MapView) => string,
  parse: (hash: string) => MapView | null,
  /** A hash that holds something else the link needs (a whole briefing): left in place. */
  keep: (hash: string) => boolean = keepNone,
): void {
  useEffect(() => {
    let detach = () => {};
    const stop = onMapReady((map) => {
      detach();
      const write = () => {
        const hash = serialize(viewportOf(map));
        if (hash === window.location.hash || keep(window.location.hash)) return;
        const { pathname, search } = window.location;
        window.history.replaceState(window.history.state, '', pathname + search + hash);
      };
      const restore = () => {
        const view = parse(window.location.hash);
        if (view && serialize(view) !== serialize(viewportOf(map))) jumpTo(map, view);
      };
      map.on('moveend', write);
      window.addEventListener('popstate', restore);
      detach = () => {
        map.off('moveend', write);
        window.removeEventListener('popstate', restore);
      };
    });
    return () => {
      stop();
      detach();
    };
  }, [serialize, parse, keep]);
}
