/**
 * data/geo/rivers.geo.json: the WDBII river lines (rivers/wdbii/), one MultiLineString per named
 * river or stretch and one for the lines no source names. Names come from GEO GPS PERÚ
 * (Apurímac, Mantaro, Pampas) and Natural Earth (its "Ucayali" runs Apurímac → Ene → Tambo →
 * Ucayali, GEO-SOURCES §9.1) by the match rule of riversMatch.ts; the axis is cut into the
 * stretches people name at the confluences WDBII draws (riversWdbii.ts, stretchesOf below).
 */
import { lineString, simplify } from '@turf/turf';
import type { RiversFile } from '../../src/data/schemas';
import type { RawLine } from './load';
import {
  chainAxis,
  cutAxis,
  junctionsOf,
  matchLines,
  type Axis,
  type Junction,
  type LineMatch,
  type RiverKey,
  type WdbiiLine,
} from './riversWdbii';
import { round } from './write';

/** Douglas–Peucker tolerance in degrees (≈ 55 m): invisible at the zooms rivers are drawn. */
export const RIVER_TOLERANCE_DEG = 0.0005;

/** Simplify, round to 5 decimals (≈ 1 m), drop repeated points; null if fewer than 2 points remain. */
export function prepareLine(coords: number[][]): [number, number][] | null {
  const simplified = simplify(lineString(coords), {
    tolerance: RIVER_TOLERANCE_DEG,
    highQuality: true,
  }).geometry.coordinates;
  const out: [number, number][] = [];
  for (const c of simplified) {
    const p: [number, number] = [round(c[0] as number, 5), round(c[1] as number, 5)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 2 ? out : null;
}

export interface RiverStats {
  segmentsIn: number;
  verticesIn: number;
  linesOut: number;
  verticesOut: number;
}

/** Ids of the sources rivers.geo.json cites. */
export interface RiverSourceIds {
  wdbii: string;
  geogps: string;
  naturalEarth: string;
}

type Feature = RiversFile['features'][number];
const pt = (p: [number, number]) => `${p[0].toFixed(3)}, ${p[1].toFixed(3)}`;

export interface RiversResult {
  file: RiversFile;
  stats: RiverStats;
  matches: LineMatch[];
  axis: Axis;
  /** The confluences the axis is cut at, downstream: Mantaro, then the next two WDBII draws. */
  cuts: { mantaro: Junction; perene: Junction; urubamba: Junction };
}

/**
 * Where the axis changes name. The Apurímac becomes the Ene where the Mantaro joins it: the
 * tributary whose lines match GEO GPS PERÚ's Río Mantaro. The Ene becomes the Tambo where the
 * Perené joins it, and the Tambo the Ucayali where the Urubamba joins it: WDBII draws exactly
 * those two tributaries below the Mantaro, in that order; naming them is our identification.
 */
export function stretchCuts(junctions: readonly Junction[]): RiversResult['cuts'] {
  const mantaroAt = junctions.findIndex((j) => j.basin.some((m) => m.key === 'mantaro'));
  const mantaro = junctions[mantaroAt];
  const perene = junctions[mantaroAt + 1];
  const urubamba = junctions[mantaroAt + 2];
  if (mantaroAt < 0 || !mantaro || !perene || !urubamba)
    throw new Error(
      `rivers: expected the Mantaro's confluence and two more below it on the axis, found ${junctions.length} junctions`,
    );
  return { mantaro, perene, urubamba };
}

export function buildRivers(
  wdbii: readonly WdbiiLine[],
  named: { geogps: RawLine[]; naturalEarth: RawLine[] },
  ids: RiverSourceIds,
): RiversResult {
  const stats: RiverStats = { segmentsIn: 0, verticesIn: 0, linesOut: 0, verticesOut: 0 };
  const matches = matchLines(wdbii, named);
  const axis = chainAxis(matches);
  const cuts = stretchCuts(junctionsOf(matches, axis));
  const pieces = cutAxis(axis.coords, [cuts.mantaro, cuts.perene, cuts.urubamba]);
  const features: Feature[] = [];
  const add = (
    name: string | null,
    lines: number[][][],
    nameSources: string[],
    note: string | null,
    stretch: { es: string; en: string } | null,
  ) => {
    const coordinates = lines.map(prepareLine).filter((l) => l !== null);
    if (coordinates.length === 0) throw new Error(`river "${name}": no line left`);
    stats.linesOut += coordinates.length;
    stats.verticesOut += coordinates.reduce((s, l) => s + l.length, 0);
    features.push({
      type: 'Feature',
      properties: { name, source: ids.wdbii, note, nameSources, stretch },
      geometry: { type: 'MultiLineString', coordinates },
    });
  };
  for (const l of wdbii) {
    stats.segmentsIn++;
    stats.verticesIn += l.coords.length;
  }
  const m = pt(cuts.mantaro.at.point);
  const p = pt(cuts.perene.at.point);
  const u = pt(cuts.urubamba.at.point);
  const axisNote = (where: string) =>
    `WDBII lines ${axis.chain.map((c) => c.line.feature).join(', ')} (features of the raw file, downstream order) match Natural Earth's "Ucayali" line or GEO GPS PERÚ's Río Apurímac (≥ 50 % of their length within 3 km); ${where} The stretch names are our identification at the confluences WDBII draws, not source data.`;
  const axisSources = [ids.naturalEarth, ids.geogps];
  const stretches: [string, string, { es: string; en: string }][] = [
    [
      'Río Apurímac',
      `this stretch runs from the edge of the map to the confluence of the Mantaro (${m}), the tributary whose lines match GEO GPS PERÚ's Río Mantaro.`,
      {
        es: 'eje Apurímac–Ene–Tambo, desde el borde del mapa hasta la confluencia con el Mantaro',
        en: 'Apurímac–Ene–Tambo axis, from the edge of the map to the Mantaro confluence',
      },
    ],
    [
      'Río Ene',
      `this stretch runs from the Mantaro's confluence (${m}) to the next tributary WDBII draws (${p}), which we identify as the Perené.`,
      {
        es: 'desde la confluencia con el Mantaro hasta la del Perené',
        en: 'from the Mantaro confluence to the Perené confluence',
      },
    ],
    [
      'Río Tambo',
      `this stretch runs from the Perené's confluence (${p}) to the next tributary WDBII draws (${u}), which we identify as the Urubamba (at Atalaya).`,
      {
        es: 'desde la confluencia con el Perené hasta la del Urubamba (Atalaya)',
        en: 'from the Perené confluence to the Urubamba confluence (Atalaya)',
      },
    ],
    [
      'Río Ucayali',
      `this stretch runs from the Urubamba's confluence (${u}) to the edge of the map; only here does Natural Earth's own name apply.`,
      {
        es: 'desde la confluencia con el Urubamba hasta el borde del mapa',
        en: 'from the Urubamba confluence to the edge of the map',
      },
    ],
  ];
  stretches.forEach(([name, where, stretch], i) =>
    add(name, [pieces[i] as number[][]], axisSources, axisNote(where), stretch),
  );
  const featuresOf = (key: RiverKey) =>
    matches.filter((x) => x.key === key).map((x) => x.line.feature);
  add(
    'Río Mantaro',
    matches.filter((x) => x.key === 'mantaro').map((x) => x.line.coords),
    [ids.geogps],
    `WDBII lines ${featuresOf('mantaro').join(', ')} match GEO GPS PERÚ's Río Mantaro (Huancavelica file; ≥ 50 % of their length within 3 km). The lower course down to the Ene is drawn but not named: no named source line covers it.`,
    {
      es: 'solo los tramos que coinciden con el Mantaro de GEO GPS PERÚ (Huancavelica); el curso bajo hasta el Ene se dibuja sin nombre',
      en: 'only the stretches matching GEO GPS PERÚ’s Mantaro (Huancavelica); its lower course to the Ene is drawn unnamed',
    },
  );
  add(
    'Río Pampas',
    matches.filter((x) => x.key === 'pampas').map((x) => x.line.coords),
    [ids.geogps],
    `WDBII lines ${featuresOf('pampas').join(', ')} match GEO GPS PERÚ's Río Pampas (≥ 50 % of their length within 3 km).`,
    {
      es: 'solo los tramos que coinciden con el Pampas de GEO GPS PERÚ',
      en: 'only the stretches matching GEO GPS PERÚ’s Pampas',
    },
  );
  features.sort((a, b) => ((a.properties.name ?? '') < (b.properties.name ?? '') ? -1 : 1));
  const unnamed = matches.filter((x) => x.key === null || axis.offChain.includes(x));
  add(
    null,
    unnamed.map((x) => x.line.coords),
    [],
    'WDBII lines no named source line matches (tributaries, the lower Mantaro, the Perené, the Urubamba): drawn, not named.',
    null,
  );
  return { file: { type: 'FeatureCollection', features }, stats, matches, axis, cuts };
}
