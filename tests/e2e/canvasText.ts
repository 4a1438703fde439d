/**
 * The words the page draws on its 2D canvases (exported images, slides), read where they are
 * drawn: from `recordCanvasText` on, every fillText is kept with its place in the canvas's own
 * pixels and that canvas's width (to tell an exported image's from MapLibre's glyph canvas).
 */
import type { Page } from 'playwright-core';

export interface Drawn {
  text: string;
  /** Where the text starts, in the canvas's own pixels. */
  x: number;
  y: number;
  canvasWidth: number;
}

export async function recordCanvasText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __drawn: Drawn[] };
    w.__drawn = [];
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      const at = this.getTransform().transformPoint({ x, y });
      w.__drawn.push({ text: String(text), x: at.x, y: at.y, canvasWidth: this.canvas.width });
      return maxWidth === undefined
        ? original.call(this, text, x, y)
        : original.call(this, text, x, y, maxWidth);
    };
  });
}

/** Everything drawn since `recordCanvasText`, in order. */
export function drawnOnCanvas(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => (window as unknown as { __drawn: Drawn[] }).__drawn);
}
