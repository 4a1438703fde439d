/**
 * Topology building and Visvalingam simplification that cannot make a polygon disappear or
 * make borders cross.
 *
 * topojson-simplify always keeps arc end points, but a ring made of one closed arc (an island, an
 * enclave) or of two arcs can still shrink to fewer than three distinct points. Before simplifying
 * we find such rings and give their most important interior points an infinite weight. After
 * simplifying and quantizing, arcs that now cross another arc are put back at full detail.
 */
import { quantize, feature } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  Feature,
  FeatureCollection,
  MultiPolygon as GeoMultiPolygon,
  Polygon as GeoPolygon,
} from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
} from 'topojson-specification';
import type { MultiPolygonCoords } from './planar/clean';
import { findSplits, type Segment } from './planar/noding';

export const M_PER_DEG = (6371008.8 * Math.PI) / 180;

/** Visvalingam effective area in m² (local equirectangular), so the threshold reads in metres. */
export function metricTriangleArea(t: number[][]): number {
  const [a, b, c] = t as [number[], number[], number[]];
  const lat = (((a[1] as number) + (c[1] as number)) / 2) * (Math.PI / 180);
  const kx = M_PER_DEG * Math.cos(lat);
  const ky = M_PER_DEG;
  const x1 = ((b[0] as number) - (a[0] as number)) * kx;
  const y1 = ((b[1] as number) - (a[1] as number)) * ky;
  const x2 = ((c[0] as number) - (a[0] as number)) * kx;
  const y2 = ((c[1] as number) - (a[1] as number)) * ky;
  return Math.abs(x1 * y2 - x2 * y1) / 2;
}

export interface PolygonInput {
  id: string;
  polygons: MultiPolygonCoords;
  properties?: Record<string, string>;
}

export type PolygonTopology = Topology<Objects>;

export function polygonFeatures(
  inputs: PolygonInput[],
): FeatureCollection<GeoPolygon | GeoMultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: inputs.map((d): Feature<GeoPolygon | GeoMultiPolygon> => ({
      type: 'Feature',
      id: d.id,
      properties: d.properties ?? {},
      geometry:
        d.polygons.length === 1
          ? { type: 'Polygon', coordinates: d.polygons[0] as number[][][] }
          : { type: 'MultiPolygon', coordinates: d.polygons },
    })),
  };
}

/** Arc-index rings of every polygon in a GeometryCollection. */
function ringsOf(collection: GeometryCollection): number[][] {
  const rings: number[][] = [];
  for (const g of collection.geometries) {
    if (g.type === 'Polygon') rings.push(...(g as Polygon).arcs);
    else if (g.type === 'MultiPolygon') for (const p of (g as MultiPolygon).arcs) rings.push(...p);
  }
  return rings;
}

/** Give enough interior points of each would-be-degenerate ring an infinite weight. */
function protectRings(arcs: number[][][], rings: number[][], minWeight: number): number {
  let protectedPoints = 0;
  const kept = (arc: number[][]): number => arc.filter((p) => (p[2] as number) >= minWeight).length;
  for (const ring of rings) {
    const arcIds = ring.map((i) => (i < 0 ? ~i : i));
    const distinct = arcIds.reduce((s, i) => s + kept(arcs[i] as number[][]) - 1, 0);
    if (distinct >= 3) continue;
    const candidates: { w: number; arc: number; idx: number }[] = [];
    for (const i of arcIds) {
      const arc = arcs[i] as number[][];
      for (let k = 1; k < arc.length - 1; k++) {
        const w = (arc[k] as number[])[2] as number;
        if (w < minWeight) candidates.push({ w, arc: i, idx: k });
      }
    }
    candidates.sort((p, q) => q.w - p.w || p.arc - q.arc || p.idx - q.idx);
    for (const c of candidates.slice(0, 3 - distinct)) {
      ((arcs[c.arc] as number[][])[c.idx] as number[])[2] = Infinity;
      protectedPoints++;
    }
  }
  return protectedPoints;
}

