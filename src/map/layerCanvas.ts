/**
 * The 2D canvases that draw the map: fills and gap patterns (fillCanvas.ts, gapPatterns.ts),
 * lines (lineCanvas.ts), the hover/selection outline (highlightCanvas.ts) and names
 * (labelCanvas.ts), stacked in that order under MapLibre's canvas; their paths: canvasPaths.ts.
 * MapLibre keeps the camera, the gestures and the picking; its own canvas shows only deck.gl's
 * incident points, and is transparent (opacity 0, still focusable) while they are off.
 *
 * Why: without a GPU, Chromium reads every WebGL frame back from SwiftShader before it can
 * composite it, and the page's main thread waits: ~200–800 ms per frame on these machines, even
 * for a bare map. A canvas at opacity 0 is not read back. The 2D canvases draw in milliseconds,
 * and each redraws only when what it shows changed: a year step the districts whose colour or gap
 * changed (`repaint`), a hover the outline canvas. A camera move that ends (a jump, the end of a
 * drag) redraws them all inside MapLibre's own 'render' or 'moveend', so that they and MapLibre's
 * canvas show the same frame; while a gesture lasts they follow it by a compositor transform.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CanvasView } from './canvasPaths';
import { drawnPixelRatio } from './drawnRatio';
import {
  affineKey,
  followTransform,
  localToScreen,
  type Affine,
  type LocalFrame,
} from './fillGeometry';

/**
 * What a layer canvas needs from the camera that places it: MapLibre's map, or the flat camera
 * of the map without WebGL (flatHost.ts). `getCanvas()` is the canvas whose size the layers copy.
 */
export interface CanvasHost {
  getContainer(): HTMLElement;
  /** The layers go just before this element. */
  getCanvasContainer(): HTMLElement;
  getCanvas(): HTMLCanvasElement;
  getPixelRatio(): number;
  project(lonLat: [number, number]): { x: number; y: number };
  getZoom(): number;
  /** True during a gesture or an animation (MapLibre); a host without it is never moving. */
  isMoving?(): boolean;
  on(type: 'render' | 'moveend', listener: () => void): unknown;
  off(type: 'render' | 'moveend', listener: () => void): unknown;
  once(type: 'remove', listener: () => void): unknown;
}

const stacks = new WeakMap<CanvasHost, LayerCanvas[]>();

/**
 * The layers are drawn by the CPU (`willReadFrequently` keeps a 2D canvas out of GPU
 * rasterisation). With Chromium's GPU process on, a GPU-rasterised canvas of ~2,000 district
 * paths redrawn on every camera frame made a drag take 2 minutes on SwiftShader (frames 2.8 s
 * apart); drawn by the CPU, the canvas is only uploaded as a texture, as with --disable-gpu.
 * docs/PERFORMANCE.md, 'Both drawing modes'.
 */
export const CONTEXT_OPTIONS: CanvasRenderingContext2DSettings = { willReadFrequently: true };

/** True when every 2D canvas of the map shows its current content (atlasDebug.idle). */
export function layerCanvasesDrawn(map: MapLibreMap | CanvasHost): boolean {
  return (stacks.get(map) ?? []).every((layer) => layer.upToDate);
}

/** The map's 2D canvases, bottom first (image export composites them under MapLibre's). */
export function layerCanvasesOf(map: MapLibreMap | CanvasHost): readonly HTMLCanvasElement[] {
  return (stacks.get(map) ?? []).map((layer) => layer.canvas);
}

/** Runs `task` when the page is idle (within a second); returns its cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/** What a canvas was last drawn for: the camera's transform and the rest of its key. */
interface Drawn {
  m: Affine | null;
  /** Canvas size and content: while they hold, a camera move can be followed by a transform. */
  restKey: string;
}

/** One canvas of a layer, with what it was last drawn for. */
interface Buffer {
  readonly canvas: HTMLCanvasElement;
  key: string;
  drawnFor: Drawn;
}

