/**
 * Turn a set of polygons that should tile the plane, but whose shared borders were simplified
 * independently (so neighbours overlap and leave gaps along every border), into a clean
 * partition whose neighbours share exactly the same vertices. That is what TopoJSON needs to find
 * shared arcs, and what meshes (province/department borders) and merges (the VRAEM outline) need
 * to be drawn once and without sliver artefacts.
 *
 * Method (the idea of mapshaper's `-clean`): node all edges (noding.ts), build the faces of the
 * arrangement (faces.ts), find which input polygons cover each face by walking from the outside
 * across tagged edges (exact, no point-in-polygon), then give
 *  - a face covered by one polygon to that polygon,
 *  - an overlap face (≥ 2 polygons) to the covering polygon it shares the longest border with,
 *  - a gap face (enclosed, covered by none) that is a sliver — mean width 2·area/perimeter below
 *    MAX_SLIVER_WIDTH_M — to the neighbour it shares the longest border with.
 * Wider gaps are real holes in the source (e.g. a lake that belongs to no district) and stay
 * outside, like the unbounded outside. Each polygon's rings are then read off the half-edges.
 * On the 5-department districts the slivers are < 200 m wide and the first real hole is > 1 km
 * wide, so the threshold is not a fine-tuned number.
 */
import { buildArrangement, leftFace, OUTSIDE, type Arrangement, type Cycle } from './faces';
import { nodeSegments, type Segment } from './noding';

export const GRID = 1e6; // grid units per degree
const M_PER_DEG = (6371008.8 * Math.PI) / 180;
export const MAX_SLIVER_WIDTH_M = 500;

export type MultiPolygonCoords = number[][][][];

export interface CleanStats {
  nodingPasses: number;
  edges: number;
  faces: number;
  overlapFaces: number;
  overlapAreaKm2: number;
  gapFaces: number;
  gapAreaKm2: number;
  maxSliverGapFaceKm2: number;
  /** Gap faces wider than MAX_SLIVER_WIDTH_M, kept as holes: area and mean width of each. */
  keptHoles: { km2: number; meanWidthM: number; lon: number; lat: number }[];
  unassignedGapFaces: number;
  coverageConflicts: number;
}

export interface CleanResult {
  polygons: MultiPolygonCoords[];
  stats: CleanStats;
}

function ringArea2(ring: number[][]): number {
  let s = 0;
  const [x0, y0] = ring[0] as number[];
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as number[];
    const q = ring[i + 1] as number[];
    s += ((p[0] as number) - (x0 as number)) * ((q[1] as number) - (y0 as number));
    s -= ((q[0] as number) - (x0 as number)) * ((p[1] as number) - (y0 as number));
  }
  return s;
}

function toSegments(polygons: MultiPolygonCoords[]): Segment[] {
  const segs: Segment[] = [];
  polygons.forEach((mp, poly) => {
    for (const part of mp) {
      part.forEach((ring, k) => {
        const pts = ring.map((c) => [
          Math.round((c[0] as number) * GRID),
          Math.round((c[1] as number) * GRID),
        ]);
        const interiorLeft = (k === 0) === ringArea2(pts) > 0;
        for (let i = 0; i + 1 < pts.length; i++) {
          const p = pts[i] as number[];
          const q = pts[i + 1] as number[];
          segs.push({
            ax: p[0] as number,
            ay: p[1] as number,
            bx: q[0] as number,
            by: q[1] as number,
            tags: [{ poly, interiorLeft }],
          });
        }
      });
    }
  });
  return segs;
}

function faceKm2(a: Arrangement, face: number): number {
  const c = a.cycles[face];
  if (!c) return 0;
  const lat = (c.bbox[1] + c.bbox[3]) / 2 / GRID;
  const unit = M_PER_DEG / GRID;
  return ((Math.abs(c.area2) / 2) * unit * unit * Math.cos((lat * Math.PI) / 180)) / 1e6;
}

