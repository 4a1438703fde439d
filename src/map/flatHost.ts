/**
 * What the layer canvases (layerCanvas.ts) and the map registry (mapRegistry.ts: image export,
 * print, the #map= link, the first fit, area drawing) get from the map without WebGL, in place of
 * MapLibre: a container, a surface canvas on top (transparent, never drawn on: it gives the size
 * and takes the pointer), the flat camera (flatCamera.ts), and MapLibre's events: 'render' and
 * 'move' each time the view changes, 'moveend' when a gesture or a jump ends (`endMove`), 'idle'
 * after a frame is drawn.
 */
import type { LiveMap, LiveMapEvent } from './mapRegistry';
import {
  fitBounds,
  MAX_ZOOM,
  MIN_ZOOM,
  projectFlat,
  resized,
  unprojectFlat,
  type FlatView,
  type Padding,
} from './flatCamera';

type Listeners = Set<() => void>;

export class FlatHost implements LiveMap {
  readonly simplified = true;
  readonly surface: HTMLCanvasElement;
  private view: FlatView;
  private readonly listeners: Record<LiveMapEvent, Listeners> = {
    render: new Set(),
    move: new Set(),
    moveend: new Set(),
  };
  private readonly onceListeners: Record<'render' | 'idle' | 'remove', Listeners> = {
    render: new Set(),
    idle: new Set(),
    remove: new Set(),
  };
  private ratio: number | null = null;
  private repaint = 0;
  private readonly observer: ResizeObserver | null;

  constructor(
    private readonly container: HTMLElement,
    initial: (width: number, height: number) => FlatView,
  ) {
    this.surface = document.createElement('canvas');
    this.surface.className = 'flat-map-surface';
    container.append(this.surface);
    const { width, height } = this.cssSize();
    this.view = initial(width, height);
    this.sizeSurface();
    this.observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.resize());
    this.observer?.observe(container);
  }

  private cssSize() {
    return {
      width: Math.max(1, this.container.clientWidth),
      height: Math.max(1, this.container.clientHeight),
    };
  }

  /** As MapLibre does: device pixels in the attributes, the ratio used written in the CSS size. */
  private sizeSurface() {
    const ratio = this.getPixelRatio();
    const width = Math.round(this.view.width * ratio);
    const height = Math.round(this.view.height * ratio);
    this.surface.width = width;
    this.surface.height = height;
    this.surface.style.width = `${width / ratio}px`;
    this.surface.style.height = `${height / ratio}px`;
  }

  private resize() {
    const { width, height } = this.cssSize();
    if (width === this.view.width && height === this.view.height) return;
    this.setView(resized(this.view, width, height));
  }

  getView(): FlatView {
    return this.view;
  }

  /** Moves the camera and draws; a gesture calls `endMove` when it ends. */
  setView(view: FlatView): void {
    this.view = view;
    this.sizeSurface();
    this.draw();
    this.emit(this.listeners.move);
  }

  /** The end of a gesture or a jump: MapLibre's 'moveend' (the link is written then). */
  endMove(): void {
    this.emit(this.listeners.moveend);
  }

  private draw() {
    cancelAnimationFrame(this.repaint);
    this.emit(this.listeners.render);
    this.emitOnce('render');
    this.emitOnce('idle');
  }

  private emit(listeners: Listeners) {
    for (const listener of [...listeners]) listener();
  }

  private emitOnce(type: 'render' | 'idle' | 'remove') {
    const listeners = [...this.onceListeners[type]];
    this.onceListeners[type].clear();
    for (const listener of listeners) listener();
  }

  jumpTo({ zoom, center }: { zoom: number; center: [number, number] }): this {
    const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    this.setView({ ...this.view, zoom: clamped, center });
    this.endMove();
    return this;
  }

  fitBounds(bounds: [number, number, number, number], options: { padding: Padding }): this {
    this.setView(fitBounds(bounds, this.view.width, this.view.height, options.padding));
    this.endMove();
    return this;
  }

  getCenter(): { lng: number; lat: number } {
    return { lng: this.view.center[0], lat: this.view.center[1] };
  }

  unproject([x, y]: [number, number]): { lng: number; lat: number } {
    const [lng, lat] = unprojectFlat(this.view, x, y);
    return { lng, lat };
  }

  getContainer(): HTMLElement {
    return this.container;
  }

  getCanvasContainer(): HTMLElement {
    return this.surface;
  }

  getCanvas(): HTMLCanvasElement {
    return this.surface;
  }

  getPixelRatio(): number {
    return this.ratio ?? (window.devicePixelRatio || 1);
  }

  setPixelRatio(ratio: number): void {
    this.ratio = ratio === (window.devicePixelRatio || 1) ? null : ratio;
    this.sizeSurface();
    this.draw();
  }

  triggerRepaint(): void {
    cancelAnimationFrame(this.repaint);
    this.repaint = requestAnimationFrame(() => this.draw());
  }

  redraw(): void {
    this.draw();
  }

  project(lonLat: [number, number]): { x: number; y: number } {
    return projectFlat(this.view, lonLat[0], lonLat[1]);
  }

  getZoom(): number {
    return this.view.zoom;
  }

  on(type: LiveMapEvent, listener: () => void): this {
    this.listeners[type].add(listener);
    return this;
  }

  off(type: LiveMapEvent, listener: () => void): this {
    this.listeners[type].delete(listener);
    return this;
  }

  once(type: 'remove' | 'render' | 'idle', listener: () => void): this {
    this.onceListeners[type].add(listener);
    return this;
  }

  remove(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.repaint);
    this.emitOnce('remove');
    for (const listeners of Object.values(this.listeners)) listeners.clear();
    for (const listeners of Object.values(this.onceListeners)) listeners.clear();
    this.surface.remove();
  }
}
