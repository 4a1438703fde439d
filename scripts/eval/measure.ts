/**
 * Facts about a cleaned partition, measured the same way whichever tool cleaned it
 * (docs/PIPELINE.md): overlaps and enclosed gaps left, per-district area change, and whether
 * neighbours share their border vertices (what TopoJSON needs to store a border once).
 */
import { area, bbox, featureCollection, intersect, multiPolygon } from '@turf/turf';
import { cleanPartition, type MultiPolygonCoords } from '../lib/planar/clean';

export interface PartitionFacts {
  polygons: number;
  empty: number;
  /** Re-running the planar arrangement on the output: faces covered by ≥ 2 polygons. */
  overlapFaces: number;
  overlapKm2: number;
  /** Enclosed gaps narrower than 500 m mean width left in the output. */
  sliverGapFaces: number;
  sliverGapKm2: number;
  /** Enclosed gaps wider than that (holes of the source, e.g. lakes). */
  wideHoles: number;
  wideHolesKm2: number;
  /** Pairwise intersection area (turf, polygon clipping) over bbox-overlapping pairs. */
  turfOverlapKm2: number;
  turfOverlapPairs: number;
  /** Edges (consecutive vertex pairs) used by one ring only vs. by two rings in opposite directions. */
  edgesOnce: number;
  edgesOnceKm: number;
  edgesShared: number;
  edgesSharedKm: number;
  /** The same edge used twice in the same direction, or more than twice: a topology error. */
  edgesBad: number;
  totalKm2: number;
}

const R = 6371008.8;
const rad = Math.PI / 180;

function edgeKm(a: number[], b: number[]): number {
  const lat = (((a[1] as number) + (b[1] as number)) / 2) * rad;
  const dx = ((b[0] as number) - (a[0] as number)) * rad * Math.cos(lat) * R;
  const dy = ((b[1] as number) - (a[1] as number)) * rad * R;
  return Math.hypot(dx, dy) / 1000;
}

function edgeFacts(
  polys: MultiPolygonCoords[],
): Pick<
  PartitionFacts,
  'edgesOnce' | 'edgesOnceKm' | 'edgesShared' | 'edgesSharedKm' | 'edgesBad'
> {
  const key = (p: number[]): string => `${p[0]},${p[1]}`;
  const uses = new Map<string, { fwd: number; rev: number; km: number }>();
  for (const mp of polys)
    for (const part of mp)
      for (const ring of part)
        for (let i = 0; i + 1 < ring.length; i++) {
          const p = ring[i] as number[];
          const q = ring[i + 1] as number[];
          const kp = key(p);
          const kq = key(q);
          if (kp === kq) continue;
          const fwd = kp < kq;
          const k = fwd ? `${kp}|${kq}` : `${kq}|${kp}`;
          const u = uses.get(k) ?? { fwd: 0, rev: 0, km: edgeKm(p, q) };
          if (fwd) u.fwd++;
          else u.rev++;
          uses.set(k, u);
        }
  const out = { edgesOnce: 0, edgesOnceKm: 0, edgesShared: 0, edgesSharedKm: 0, edgesBad: 0 };
  for (const u of uses.values()) {
    if (u.fwd + u.rev === 1) {
      out.edgesOnce++;
      out.edgesOnceKm += u.km;
    } else if (u.fwd === 1 && u.rev === 1) {
      out.edgesShared++;
      out.edgesSharedKm += u.km;
    } else out.edgesBad++;
  }
  return out;
}

function turfOverlaps(polys: MultiPolygonCoords[]): { km2: number; pairs: number } {
  const feats = polys.map((p) => (p.length > 0 ? multiPolygon(p) : null));
  const boxes = feats.map((f) => (f ? bbox(f) : null));
  let km2 = 0;
  let pairs = 0;
  for (let i = 0; i < feats.length; i++) {
    const a = boxes[i];
    if (!a) continue;
    for (let j = i + 1; j < feats.length; j++) {
      const b = boxes[j];
      if (!b || a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
      const x = intersect(featureCollection([feats[i], feats[j]] as never));
      if (!x) continue;
      const k = area(x) / 1e6;
      if (k > 0) {
        km2 += k;
        pairs++;
      }
    }
  }
  return { km2, pairs };
}

export function measurePartition(
  polys: MultiPolygonCoords[],
  opts: { turf: boolean },
): PartitionFacts {
  const nonEmpty = polys.filter((p) => p.length > 0);
  const re = cleanPartition(nonEmpty).stats;
  const turf = opts.turf ? turfOverlaps(nonEmpty) : { km2: NaN, pairs: NaN };
  return {
    polygons: polys.length,
    empty: polys.length - nonEmpty.length,
    overlapFaces: re.overlapFaces,
    overlapKm2: re.overlapAreaKm2,
    sliverGapFaces: re.gapFaces,
    sliverGapKm2: re.gapAreaKm2,
    wideHoles: re.keptHoles.length,
    wideHolesKm2: re.keptHoles.reduce((s, h) => s + h.km2, 0),
    turfOverlapKm2: turf.km2,
    turfOverlapPairs: turf.pairs,
    ...edgeFacts(nonEmpty),
    totalKm2: nonEmpty.reduce((s, p) => s + area(multiPolygon(p)) / 1e6, 0),
  };
}

export function km2Of(mp: MultiPolygonCoords): number {
  return mp.length > 0 ? area(multiPolygon(mp)) / 1e6 : 0;
}
