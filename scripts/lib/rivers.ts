/**
 * data/geo/rivers.geo.json: one MultiLineString per named river. GEO GPS PERÚ gives the Apurímac,
 * Mantaro and Pampas as many short segments; Natural Earth gives one long line it names "Ucayali"
 * that in fact runs Apurímac → Ene → Tambo → upper Ucayali (GEO-SOURCES §9.1). Its name here says
 * so instead of pretending to a split the source does not have.
 */
import { lineString, simplify } from '@turf/turf';
import type { RiversFile } from '../../src/data/schemas';
import { round } from './write';

/** Douglas–Peucker tolerance in degrees (≈ 55 m): invisible at the zooms rivers are drawn. */
export const RIVER_TOLERANCE_DEG = 0.0005;

export const GEOGPS_NAMES: Record<string, string> = {
  'Rio Apurimac': 'Río Apurímac',
  'Rio Mantaro': 'Río Mantaro',
  'Rio Pampas': 'Río Pampas',
};

const GEOGPS_NOTES: Record<string, string> = {
  'Rio Apurimac':
    'Only the stretch bordering the Apurímac department (GEO GPS PERÚ Apurímac file); the VRAEM stretch along the Ayacucho–Cusco border (Sivia, Llochegua, Santa Rosa, Kimbiri, Pichari) is not in the source.',
  'Rio Mantaro':
    'Only the Huancavelica stretch (GEO GPS PERÚ Huancavelica file); the lower Mantaro between Junín and Ayacucho down to the Ene is not in the source.',
};

/** "Segments per source file: A (n), B (m)." — counted, not typed. */
function compositionNote(lines: { file: string }[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.file, (counts.get(l.file) ?? 0) + 1);
  const parts = [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return `Segments per source file: ${parts.map(([f, n]) => `${f} (${n})`).join(', ')}.`;
}

export const NATURAL_EARTH_LINE = 'Ucayali';
export const NATURAL_EARTH_DISPLAY_NAME = 'Apurímac – Ene – Tambo – Ucayali';
const NATURAL_EARTH_NOTE =
  'Natural Earth (1:10m) names this whole line "Ucayali". Read vertex by vertex it follows the Apurímac, the Ene, the Tambo and, past Atalaya, the upper Ucayali; the split at the confluences (Mantaro, Perené, Urubamba) is not in the source, so the line is not cut here.';

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

export function buildRivers(
  geogps: { name: string; file: string; coords: number[][] }[],
  naturalEarth: { name: string; coords: number[][] }[],
  sourceIds: { geogps: string; naturalEarth: string },
): { file: RiversFile; stats: RiverStats; ignoredNaturalEarth: string[] } {
  const stats: RiverStats = { segmentsIn: 0, verticesIn: 0, linesOut: 0, verticesOut: 0 };
  const features: RiversFile['features'] = [];
  const add = (
    name: string,
    source: string,
    note: string | null,
    lines: { coords: number[][] }[],
  ): void => {
    const coordinates: [number, number][][] = [];
    for (const l of lines) {
      stats.segmentsIn++;
      stats.verticesIn += l.coords.length;
      const prepared = prepareLine(l.coords);
      if (prepared) coordinates.push(prepared);
    }
    if (coordinates.length === 0)
      throw new Error(`river "${name}": no line left after simplification`);
    stats.linesOut += coordinates.length;
    stats.verticesOut += coordinates.reduce((s, l) => s + l.length, 0);
    features.push({
      type: 'Feature',
      properties: { name, source, note },
      geometry: { type: 'MultiLineString', coordinates },
    });
  };
  for (const rawName of Object.keys(GEOGPS_NAMES).sort()) {
    const lines = geogps.filter((l) => l.name === rawName);
    if (lines.length === 0)
      throw new Error(`rivers: no "${rawName}" segments in the GEO GPS PERÚ file`);
    const caveat = GEOGPS_NOTES[rawName];
    const note = [caveat, compositionNote(lines)].filter((x) => x !== undefined).join(' ');
    add(GEOGPS_NAMES[rawName] as string, sourceIds.geogps, note, lines);
  }
  const ne = naturalEarth.filter((l) => l.name === NATURAL_EARTH_LINE);
  if (ne.length === 0)
    throw new Error(`rivers: no "${NATURAL_EARTH_LINE}" line in the Natural Earth file`);
  add(NATURAL_EARTH_DISPLAY_NAME, sourceIds.naturalEarth, NATURAL_EARTH_NOTE, ne);
  features.sort((a, b) =>
    a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0,
  );
  const ignoredNaturalEarth = [
    ...new Set(naturalEarth.map((l) => l.name).filter((n) => n !== NATURAL_EARTH_LINE)),
  ].sort();
  return { file: { type: 'FeatureCollection', features }, stats, ignoredNaturalEarth };
}
