/**
 * Device pixels per CSS pixel of the canvas MapLibre actually draws. MapLibre asks for
 * `getPixelRatio()` but lowers it when the canvas would pass `maxCanvasSize` (4096 device px by
 * default): a map 2560 CSS px wide on a 2× screen, or any map wider than 2048 CSS px exported at
 * 2×, is drawn at 1.6×. It then writes the ratio it used into the canvas's CSS size
 * (`style.width = width / ratio`), so the canvas itself says which ratio it has.
 */
export interface DrawnCanvas {
  width: number;
  height: number;
  style: { width: string; height: string };
}

export function drawnPixelRatio(canvas: DrawnCanvas, requested: number): number {
  const cssWidth = parseFloat(canvas.style.width);
  if (Number.isFinite(cssWidth) && cssWidth > 0 && canvas.width > 0) {
    return canvas.width / cssWidth;
  }
  const cssHeight = parseFloat(canvas.style.height);
  if (Number.isFinite(cssHeight) && cssHeight > 0 && canvas.height > 0) {
    return canvas.height / cssHeight;
  }
  return requested;
}
