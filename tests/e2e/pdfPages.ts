/**
 * Turns a PDF (what `page.pdf()` prints) into one PNG per page, drawn by pdf.js in Node, so a
 * print test can look at the paper as a person would: pixels where the map should be, no page
 * left almost empty, the sources line there to read.
 */
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';

export interface PdfPage {
  png: PNG;
  /** The page's text, in reading order, as pdf.js extracts it. */
  text: string;
}

/** Renders every page at `scale` (1 = 72 dpi: an A4 landscape page is 842×595). */
export async function pdfPages(pdf: Uint8Array, scale = 1.5): Promise<PdfPage[]> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    // Chromium draws CSS gradients (the legend's gap patterns) as a shading pdf.js does not
    // draw: it would warn once per swatch.
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    const png = PNG.sync.read(canvas.toBuffer('image/png'));
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ png, text });
  }
  await document.destroy();
  return pages;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Share of the pixels in `box` (page pixels) that are not white-ish paper. */
export function inkShare(
  png: PNG,
  box: Box = { x: 0, y: 0, width: png.width, height: png.height },
) {
  let ink = 0;
  let total = 0;
  const x1 = Math.min(png.width, Math.round(box.x + box.width));
  const y1 = Math.min(png.height, Math.round(box.y + box.height));
  for (let y = Math.max(0, Math.round(box.y)); y < y1; y++) {
    for (let x = Math.max(0, Math.round(box.x)); x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const r = png.data[i] ?? 255;
      const g = png.data[i + 1] ?? 255;
      const b = png.data[i + 2] ?? 255;
      total++;
      if (r + g + b < 3 * 235) ink++;
    }
  }
  return total === 0 ? 0 : ink / total;
}

/** Distinct colours (quantised to 32 levels a channel) in a box: a map has many, a blank few. */
export function colourCount(png: PNG, box: Box): number {
  const seen = new Set<number>();
  const x1 = Math.min(png.width, Math.round(box.x + box.width));
  const y1 = Math.min(png.height, Math.round(box.y + box.height));
  for (let y = Math.max(0, Math.round(box.y)); y < y1; y += 2) {
    for (let x = Math.max(0, Math.round(box.x)); x < x1; x += 2) {
      const i = (y * png.width + x) * 4;
      const key =
        ((png.data[i] ?? 0) >> 3) * 1024 +
        ((png.data[i + 1] ?? 0) >> 3) * 32 +
        ((png.data[i + 2] ?? 0) >> 3);
      seen.add(key);
    }
  }
  return seen.size;
}