export abstract class LayerCanvas {
  /** One canvas, or two drawn in turn (see the constructor); `front` is the one shown. */
  private readonly buffers: readonly Buffer[];
  private front = 0;
  private following = false;

  /**
   * `twoBuffers`: the layer draws into a second, hidden canvas and swaps the two. With Chromium's
   * GPU process the first draw into a canvas the compositor is showing copies its whole bitmap
   * (~15 ms for a map-sized canvas here; a canvas hidden since the last frame costs nothing:
   * docs/PERFORMANCE.md); for the canvas a year step draws into, that copy was a third of the
   * step. The hidden canvas catches up on every change since it was last shown (`repaint`
   * compares with what that canvas shows). Twice the memory, so only for that canvas.
   */
  constructor(
    protected readonly map: CanvasHost,
    name: string,
    twoBuffers = false,
  ) {
    this.buffers = Array.from({ length: twoBuffers ? 2 : 1 }, (_, i) => {
      const canvas = document.createElement('canvas');
      canvas.className = `map-layer-canvas ${name}`;
      canvas.setAttribute('aria-hidden', 'true');
      if (i > 0) canvas.style.display = 'none';
      // Before MapLibre's canvas, after the layers made before this one.
      map.getContainer().insertBefore(canvas, map.getCanvasContainer());
      return { canvas, key: '', drawnFor: { m: null, restKey: '' } };
    });
    stacks.set(map, [...(stacks.get(map) ?? []), this]);
    map.on('render', this.onRender);
    map.on('moveend', this.draw);
    map.once('remove', () => this.remove());
  }

  /** The canvas shown. */
  get canvas(): HTMLCanvasElement {
    return this.shown.canvas;
  }

  private get shown(): Buffer {
    const buffer = this.buffers[this.front];
    if (!buffer) throw new Error('a layer canvas without a canvas');
    return buffer;
  }

  /** The frame the layer's paths are in; null while it has nothing to draw. */
  protected abstract get frame(): LocalFrame | null;
  /** Changes whenever what the layer shows (apart from the camera) changes. */
  protected abstract get contentKey(): string;
  /** Draws on the cleared canvas. */
  protected abstract paint(context: CanvasRenderingContext2D, view: CanvasView): void;

  /** The camera, canvas size and content the canvas would be drawn for now. */
  private current() {
    const frame = this.frame;
    const source = this.map.getCanvas();
    // Not getPixelRatio(): MapLibre may have drawn at less (drawnRatio.ts).
    const ratio = drawnPixelRatio(source, this.map.getPixelRatio());
    const m = frame
      ? localToScreen(frame, (lon, lat) => this.map.project([lon, lat]), ratio)
      : null;
    const restKey = `${source.width}x${source.height}|${this.contentKey}`;
    const key = `${m ? affineKey(m) : '-'}|${restKey}`;
    return { source, ratio, m, key, restKey };
  }

  /** True when the canvas shows what it should now (no redraw pending). */
  get upToDate(): boolean {
    return this.current().key === this.shown.key;
  }

  /**
   * A MapLibre frame. While the camera moves (a drag, a wheel zoom, an animation) and only the
   * camera changed, the canvas already drawn is moved and scaled by the compositor to follow it
   * (`followCamera`), and drawn again once, when the move ends ('moveend'). Redrawing the
   * ~2,000 district paths of the four canvases on every frame of a drag cost 150 ms a frame with
   * Chromium's GPU process on (docs/PERFORMANCE.md, 'Both drawing modes'); what the move uncovers
   * at the edges shows the sea colour until the drag ends, as tiles load on a tiled map.
   */
  private readonly onRender = (): void => {
    if (this.map.isMoving?.() && this.followCamera()) return;
    this.draw();
  };