/** 2·area/perimeter in metres: about the width of a long thin face. */
function faceMeanWidthM(a: Arrangement, face: number): number {
  const c = a.cycles[face];
  if (!c) return 0;
  let perimeter = 0;
  let h = c.start;
  do {
    perimeter += edgeLength(a, h);
    h = a.next[h] as number;
  } while (h !== c.start);
  return (Math.abs(c.area2) / perimeter) * (M_PER_DEG / GRID);
}

/** Coverage of every face, propagated from OUTSIDE (covered by nothing) across tagged edges. */
function coverage(a: Arrangement): { cover: Map<number, number[]>; conflicts: number } {
  const halfEdgesOf = new Map<number, number[]>();
  for (let h = 0; h < a.origin.length; h++) {
    const f = leftFace(a, h);
    const list = halfEdgesOf.get(f);
    if (list) list.push(h);
    else halfEdgesOf.set(f, [h]);
  }
  const cover = new Map<number, number[]>([[OUTSIDE, []]]);
  const queue = [OUTSIDE];
  let conflicts = 0;
  for (let qi = 0; qi < queue.length; qi++) {
    const f = queue[qi] as number;
    const here = cover.get(f) as number[];
    for (const h of halfEdgesOf.get(f) ?? []) {
      const g = leftFace(a, h ^ 1);
      const set = new Set(here);
      for (const t of a.edgeTags[h >> 1] ?? []) {
        const interiorLeftOfH = (h & 1) === 0 ? t.interiorLeft : !t.interiorLeft;
        if (interiorLeftOfH) set.delete(t.poly);
        else set.add(t.poly);
      }
      const there = [...set].sort((x, y) => x - y);
      const known = cover.get(g);
      if (known === undefined) {
        cover.set(g, there);
        queue.push(g);
      } else if (known.join() !== there.join()) {
        conflicts++;
      }
    }
  }
  return { cover, conflicts };
}

function edgeLength(a: Arrangement, h: number): number {
  const p = a.origin[h] as number;
  const q = a.origin[h ^ 1] as number;
  return Math.hypot(
    (a.nodeX[q] as number) - (a.nodeX[p] as number),
    (a.nodeY[q] as number) - (a.nodeY[p] as number),
  );
}

/** Border length shared with each neighbouring face. */
function neighbourLengths(a: Arrangement): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (let h = 0; h < a.origin.length; h++) {
    const f = leftFace(a, h);
    const g = leftFace(a, h ^ 1);
    if (f === OUTSIDE || f === g) continue;
    const m = out.get(f) ?? new Map<number, number>();
    m.set(g, (m.get(g) ?? 0) + edgeLength(a, h));
    out.set(f, m);
  }
  return out;
}

