/**
 * The river lines the map draws and the "within N km" list offers, from WDBII (rivers/wdbii/):
 * geometry from WDBII only, names from the named lines of GEO GPS PERÚ (Apurímac, Mantaro,
 * Pampas) and Natural Earth (its "Ucayali", which runs the whole Apurímac → Ene → Tambo →
 * Ucayali axis), by the match rule of riversMatch.ts. The axis is then cut into its known
 * stretches at the confluences WDBII draws (see splitAxis). Unmatched lines are drawn unnamed.
 */
import { z } from 'zod';
import { readFeatures } from './geojson';
import type { RawInputs } from './inputs';
import type { RawLine } from './load';
import { lineStringGeometry } from './raw-schemas';
import {
  kmBetween,
  lengthKm,
  LineIndex,
  MATCH_SHARE,
  nearestOnLine,
  shareNear,
} from './riversMatch';

export const WDBII_RIVERS = 'rivers/wdbii/wdbii_rivers_vraem_box.geojson';
const wdbiiProps = z.object({ wdbii_level: z.number().int().min(0).max(4) });

/** Two line ends this close (km) are one junction (WDBII repeats or nearly repeats them). */
export const JOIN_KM = 0.5;

export interface WdbiiLine {
  /** 1-based feature number in the raw file (for SOURCES.md and tests). */
  feature: number;
  level: number;
  coords: number[][];
}

export function loadWdbii(inputs: RawInputs): WdbiiLine[] {
  return readFeatures(inputs, WDBII_RIVERS, wdbiiProps, lineStringGeometry).map((f, i) => ({
    feature: i + 1,
    level: f.properties.wdbii_level,
    coords: f.geometry.coordinates,
  }));
}

/** What a named source line stands for. */
export type RiverKey = 'axis' | 'mantaro' | 'pampas';

/** Source names → what they name. The Natural Earth line and GEO GPS's Apurímac are the axis. */
export const NAMED_SOURCE_LINES: {
  source: 'geogps' | 'naturalEarth';
  name: string;
  key: RiverKey;
}[] = [
  { source: 'naturalEarth', name: 'Ucayali', key: 'axis' },
  { source: 'geogps', name: 'Rio Apurimac', key: 'axis' },
  { source: 'geogps', name: 'Rio Mantaro', key: 'mantaro' },
  { source: 'geogps', name: 'Rio Pampas', key: 'pampas' },
];

export interface LineMatch {
  line: WdbiiLine;
  lengthKm: number;
  /** Share of the line's length within MATCH_KM of each named river. */
  shares: Record<RiverKey, number>;
  key: RiverKey | null;
}

export function matchLines(
  wdbii: readonly WdbiiLine[],
  named: { geogps: RawLine[]; naturalEarth: RawLine[] },
): LineMatch[] {
  const indexes = new Map<RiverKey, LineIndex>();
  for (const key of ['axis', 'mantaro', 'pampas'] as const) {
    const lines = NAMED_SOURCE_LINES.filter((n) => n.key === key).flatMap((n) =>
      named[n.source].filter((l) => l.name === n.name).map((l) => l.coords),
    );
    if (lines.length === 0) throw new Error(`rivers: no named source line for ${key}`);
    indexes.set(key, new LineIndex(lines));
  }
  return wdbii.map((line) => {
    const shares = {} as Record<RiverKey, number>;
    for (const [key, index] of indexes) shares[key] = shareNear(line.coords, index);
    const best = (Object.entries(shares) as [RiverKey, number][]).sort((a, b) => b[1] - a[1])[0];
    const key = best && best[1] >= MATCH_SHARE ? best[0] : null;
    return { line, lengthKm: lengthKm(line.coords), shares, key };
  });
}

export interface Axis {
  /** The matched axis lines in downstream order (each starts where the previous ends). */
  chain: LineMatch[];
  /** Lines matched to the axis that do not continue it: the mouth of a tributary. */
  offChain: LineMatch[];
  coords: number[][];
}

