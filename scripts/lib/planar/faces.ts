/**
 * Faces of a planar arrangement of noded edges (half-edge structure). Bounded faces are traced
 * counter-clockwise (positive area); the outer boundary of each connected component is traced
 * clockwise (negative or zero area) and is attached, as a hole, to the smallest bounded face of
 * another component that contains it, or to the unbounded OUTSIDE face.
 */
import type { EdgeTag, Segment } from './noding';

export const OUTSIDE = -1;

export interface Arrangement {
  nodeX: number[];
  nodeY: number[];
  /** Origin node of each half-edge; half-edge h and h ^ 1 are twins (edge = h >> 1). */
  origin: Int32Array;
  next: Int32Array;
  /** Cycle each half-edge belongs to. */
  cycleOf: Int32Array;
  /** Tags of edge e, relative to the direction of half-edge 2e. */
  edgeTags: EdgeTag[][];
  cycles: Cycle[];
}

export interface Cycle {
  start: number;
  /** Twice the signed area, in grid units². */
  area2: number;
  bbox: [number, number, number, number];
  /** For a positive cycle: itself. For a negative one: the bounded face containing it, or OUTSIDE. */
  face: number;
}

/** Half-plane then cross product: exact angular order of integer vectors, counter-clockwise from +x. */
function compareAngle(ax: number, ay: number, bx: number, by: number): number {
  const ha = ay > 0 || (ay === 0 && ax > 0) ? 0 : 1;
  const hb = by > 0 || (by === 0 && bx > 0) ? 0 : 1;
  if (ha !== hb) return ha - hb;
  const cross = ax * by - ay * bx;
  return cross > 0 ? -1 : cross < 0 ? 1 : 0;
}

export function buildArrangement(segments: Segment[]): Arrangement {
  const nodeIndex = new Map<string, number>();
  const nodeX: number[] = [];
  const nodeY: number[] = [];
  const nodeOf = (x: number, y: number): number => {
    const key = `${x},${y}`;
    let n = nodeIndex.get(key);
    if (n === undefined) {
      n = nodeX.length;
      nodeIndex.set(key, n);
      nodeX.push(x);
      nodeY.push(y);
    }
    return n;
  };
  const nh = segments.length * 2;
  const origin = new Int32Array(nh);
  segments.forEach((s, e) => {
    origin[2 * e] = nodeOf(s.ax, s.ay);
    origin[2 * e + 1] = nodeOf(s.bx, s.by);
  });
  const outgoing: number[][] = nodeX.map(() => []);
  for (let h = 0; h < nh; h++) (outgoing[origin[h] as number] as number[]).push(h);
  const dir = (h: number): [number, number] => {
    const o = origin[h] as number;
    const d = origin[h ^ 1] as number;
    return [
      (nodeX[d] as number) - (nodeX[o] as number),
      (nodeY[d] as number) - (nodeY[o] as number),
    ];
  };
  const position = new Int32Array(nh);
  for (const list of outgoing) {
    list.sort((a, b) => {
      const [ax, ay] = dir(a);
      const [bx, by] = dir(b);
      return compareAngle(ax, ay, bx, by);
    });
    list.forEach((h, i) => (position[h] = i));
  }
  // Keep the face on the left: at the head of h, take the outgoing edge just clockwise of h's twin.
  const next = new Int32Array(nh);
  for (let h = 0; h < nh; h++) {
    const twin = h ^ 1;
    const list = outgoing[origin[twin] as number] as number[];
    const i = position[twin] as number;
    next[h] = list[(i - 1 + list.length) % list.length] as number;
  }
  const arrangement: Arrangement = {
    nodeX,
    nodeY,
    origin,
    next,
    cycleOf: new Int32Array(nh).fill(-1),
    edgeTags: segments.map((s) => s.tags),
    cycles: [],
  };
  traceCycles(arrangement);
  attachHoles(arrangement);
  return arrangement;
}

function traceCycles(a: Arrangement): void {
  for (let h0 = 0; h0 < a.origin.length; h0++) {
    if ((a.cycleOf[h0] as number) !== -1) continue;
    const id = a.cycles.length;
    const n0 = a.origin[h0] as number;
    const x0 = a.nodeX[n0] as number;
    const y0 = a.nodeY[n0] as number;
    let area2 = 0;
    const bbox: [number, number, number, number] = [x0, y0, x0, y0];
    let h = h0;
    do {
      a.cycleOf[h] = id;
      const p = a.origin[h] as number;
      const q = a.origin[h ^ 1] as number;
      const px = (a.nodeX[p] as number) - x0;
      const py = (a.nodeY[p] as number) - y0;
      const qx = (a.nodeX[q] as number) - x0;
      const qy = (a.nodeY[q] as number) - y0;
      area2 += px * qy - qx * py;
      bbox[0] = Math.min(bbox[0], px + x0);
      bbox[1] = Math.min(bbox[1], py + y0);
      bbox[2] = Math.max(bbox[2], px + x0);
      bbox[3] = Math.max(bbox[3], py + y0);
      h = a.next[h] as number;
    } while (h !== h0);
    a.cycles.push({ start: h0, area2, bbox, face: area2 > 0 ? id : OUTSIDE });
  }
}

/** Node coordinates of a cycle, in order. */
export function cycleNodes(a: Arrangement, c: Cycle): number[] {
  const nodes: number[] = [];
  let h = c.start;
  do {
    nodes.push(a.origin[h] as number);
    h = a.next[h] as number;
  } while (h !== c.start);
  return nodes;
}

function pointInCycle(a: Arrangement, nodes: number[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = nodes.length - 1; i < nodes.length; j = i++) {
    const xi = a.nodeX[nodes[i] as number] as number;
    const yi = a.nodeY[nodes[i] as number] as number;
    const xj = a.nodeX[nodes[j] as number] as number;
    const yj = a.nodeY[nodes[j] as number] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function components(a: Arrangement): Int32Array {
  const parent = new Int32Array(a.nodeX.length).map((_, i) => i);
  const find = (i: number): number => {
    while ((parent[i] as number) !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let h = 0; h < a.origin.length; h += 2) {
    const r1 = find(a.origin[h] as number);
    const r2 = find(a.origin[h + 1] as number);
    if (r1 !== r2) parent[Math.max(r1, r2)] = Math.min(r1, r2);
  }
  return parent.map((_, i) => find(i));
}

function attachHoles(a: Arrangement): void {
  const comp = components(a);
  const compOfCycle = (c: Cycle): number => comp[a.origin[c.start] as number] as number;
  const bounded = a.cycles.map((c, i) => ({ c, i })).filter(({ c }) => c.area2 > 0);
  for (const hole of a.cycles) {
    if (hole.area2 > 0) continue;
    const n = a.origin[hole.start] as number;
    const x = a.nodeX[n] as number;
    const y = a.nodeY[n] as number;
    const own = compOfCycle(hole);
    let best = OUTSIDE;
    let bestArea = Infinity;
    for (const { c, i } of bounded) {
      if (c.area2 >= bestArea || compOfCycle(c) === own) continue;
      if (x < c.bbox[0] || x > c.bbox[2] || y < c.bbox[1] || y > c.bbox[3]) continue;
      if (pointInCycle(a, cycleNodes(a, c), x, y)) {
        best = i;
        bestArea = c.area2;
      }
    }
    hole.face = best;
  }
}

/** The face on the left of half-edge h. */
export function leftFace(a: Arrangement, h: number): number {
  return (a.cycles[a.cycleOf[h] as number] as Cycle).face;
}