  /** Follows the camera with a CSS transform; false when the canvas must be redrawn instead. */
  private followCamera(): boolean {
    const { m, restKey, ratio } = this.current();
    const { drawnFor, canvas } = this.shown;
    if (!m || !drawnFor.m || restKey !== drawnFor.restKey) return false;
    const t = followTransform(drawnFor.m, m, ratio);
    if (!t) return false;
    // Its own compositor layer while it follows: moving it repaints nothing.
    canvas.style.willChange = 'transform';
    canvas.style.transform = t;
    this.following = true;
    return true;
  }

  /** Redraws if the camera, the canvas size or the content changed since the last drawing. */
  readonly draw = (): void => {
    const now = this.current();
    const shown = this.shown;
    if (this.following) {
      // Drawn where it is: no transform, and no layer of its own (as a composited layer the
      // canvas is placed about a pixel off the district picking, docs/PERFORMANCE.md).
      shown.canvas.style.transform = '';
      shown.canvas.style.willChange = '';
      this.following = false;
    }
    if (now.key === shown.key) return;
    const next = (this.front + 1) % this.buffers.length;
    const target = this.buffers[next] ?? shown;
    const drawn = target.key === now.key ? now.m !== null : this.drawInto(target, now);
    // A canvas with nothing to draw (no hover, no selection; no colours yet) is left out of
    // the page: a transparent full-size image still costs its raster and compositing every frame.
    target.canvas.style.display = drawn ? '' : 'none';
    if (target === shown) return;
    shown.canvas.style.display = 'none';
    this.front = next;
    // The canvas just hidden catches up when the page is idle, so that the next step has to draw
    // into it only what that step changes.
    if (this.idle === null) this.idle = whenIdle(this.catchUp);
  };

  private idle: (() => void) | null = null;

  /** Brings the hidden canvas (two buffers) up to what the shown one shows. */
  private readonly catchUp = (): void => {
    this.idle = null;
    const hidden = this.buffers.find((_, i) => i !== this.front);
    if (!hidden || this.map.isMoving?.()) return;
    const now = this.current();
    if (now.key === this.shown.key && hidden.key !== now.key) this.drawInto(hidden, now);
  };

  /** Draws the canvas of `target` for `now`; false when there is nothing to draw. */
  private drawInto(target: Buffer, now: ReturnType<LayerCanvas['current']>): boolean {
    const { source, ratio, m, key, restKey } = now;
    const before = target.drawnFor;
    target.key = key;
    target.drawnFor = { m, restKey };
    const canvas = target.canvas;
    const resized = canvas.width !== source.width || canvas.height !== source.height;
    if (resized) {
      canvas.width = source.width;
      canvas.height = source.height;
    }
    const context = canvas.getContext('2d', CONTEXT_OPTIONS);
    if (!context) return false;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    const view = m && {
      m,
      matrix: new DOMMatrix([m.a, m.b, m.c, m.d, m.e, m.f]),
      ratio,
      zoom: this.map.getZoom(),
      width: canvas.width,
      height: canvas.height,
    };
    // Same camera and size as the drawing on this canvas: only the content changed (a year
    // step); a layer that can change only what changed does so (`repaint`).
    const sameView = !resized && !!m && !!before.m && affineKey(before.m) === affineKey(m);
    if (view && sameView && this.repaint?.(context, view)) {
      context.globalAlpha = 1;
      context.globalCompositeOperation = 'source-over';
      return true;
    }
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (!view) return false;
    this.paint(context, view);
    context.globalAlpha = 1;
    context.setLineDash([]);
    return true;
  }

  /**
   * Brings the canvas, drawn for this same camera and size, up to date by changing only what
   * changed; false (or no such method) to have it cleared and painted whole.
   */
  protected repaint?(context: CanvasRenderingContext2D, view: CanvasView): boolean;

  remove(): void {
    this.idle?.();
    this.map.off('render', this.onRender);
    this.map.off('moveend', this.draw);
    for (const { canvas } of this.buffers) canvas.remove();
    stacks.set(
      this.map,
      (stacks.get(this.map) ?? []).filter((layer) => layer !== this),
    );
  }
}