const first = (l: LineMatch) => l.line.coords[0] as number[];
const last = (l: LineMatch) => l.line.coords[l.line.coords.length - 1] as number[];

/** Chains the axis lines end to start (WDBII draws them downstream). */
export function chainAxis(matches: readonly LineMatch[]): Axis {
  const axis = matches.filter((m) => m.key === 'axis');
  const heads = axis.filter(
    (m) => !axis.some((o) => o !== m && kmBetween(last(o), first(m)) <= JOIN_KM),
  );
  // A head whose own end reaches no other axis line is a stray piece (a tributary's mouth).
  const chainFrom = (head: LineMatch): LineMatch[] => {
    const chain = [head];
    for (;;) {
      const end = last(chain[chain.length - 1] as LineMatch);
      const next = axis.find((o) => !chain.includes(o) && kmBetween(end, first(o)) <= JOIN_KM);
      if (!next) return chain;
      chain.push(next);
    }
  };
  const chains = heads.map(chainFrom).sort((a, b) => b.length - a.length);
  const chain = chains[0];
  if (!chain || chain.length < 2) throw new Error('rivers: the axis lines do not form a chain');
  const coords: number[][] = [];
  for (const m of chain)
    coords.push(...(coords.length === 0 ? m.line.coords : m.line.coords.slice(1)));
  return { chain, offChain: axis.filter((m) => !chain.includes(m)), coords };
}

export interface Junction {
  /** The tributary line whose end lies on the axis. */
  mouth: LineMatch;
  /** Every line connected upstream of the mouth (the mouth included). */
  basin: LineMatch[];
  /** Where it joins: segment index and parameter on the axis, and the point. */
  at: { index: number; t: number; point: [number, number] };
}

/** Tributaries whose downstream end lies on the axis, in downstream order. */
export function junctionsOf(matches: readonly LineMatch[], axis: Axis): Junction[] {
  const others = matches.filter((m) => !axis.chain.includes(m));
  const ends = [axis.coords[0] as number[], axis.coords[axis.coords.length - 1] as number[]];
  const out: Junction[] = [];
  for (const mouth of others) {
    const end = last(mouth);
    const near = nearestOnLine(axis.coords, end);
    if (near.km > JOIN_KM || ends.some((e) => kmBetween(e, end) <= JOIN_KM)) continue;
    // Its basin: lines joined end to start upstream, not through the axis.
    const basin = [mouth];
    for (let grew = true; grew;) {
      grew = false;
      for (const m of others) {
        if (basin.includes(m)) continue;
        if (basin.some((b) => kmBetween(last(m), first(b)) <= JOIN_KM)) {
          basin.push(m);
          grew = true;
        }
      }
    }
    const a = axis.coords[near.index] as number[];
    const b = axis.coords[near.index + 1] as number[];
    const point: [number, number] = [
      (a[0] ?? 0) + near.t * ((b[0] ?? 0) - (a[0] ?? 0)),
      (a[1] ?? 0) + near.t * ((b[1] ?? 0) - (a[1] ?? 0)),
    ];
    out.push({ mouth, basin, at: { index: near.index, t: near.t, point } });
  }
  return out.sort((x, y) => x.at.index + x.at.t - (y.at.index + y.at.t));
}

/** The axis cut at the given junctions (in downstream order): n junctions give n + 1 pieces. */
export function cutAxis(coords: readonly number[][], cuts: readonly Junction[]): number[][][] {
  const pieces: number[][][] = [];
  let current: number[][] = [coords[0] as number[]];
  let cut = 0;
  for (let i = 0; i + 1 < coords.length; i++) {
    const next = coords[i + 1] as number[];
    while (cut < cuts.length && (cuts[cut] as Junction).at.index === i) {
      const point = (cuts[cut] as Junction).at.point;
      current.push(point);
      pieces.push(current);
      current = [point];
      cut++;
    }
    current.push(next);
  }
  pieces.push(current);
  return pieces.map((p) => p.filter((q, k) => k === 0 || kmBetween(q, p[k - 1] as number[]) > 0));
}
