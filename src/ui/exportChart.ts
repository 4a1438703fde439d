/**
 * Chart export for briefings: the chart's SVG with a title above and units, source and data date
 * below, as an SVG file or a 2× PNG; the chart's rows as CSV. Runs in the browser only.
 */
import { wrapText } from './wrapText';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';

/** Width of a text at `size` px (bold or not), measured by the browser; else 0.6 em a letter. */
function measurer(size: number, weight = 'normal'): (text: string) => number {
  const c = document.createElement('canvas').getContext('2d');
  if (!c) return (text) => text.length * size * 0.6;
  c.font = `${weight} ${size}px ${FONT}`;
  return (text) => c.measureText(text).width;
}

function text(
  doc: Document,
  x: number,
  y: number,
  content: string,
  size: number,
  weight = 'normal',
) {
  const node = doc.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-family', FONT);
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-weight', weight);
  node.setAttribute('fill', '#1d2327');
  node.textContent = content;
  return node;
}

/**
 * A standalone SVG document: title, the chart, then the footer entries, each wrapped to the
 * chart's width (an SVG text never wraps, and a cut source line is a figure without its source).
 */
export function composeChartSvg(
  chart: SVGSVGElement,
  title: string,
  footerEntries: readonly string[],
): string {
  const width = Number(chart.getAttribute('width')) || chart.clientWidth;
  const height = Number(chart.getAttribute('height')) || chart.clientHeight;
  const small = measurer(11);
  const footer = footerEntries.flatMap((line) => wrapText(small, line, width - 16));
  const titleLines = wrapText(measurer(15, 'bold'), title, width - 16);
  const top = 14 + 20 * titleLines.length;
  const bottom = 10 + 16 * footer.length;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height + top + bottom));
  root.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.appendChild(background);
  titleLines.forEach((line, i) => root.appendChild(text(doc, 8, 22 + 20 * i, line, 15, 'bold')));
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(0, ${top})`);
  for (const child of Array.from(chart.childNodes)) group.appendChild(doc.importNode(child, true));
  root.appendChild(group);
  footer.forEach((line, i) =>
    root.appendChild(text(doc, 8, height + top + 16 * (i + 1), line, 11)),
  );
  return new XMLSerializer().serializeToString(doc);
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: string, filename: string): void {
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Draws an SVG document (e.g. composeChartSvg's) on a canvas at `scale`×. */
export async function svgToCanvas(svg: string, scale: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((done, fail) => {
      image.onload = () => done();
      image.onerror = () => fail(new Error('the chart image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const c = canvas.getContext('2d');
    if (!c) throw new Error('no 2D canvas');
    c.scale(scale, scale);
    c.drawImage(image, 0, 0);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Rasterizes an SVG document at `scale`× (2 for slides) and downloads it as PNG. */
export async function downloadPng(svg: string, filename: string, scale = 2): Promise<void> {
  const canvas = await svgToCanvas(svg, scale);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  downloadBlob(blob, filename);
}

export function downloadCsv(csv: string, filename: string): void {
  // BOM so that Excel in Spanish opens UTF-8 accents correctly.
  downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), filename);
}

/** "Vizcatán del Ene, 2012–2020" → "vizcatan-del-ene-2012-2020" */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