/** Repeated passes: each unlabelled face takes the allowed label it shares the longest border with. */
function assignByBorder(
  faces: number[],
  allowed: (face: number, label: number) => boolean,
  label: Map<number, number>,
  lengths: Map<number, Map<number, number>>,
): void {
  let pending = faces;
  while (pending.length > 0) {
    const decided: [number, number][] = [];
    for (const f of pending) {
      const score = new Map<number, number>();
      for (const [g, len] of lengths.get(f) ?? []) {
        const l = label.get(g);
        if (l !== undefined && l >= 0 && allowed(f, l)) score.set(l, (score.get(l) ?? 0) + len);
      }
      const best = [...score.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
      if (best) decided.push([f, best[0]]);
    }
    if (decided.length === 0) return;
    for (const [f, l] of decided) label.set(f, l);
    const done = new Set(decided.map(([f]) => f));
    pending = pending.filter((f) => !done.has(f));
  }
}

function readRings(a: Arrangement, label: Map<number, number>, count: number): number[][][][] {
  const labelOf = (h: number): number => label.get(leftFace(a, h)) ?? -1;
  const rings: number[][][][] = Array.from({ length: count }, () => []);
  const seen = new Uint8Array(a.origin.length);
  for (let h0 = 0; h0 < a.origin.length; h0++) {
    const d = labelOf(h0);
    if (seen[h0] || d < 0 || labelOf(h0 ^ 1) === d) continue;
    const ring: number[][] = [];
    let h = h0;
    do {
      seen[h] = 1;
      const n = a.origin[h] as number;
      ring.push([(a.nodeX[n] as number) / GRID, (a.nodeY[n] as number) / GRID]);
      let g = a.next[h] as number;
      while (labelOf(g ^ 1) === d) g = a.next[g ^ 1] as number;
      h = g;
    } while (h !== h0);
    ring.push(ring[0] as number[]);
    (rings[d] as number[][][]).push(ring);
  }
  return rings;
}

function pointInRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Outer rings are counter-clockwise, holes clockwise; each hole goes to the smallest outer ring holding it. */
function toMultiPolygon(rings: number[][][]): MultiPolygonCoords {
  const outers = rings.filter((r) => ringArea2(r) > 0).sort((p, q) => ringArea2(p) - ringArea2(q));
  const parts: number[][][][] = outers.map((r) => [r]);
  for (const hole of rings.filter((r) => ringArea2(r) <= 0)) {
    const vertexKeys = (r: number[][]): Set<string> => new Set(r.map((c) => c.join()));
    const i = outers.findIndex((o) => {
      const onOuter = vertexKeys(o);
      const probe = hole.find((c) => !onOuter.has(c.join()));
      return probe !== undefined && pointInRing(o, probe[0] as number, probe[1] as number);
    });
    if (i >= 0) (parts[i] as number[][][]).push(hole);
  }
  return parts.sort((p, q) => ringArea2(q[0] as number[][]) - ringArea2(p[0] as number[][]));
}

export function cleanPartition(polygons: MultiPolygonCoords[]): CleanResult {
  const noded = nodeSegments(toSegments(polygons));
  const a = buildArrangement(noded.segments);
  const { cover, conflicts } = coverage(a);
  const lengths = neighbourLengths(a);
  const label = new Map<number, number>([[OUTSIDE, -1]]);
  const overlaps: number[] = [];
  const gaps: number[] = [];
  const bounded = a.cycles.map((c, i) => (c.face === i ? i : -2)).filter((i) => i >= 0);
  for (const f of bounded) {
    const cov = cover.get(f) ?? [];
    if (cov.length === 1) label.set(f, cov[0] as number);
    else if (cov.length > 1) overlaps.push(f);
    else gaps.push(f);
  }
  assignByBorder(overlaps, (f, l) => (cover.get(f) ?? []).includes(l), label, lengths);
  for (const f of overlaps) if (!label.has(f)) label.set(f, (cover.get(f) ?? [])[0] as number);
  const wide = gaps.filter((f) => faceMeanWidthM(a, f) >= MAX_SLIVER_WIDTH_M);
  const slivers = gaps.filter((f) => faceMeanWidthM(a, f) < MAX_SLIVER_WIDTH_M);
  assignByBorder(slivers, () => true, label, lengths);
  const gapKm2 = slivers.map((f) => faceKm2(a, f));
  const rings = readRings(a, label, polygons.length);
  return {
    polygons: rings.map(toMultiPolygon),
    stats: {
      nodingPasses: noded.passes,
      edges: noded.segments.length,
      faces: bounded.length,
      overlapFaces: overlaps.length,
      overlapAreaKm2: overlaps.reduce((s, f) => s + faceKm2(a, f), 0),
      gapFaces: slivers.length,
      gapAreaKm2: gapKm2.reduce((s, x) => s + x, 0),
      maxSliverGapFaceKm2: Math.max(0, ...gapKm2),
      keptHoles: wide.map((f) => {
        const c = a.cycles[f] as Cycle;
        return {
          km2: faceKm2(a, f),
          meanWidthM: faceMeanWidthM(a, f),
          lon: (c.bbox[0] + c.bbox[2]) / 2 / GRID,
          lat: (c.bbox[1] + c.bbox[3]) / 2 / GRID,
        };
      }),
      unassignedGapFaces: slivers.filter((f) => !label.has(f)).length,
      coverageConflicts: conflicts,
    },
  };
}
