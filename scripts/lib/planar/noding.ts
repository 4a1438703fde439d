/**
 * Noding of polygon edges on an integer grid (1 unit = 1e-6 degree, the precision the raw GeoJSON
 * is published at). After `nodeSegments` no two edges cross or overlap except at shared
 * endpoints, which is what the face extraction in faces.ts needs.
 *
 * Why integers: orientation tests and "point lies on segment" are then exact, so collinear
 * overlaps between the independently simplified district outlines (see clean.ts) are found
 * without tolerance games. Proper crossing points are rounded to the grid (≤ 0.05 m); rounding can
 * create a new crossing nearby, so noding repeats until a pass finds nothing to split.
 */

/** Which polygon an edge belongs to and on which side its interior lies (relative to a→b). */
export interface EdgeTag {
  poly: number;
  interiorLeft: boolean;
}

export interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  tags: EdgeTag[];
}

const MAX_PASSES = 8;
const CELL = 10_000; // default grid cell of the spatial index, in units (0.01° ≈ 1.1 km)

export function orient(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  px: number,
  py: number,
): number {
  const v = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** True when p lies strictly between a and b on the segment a–b (exact for integers). */
function onInterior(s: Segment, px: number, py: number): boolean {
  if (orient(s.ax, s.ay, s.bx, s.by, px, py) !== 0) return false;
  if ((px === s.ax && py === s.ay) || (px === s.bx && py === s.by)) return false;
  return (px - s.ax) * (px - s.bx) <= 0 && (py - s.ay) * (py - s.by) <= 0;
}

/** Canonical direction: a is the lexicographically smaller endpoint. */
function canonical(s: Segment): Segment {
  if (s.ax < s.bx || (s.ax === s.bx && s.ay < s.by)) return s;
  return {
    ax: s.bx,
    ay: s.by,
    bx: s.ax,
    by: s.ay,
    tags: s.tags.map((t) => ({ poly: t.poly, interiorLeft: !t.interiorLeft })),
  };
}

/**
 * Merge identical segments and their tags. A polygon that appears on both sides of the same edge
 * (two parts of a MultiPolygon touching along it) has that edge inside it: its tags cancel.
 */
export function dedupeSegments(segs: Segment[]): Segment[] {
  const byKey = new Map<string, Segment>();
  for (const raw of segs) {
    if (raw.ax === raw.bx && raw.ay === raw.by) continue;
    const s = canonical(raw);
    const key = `${s.ax},${s.ay},${s.bx},${s.by}`;
    const prev = byKey.get(key);
    if (prev) prev.tags.push(...s.tags);
    else byKey.set(key, { ...s, tags: [...s.tags] });
  }
  const out: Segment[] = [];
  for (const s of byKey.values()) {
    const sides = new Map<number, Set<boolean>>();
    for (const t of s.tags) {
      const set = sides.get(t.poly) ?? new Set<boolean>();
      set.add(t.interiorLeft);
      sides.set(t.poly, set);
    }
    const tags: EdgeTag[] = [];
    for (const [poly, set] of [...sides.entries()].sort((a, b) => a[0] - b[0])) {
      if (set.size === 1) tags.push({ poly, interiorLeft: set.has(true) });
    }
    out.push({ ...s, tags });
  }
  out.sort((p, q) => p.ax - q.ax || p.ay - q.ay || p.bx - q.bx || p.by - q.by);
  return out;
}

function buildGrid(segs: Segment[], cell: number): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  segs.forEach((s, i) => {
    const x0 = Math.floor(Math.min(s.ax, s.bx) / cell);
    const x1 = Math.floor(Math.max(s.ax, s.bx) / cell);
    const y0 = Math.floor(Math.min(s.ay, s.by) / cell);
    const y1 = Math.floor(Math.max(s.ay, s.by) / cell);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = x * 1_000_003 + y;
        const cell = grid.get(key);
        if (cell) cell.push(i);
        else grid.set(key, [i]);
      }
    }
  });
  return grid;
}

function addSplit(splits: Map<number, [number, number][]>, i: number, x: number, y: number): void {
  const list = splits.get(i);
  if (list) list.push([x, y]);
  else splits.set(i, [[x, y]]);
}

