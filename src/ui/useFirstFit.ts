/**
 * The first view fits the VRAEM (the country in national scope) into the room the floating panels
 * leave on the map — the controls, the legend with the zone/Peru box, the chart column, the
 * toolbars — measured on the page, so that no panel covers a district of it whatever the
 * language, the text size or the screen. Until the reader moves the map, it fits again whenever a
 * panel changes size or opens (the charts, a longer legend, large text); once the camera is
 * somewhere else than the last fit put it (the reader dragged or zoomed, a slide jumped), it is
 * theirs. (MapLibre's own resize keeps centre and zoom, so it does not count as a move.)
 */
import { useEffect } from 'react';
import { unionBBox } from '../domain/districts';
import { mercatorAspect } from '../domain/panelFit';
import type { AtlasData } from '../data/loadAtlas';
import { holdCamera, onMapReady, type LiveMap } from '../map/mapRegistry';
import { mapPanelPadding, OBSERVED_FOR_FIT } from './panelRoom';

/** Clear space kept between the area fitted and the panels or the map's edge (CSS px). */
const MARGIN = 16;
/** Below this room (CSS px) the panels are too big to fit around: fit the whole map instead. */
const MIN_ROOM = 120;
/**
 * A panel that changes size refits after it has stopped for this long: the legend grows and
 * shrinks with each year while a reader steps through them, and refitting on every step cost
 * ~8 ms of each year change's frame (docs/PERFORMANCE.md) for a camera that stays the same.
 */
const RESIZE_SETTLE_MS = 250;

type BBox = readonly [number, number, number, number];

function cameraOf(map: LiveMap): [number, number, number] {
  const c = map.getCenter();
  return [c.lng, c.lat, map.getZoom()];
}

function sameCamera(a: readonly number[], b: readonly number[]): boolean {
  return a.every((v, i) => Math.abs(v - (b[i] ?? NaN)) < 1e-6);
}

/**
 * Fits `bounds` into the room the panels leave; returns the map's size and the padding used, as a
 * key. The same key as `last` (the legend changed height but not the room it leaves): the camera
 * stays exactly where it is, since fitting again moves it by rounding noise and any move redraws
 * the map's canvases.
 */
function fit(map: LiveMap, bounds: BBox, last: string): string {
  const fitted = mapPanelPadding(map.getContainer(), mercatorAspect(bounds), MARGIN);
  if (!fitted) return last;
  const { room } = fitted;
  const enough = room.right - room.left >= MIN_ROOM && room.bottom - room.top >= MIN_ROOM;
  const padding = enough
    ? fitted.padding
    : { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  const { map: box } = fitted;
  const key = [box.right - box.left, box.bottom - box.top, ...Object.values(padding)]
    .map((v) => v.toFixed(1))
    .join(',');
  if (key !== last)
    map.fitBounds([bounds[0], bounds[1], bounds[2], bounds[3]], { padding, animate: false });
  return key;
}

/**
 * Keeps `observer` on the elements matching `selector` in a root: each call observes those new
 * since the last one, and unobserves and forgets those that have left the page. Forgetting them
 * matters: panels come and go all the time (the key figures remount when they fold over a layer,
 * the scatter panel opens with the bivariate map), and until the reader moves the map this fit
 * lives on, so every removed panel kept here stayed alive with its DOM and, through it, React's
 * fibers and props: the heap grew with every layer change (`npm run bench`, memory: +24 % after
 * 20 cycles through the layers and years). Returns how many elements are watched.
 */
export function panelWatcher(
  observer: Pick<ResizeObserver, 'observe' | 'unobserve'>,
  selector: string,
): (root: ParentNode | null) => number {
  const observed = new Set<Element>();
  return (root) => {
    for (const el of observed) {
      if (el.isConnected) continue;
      observer.unobserve(el);
      observed.delete(el);
    }
    for (const el of root?.querySelectorAll(selector) ?? []) {
      if (observed.has(el)) continue;
      observed.add(el);
      observer.observe(el);
    }
    return observed.size;
  };
}

export function useFirstFit(data: AtlasData, fromLink: boolean): void {
  useEffect(() => {
    if (fromLink) return;
    const bbox = unionBBox(data.scope === 'peru' ? data.districts.list : data.districts.vraem);
    if (!bbox) return;
    const bounds: BBox = [bbox[0], bbox[1], bbox[2], bbox[3]];
    let stop: (() => void) | null = null;
    const unsubscribe = onMapReady((map) => {
      stop?.();
      let fitting = false;
      let frame = 0;
      let timer = 0;
      let release: (() => void) | null = null;
      let fitted: [number, number, number] | null = null;
      let lastFit = '';
      const moved = () => fitted !== null && !sameCamera(fitted, cameraOf(map));
      const done = () => {
        release?.();
        release = null;
      };
      const refit = (delay = 0) => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        release ??= holdCamera();
        // After the layout that changed: the panels have their new size.
        const atFrame = () => {
          frame = requestAnimationFrame(() => {
            done();
            if (moved()) {
              stop?.();
              return;
            }
            fitting = true;
            try {
              lastFit = fit(map, bounds, lastFit);
              fitted = cameraOf(map);
            } finally {
              fitting = false;
            }
          });
        };
        if (delay > 0) timer = window.setTimeout(atFrame, delay);
        else atFrame();
      };
      const observer = new ResizeObserver(() => refit(RESIZE_SETTLE_MS));
      const watch = panelWatcher(observer, OBSERVED_FOR_FIT);
      const observe = () => watch(map.getContainer().closest('.workspace'));
      // Panels come and go (the chart column opens, a legend appears): watch for new ones.
      const mutations = new MutationObserver(() => {
        observe();
        refit();
      });
      const workspace = map.getContainer().closest('.workspace');
      if (workspace) mutations.observe(workspace, { childList: true });
      observe();
      refit();
      const onMoveEnd = () => {
        if (!fitting && moved()) stop?.();
      };
      map.on('moveend', onMoveEnd);
      stop = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        done();
        observer.disconnect();
        mutations.disconnect();
        map.off('moveend', onMoveEnd);
        stop = null;
      };
    });
    return () => {
      unsubscribe();
      stop?.();
    };
  }, [data, fromLink]);
}
