// polylabel 2.x ships no type declarations; this is the part of its API the pipeline uses.
declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (outer ring first, then holes); `distance` to the nearest edge. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
