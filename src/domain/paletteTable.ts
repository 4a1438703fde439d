/**
 * ColorBrewer (YlOrRd, Blues, Purples, Greens) and viridis-family (Viridis, Cividis) palettes
 * for 3 to 9 classes, light (low) to dark (high), as d3-scale-chromatic 3.1.1 gives them (the
 * viridis ramps sampled evenly and reversed). Written out rather than imported: d3's schemes and
 * interpolators put about 30 KiB (10 KiB gzip) into the first chunk for these 42 lists.
 * tests/domain/paletteTable.test.ts recomputes every list from d3-scale-chromatic, so a change of
 * library or sampling cannot leave this table behind unnoticed.
 */
import type { SequentialPalette } from './indicatorRegistry';

/** PALETTE_TABLE[palette][k - 3]: the k colours. */
export const PALETTE_TABLE: Record<SequentialPalette, readonly (readonly string[])[]> = {
  YlOrRd: [
    ['#ffeda0', '#feb24c', '#f03b20'],
    ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
    ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
    ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
    ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
    ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
    [
      '#ffffcc',
      '#ffeda0',
      '#fed976',
      '#feb24c',
      '#fd8d3c',
      '#fc4e2a',
      '#e31a1c',
      '#bd0026',
      '#800026',
    ],
  ],
  Viridis: [
    ['#fde725', '#21918c', '#440154'],
    ['#fde725', '#35b779', '#31688e', '#440154'],
    ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'],
    ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'],
    ['#fde725', '#90d743', '#35b779', '#21918c', '#31688e', '#443983', '#440154'],
    ['#fde725', '#a0da39', '#4ac16d', '#1fa187', '#277f8e', '#365c8d', '#46327e', '#440154'],
    [
      '#fde725',
      '#addc30',
      '#5ec962',
      '#28ae80',
      '#21918c',
      '#2c728e',
      '#3b528b',
      '#472d7b',
      '#440154',
    ],
  ],
  Cividis: [
    ['#fdea45', '#7f7c75', '#002051'],
    ['#fdea45', '#a49d78', '#575c6e', '#002051'],
    ['#fdea45', '#bbaf71', '#7f7c75', '#3c4d6e', '#002051'],
    ['#fdea45', '#caba6a', '#948f78', '#696970', '#2b446e', '#002051'],
    ['#fdea45', '#d5c164', '#a49d78', '#7f7c75', '#575c6e', '#1f3e6e', '#002051'],
    ['#fdea45', '#ddc75f', '#b1a775', '#8e8978', '#706e71', '#48546d', '#173a6d', '#002051'],
    [
      '#fdea45',
      '#e2cb5c',
      '#bbaf71',
      '#9a9478',
      '#7f7c75',
      '#62646f',
      '#3c4d6e',
      '#11366c',
      '#002051',
    ],
  ],
  Blues: [
    ['#deebf7', '#9ecae1', '#3182bd'],
    ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
    ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
    ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
    ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
    ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
    [
      '#f7fbff',
      '#deebf7',
      '#c6dbef',
      '#9ecae1',
      '#6baed6',
      '#4292c6',
      '#2171b5',
      '#08519c',
      '#08306b',
    ],
  ],
  Purples: [
    ['#efedf5', '#bcbddc', '#756bb1'],
    ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
    ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
    ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
    ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
    ['#fcfbfd', '#efedf5', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
    [
      '#fcfbfd',
      '#efedf5',
      '#dadaeb',
      '#bcbddc',
      '#9e9ac8',
      '#807dba',
      '#6a51a3',
      '#54278f',
      '#3f007d',
    ],
  ],
  Greens: [
    ['#e5f5e0', '#a1d99b', '#31a354'],
    ['#edf8e9', '#bae4b3', '#74c476', '#238b45'],
    ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'],
    ['#edf8e9', '#c7e9c0', '#a1d99b', '#74c476', '#31a354', '#006d2c'],
    ['#edf8e9', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#005a32'],
    ['#f7fcf5', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#005a32'],
    [
      '#f7fcf5',
      '#e5f5e0',
      '#c7e9c0',
      '#a1d99b',
      '#74c476',
      '#41ab5d',
      '#238b45',
      '#006d2c',
      '#00441b',
    ],
  ],
};