/**
 * Find where segment pairs touch or cross (a proper crossing, or an end point inside the other
 * segment); returns the split points per segment index. Shared end points are not reported.
 */
export function findSplits(segs: Segment[], cell = CELL): Map<number, [number, number][]> {
  const grid = buildGrid(segs, cell);
  const splits = new Map<number, [number, number][]>();
  const stamp = new Int32Array(segs.length).fill(-1);
  for (const cell of grid.values()) {
    for (let ci = 0; ci < cell.length; ci++) {
      const i = cell[ci] as number;
      const s = segs[i] as Segment;
      for (let cj = ci + 1; cj < cell.length; cj++) {
        const j = cell[cj] as number;
        const t = segs[j] as Segment;
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        // A pair can share several cells; the stamp skips most repeats (a repeat only adds a
        // duplicate split point, which splitSegment ignores).
        if (stamp[hi] === lo) continue;
        if (
          Math.max(s.ax, s.bx) < Math.min(t.ax, t.bx) ||
          Math.max(t.ax, t.bx) < Math.min(s.ax, s.bx) ||
          Math.max(s.ay, s.by) < Math.min(t.ay, t.by) ||
          Math.max(t.ay, t.by) < Math.min(s.ay, s.by)
        ) {
          continue;
        }
        stamp[hi] = lo;
        testPair(segs, i, j, splits);
      }
    }
  }
  return splits;
}

function testPair(
  segs: Segment[],
  i: number,
  j: number,
  splits: Map<number, [number, number][]>,
): void {
  const s = segs[i] as Segment;
  const t = segs[j] as Segment;
  if (onInterior(s, t.ax, t.ay)) addSplit(splits, i, t.ax, t.ay);
  if (onInterior(s, t.bx, t.by)) addSplit(splits, i, t.bx, t.by);
  if (onInterior(t, s.ax, s.ay)) addSplit(splits, j, s.ax, s.ay);
  if (onInterior(t, s.bx, s.by)) addSplit(splits, j, s.bx, s.by);
  const o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const dx = s.bx - s.ax;
    const dy = s.by - s.ay;
    const ex = t.bx - t.ax;
    const ey = t.by - t.ay;
    const u = ((t.ax - s.ax) * ey - (t.ay - s.ay) * ex) / (dx * ey - dy * ex);
    const x = Math.round(s.ax + u * dx);
    const y = Math.round(s.ay + u * dy);
    addSplit(splits, i, x, y);
    addSplit(splits, j, x, y);
  }
}

function splitSegment(s: Segment, points: [number, number][]): Segment[] {
  const dx = s.bx - s.ax;
  const dy = s.by - s.ay;
  const inner = points
    .filter(([x, y]) => !(x === s.ax && y === s.ay) && !(x === s.bx && y === s.by))
    .map(([x, y]) => ({ x, y, t: (x - s.ax) * dx + (y - s.ay) * dy }))
    .sort((p, q) => p.t - q.t || p.x - q.x || p.y - q.y);
  const out: Segment[] = [];
  let px = s.ax;
  let py = s.ay;
  for (const p of inner) {
    if (p.x === px && p.y === py) continue;
    out.push({ ax: px, ay: py, bx: p.x, by: p.y, tags: s.tags });
    px = p.x;
    py = p.y;
  }
  if (!(px === s.bx && py === s.by)) out.push({ ax: px, ay: py, bx: s.bx, by: s.by, tags: s.tags });
  return out;
}

export interface NodingResult {
  segments: Segment[];
  passes: number;
}

export function nodeSegments(input: Segment[]): NodingResult {
  let segs = dedupeSegments(input);
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const splits = findSplits(segs);
    if (splits.size === 0) return { segments: segs, passes: pass };
    const next: Segment[] = [];
    segs.forEach((s, i) => {
      const pts = splits.get(i);
      if (pts) next.push(...splitSegment(s, pts));
      else next.push(s);
    });
    segs = dedupeSegments(next);
  }
  throw new Error(`noding did not converge after ${MAX_PASSES} passes`);
}