/**
 * Arcs of a quantized topology that cross or touch another arc (or themselves) away from shared
 * end points. Quantized coordinates are integers, so the tests in noding.ts are exact.
 */
export function crossingArcs(topo: PolygonTopology): Set<number> {
  const segs: Segment[] = [];
  const arcOf: number[] = [];
  let total = 0;
  topo.arcs.forEach((arc, i) => {
    let x = 0;
    let y = 0;
    let prev: [number, number] | null = null;
    for (const p of arc) {
      x += p[0] as number;
      y += p[1] as number;
      if (prev && (prev[0] !== x || prev[1] !== y)) {
        segs.push({ ax: prev[0], ay: prev[1], bx: x, by: y, tags: [] });
        arcOf.push(i);
        total += Math.hypot(x - prev[0], y - prev[1]);
      }
      prev = [x, y];
    }
  });
  const cell = Math.max(16, Math.round((4 * total) / Math.max(1, segs.length)));
  return new Set([...findSplits(segs, cell).keys()].map((k) => arcOf[k] as number));
}

export interface SimplifiedTopology {
  topology: PolygonTopology;
  arcPointsBefore: number;
  arcPointsAfter: number;
  protectedPoints: number;
  /** Arcs kept at full detail because simplifying them made arcs cross. */
  restoredArcs: number;
}

const MAX_REPAIR_PASSES = 6;

const countPoints = (t: { arcs: number[][][] }): number => t.arcs.reduce((s, a) => s + a.length, 0);

/** topology → presimplify (m² weights) → protect rings → simplify → quantize. */
export function buildSimplifiedTopology(
  objectName: string,
  inputs: PolygonInput[],
  minWeightM2: number,
  quantization: number,
): SimplifiedTopology {
  const topo = buildTopology({ [objectName]: polygonFeatures(inputs) }) as PolygonTopology;
  const arcPointsBefore = countPoints(topo);
  const pre = presimplify(topo, metricTriangleArea);
  const collection = pre.objects[objectName] as GeometryCollection;
  const protectedPoints = protectRings(pre.arcs, ringsOf(collection), minWeightM2);
  const restored = new Set<number>();
  let stillCrossing: number[] = [];
  for (let pass = 1; pass <= MAX_REPAIR_PASSES; pass++) {
    const quantized = quantize(simplify(pre, minWeightM2), quantization);
    const crossing = [...crossingArcs(quantized)];
    if (crossing.length === 0) {
      return {
        topology: quantized,
        arcPointsBefore,
        arcPointsAfter: countPoints(quantized),
        protectedPoints,
        restoredArcs: restored.size,
      };
    }
    stillCrossing = crossing;
    const fresh = crossing.filter((i) => !restored.has(i));
    if (fresh.length === 0) break;
    // Put the crossing arcs back at full detail (the cleaned partition has no crossings) and retry.
    for (const i of fresh) {
      restored.add(i);
      for (const p of pre.arcs[i] as number[][]) p[2] = Infinity;
    }
  }
  throw new Error(
    `${objectName}: arcs still cross after restoring them (quantization too coarse?): ` +
      stillCrossing
        .slice(0, 5)
        .map((i) => `arc ${i} from ${JSON.stringify(pre.arcs[i]?.[0]?.slice(0, 2))}`)
        .join('; '),
  );
}

/** Decode one object of a topology back to MultiPolygon coordinates, keyed by geometry id. */
export function decodePolygons(
  topo: PolygonTopology,
  objectName: string,
): Map<string, MultiPolygonCoords> {
  const out = new Map<string, MultiPolygonCoords>();
  const fc = feature(topo, topo.objects[objectName] as GeometryCollection);
  for (const f of fc.features) {
    const g = f.geometry;
    const coords =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    out.set(String(f.id), coords);
  }
  return out;
}

/** Twice the planar signed area of a ring in degrees² (sign = orientation). */
export function ringArea2(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as number[];
    const q = ring[i + 1] as number[];
    s += (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
  }
  return s;
}
