/**
 * The map's scale bar, written when the camera settles ('moveend'), not on every frame of a move
 * as MapLibre's ScaleControl does. Its box sits among the panels that float over the map; with
 * Chromium's GPU process, each rewrite of its width during a drag re-rasterised the layer those
 * panels share with it: from the third drag on, frames of 50–800 ms on SwiftShader
 * (docs/PERFORMANCE.md, 'The scale bar'). Its length and label come from the same rule as the
 * exported map's bar (domain/scaleBar.ts), so the screen and the PNG agree.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { scaleBar } from '../domain/scaleBar';

/** MapLibre's default: the bar is at most this long (CSS px). */
export const SCALE_MAX_PX = 100;

export class SettledScaleControl implements IControl {
  private map: MapLibreMap | null = null;
  private readonly box = document.createElement('div');

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    // MapLibre's classes: its stylesheet draws the bar.
    this.box.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
    map.on('moveend', this.update);
    this.update();
    return this.box;
  }

  onRemove(): void {
    this.map?.off('moveend', this.update);
    this.map = null;
    this.box.remove();
  }

  private readonly update = (): void => {
    const map = this.map;
    if (!map) return;
    const bar = scaleBar(map.getZoom(), map.getCenter().lat, SCALE_MAX_PX);
    const width = `${Math.round(bar.px)}px`;
    // Unchanged (a pan along a parallel): no write, no repaint.
    if (this.box.style.width !== width) this.box.style.width = width;
    if (this.box.textContent !== bar.label) this.box.textContent = bar.label;
  };
}
