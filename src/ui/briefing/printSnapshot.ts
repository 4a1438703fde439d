/**
 * WebGL canvases keep no drawing buffer, so a printout could show an empty map. Before printing,
 * the map is redrawn synchronously and copied into an <img> that the print stylesheet shows in
 * place of the live canvas.
 */
import { currentMap } from '../../map/mapRegistry';
import { composeMap } from '../../map/mapSnapshot';

const IMAGE_ID = 'print-map-image';

export function snapshotForPrint(): void {
  const map = currentMap();
  if (!map) return;
  map.redraw();
  const url = composeMap(map).toDataURL('image/png');
  const container = map.getContainer();
  let image = document.getElementById(IMAGE_ID) as HTMLImageElement | null;
  if (!image) {
    image = document.createElement('img');
    image.id = IMAGE_ID;
    image.className = 'print-only print-map';
    image.alt = '';
    (container.closest('.map-area') ?? container.parentElement)?.appendChild(image);
  }
  image.src = url;
}
