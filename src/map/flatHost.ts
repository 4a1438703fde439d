/**
 * What the layer canvases (layerCanvas.ts) get from the map without WebGL, in place of MapLibre:
 * a container, a surface canvas on top (transparent, never drawn on: it gives the size and takes
 * the pointer), the flat camera (flatCamera.ts) and a 'render' event each time the view changes.
 */
import type { CanvasHost } from './layerCanvas';
import { projectFlat, resized, unprojectFlat, type FlatView } from './flatCamera';

export class FlatHost implements CanvasHost {
  readonly surface: HTMLCanvasElement;
  private view: FlatView;
  private readonly renders = new Set<() => void>();
  private readonly removes = new Set<() => void>();
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

  setView(view: FlatView): void {
    this.view = view;
    this.sizeSurface();
    for (const listener of [...this.renders]) listener();
  }

  unproject(x: number, y: number): [number, number] {
    return unprojectFlat(this.view, x, y);
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
    return window.devicePixelRatio || 1;
  }

  project(lonLat: [number, number]): { x: number; y: number } {
    return projectFlat(this.view, lonLat[0], lonLat[1]);
  }

  getZoom(): number {
    return this.view.zoom;
  }

  on(_type: 'render', listener: () => void): this {
    this.renders.add(listener);
    return this;
  }

  off(_type: 'render', listener: () => void): this {
    this.renders.delete(listener);
    return this;
  }

  once(_type: 'remove', listener: () => void): this {
    this.removes.add(listener);
    return this;
  }

  remove(): void {
    this.observer?.disconnect();
    for (const listener of [...this.removes]) listener();
    this.removes.clear();
    this.renders.clear();
    this.surface.remove();
  }
}
