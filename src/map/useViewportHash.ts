/**
 * The camera in the link (#map=zoom/lat/lon): written on every 'moveend' with replaceState, so
 * panning makes no history entries. Reading it at start is AtlasMap's `initialViewport`.
 */
import { useEffect } from 'react';
import { onMapReady, viewportOf, type MapView } from './mapSnapshot';

export function useViewportHash(serialize: (view: MapView) => string): void {
  useEffect(() => {
    let detach = () => {};
    const stop = onMapReady((map) => {
      detach();
      const write = () => {
        const hash = serialize(viewportOf(map));
        if (hash === window.location.hash) return;
        const { pathname, search } = window.location;
        window.history.replaceState(window.history.state, '', pathname + search + hash);
      };
      map.on('moveend', write);
      detach = () => map.off('moveend', write);
    });
    return () => {
      stop();
      detach();
    };
  }, [serialize]);
}
