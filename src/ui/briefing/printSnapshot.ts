/**
 * WebGL canvases keep no drawing buffer, so a printout could show an empty map. Before printing,
 * the map is redrawn synchronously and copied into an <img> that the print stylesheet shows in
 * place of the live canvases. The paper's map box has its own shape (print.css): the copy is cut
 * to that shape around the room the panels leave on screen, so what the reader was looking at is
 * what prints, without bands of empty paper.
 */
import { cropAround } from '../../domain/panelFit';
import { currentMap } from '../../map/mapRegistry';
import { composeMap } from '../../map/mapSnapshot';
import { mapPanelPadding } from '../panelRoom';

const IMAGE_ID = 'print-map-image';
/** The printed map box, in millimetres (print.css: grid column and .map-area height). */
export const PRINT_MAP_MM = { width: 172, height: 128 } as const;
const PRINT_ASPECT = PRINT_MAP_MM.width / PRINT_MAP_MM.height;

export function snapshotForPrint(): void {
  const map = currentMap();
  if (!map) return;
  map.redraw();
  const full = composeMap(map);
  const container = map.getContainer();
  const fitted = mapPanelPadding(container, PRINT_ASPECT, 0);
  let source: HTMLCanvasElement = full;
  if (fitted) {
    const { map: box, room } = fitted;
    const crop = cropAround(box, room, PRINT_ASPECT);
    const ratio = full.width / (box.right - box.left);
    const cut = document.createElement('canvas');
    cut.width = Math.round((crop.right - crop.left) * ratio);
    cut.height = Math.round((crop.bottom - crop.top) * ratio);
    cut
      .getContext('2d')
      ?.drawImage(
        full,
        (crop.left - box.left) * ratio,
        (crop.top - box.top) * ratio,
        cut.width,
        cut.height,
        0,
        0,
        cut.width,
        cut.height,
      );
    source = cut;
  }
  let image = document.getElementById(IMAGE_ID) as HTMLImageElement | null;
  if (!image) {
    image = document.createElement('img');
    image.id = IMAGE_ID;
    image.className = 'print-only print-map';
    image.alt = '';
    (container.closest('.map-area') ?? container.parentElement)?.appendChild(image);
  }
  image.src = source.toDataURL('image/png');
}
