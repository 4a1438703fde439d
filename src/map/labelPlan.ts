/**
 * Which names the map prints, and where: district names and town names placed by priority with
 * collision detection in an R-tree (rbush), so that no two labels overlap. Pure: positions are in
 * world pixels of a zoom step (Web Mercator × 512 × 2^zoom), which do not move when the map pans,
 * so a placement computed once per step stays stable while panning. Drawn at any zoom from its
 * step up to the next, anchors only move apart (the text keeps its size): still no overlap.
 */
import RBush from 'rbush';
import type { District } from '../domain/districts';
import type { Place, PlaceKind } from '../data/placeSchemas';
import { mercatorX, mercatorY } from './fillGeometry';

/** Placement is recomputed at every quarter zoom level, not on every frame. */
export const ZOOM_STEP = 0.25;
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

export type LabelKind = 'district' | 'districtVraem' | PlaceKind;

export interface LabelCandidate {
  id: string;
  text: string;
  kind: LabelKind;
  lon: number;
  lat: number;
  /** Lower is placed first. */
  rank: number;
  /** Not placed below this zoom. */
  minZoom: number;
  /** Towns carry a dot at their point and try four sides; district names sit on their point. */
  dot: boolean;
}

export interface LabelStyle {
  fontPx: number;
  bold: boolean;
}

export const LABEL_STYLES: Record<LabelKind, LabelStyle> = {
  departmentCapital: { fontPx: 14, bold: true },
  provinceCapital: { fontPx: 13, bold: true },
  districtCapital: { fontPx: 12, bold: false },
  place: { fontPx: 11, bold: false },
  districtVraem: { fontPx: 13, bold: false },
  district: { fontPx: 11, bold: false },
};

/** One placed label: its anchor and where its text sits relative to it, in CSS pixels. */
export interface PlacedLabel {
  candidate: LabelCandidate;
  /** Text position relative to the anchor (the text's centre, middle baseline). */
  dx: number;
  dy: number;
  align: 'left' | 'center' | 'right';
  /** The box the label holds, relative to the anchor (text, plus the dot for towns). */
  box: { minX: number; minY: number; maxX: number; maxY: number };
}

/** Text width in CSS px at a style (canvas measureText in the app, a stub in tests). */
export type Measure = (text: string, style: LabelStyle) => number;

// Ranks: towns that orient a reader first, then the VRAEM's largest districts, then the rest.
const RANK_BASE: Record<LabelKind, number> = {
  departmentCapital: 0,
  provinceCapital: 1_000,
  districtVraem: 2_000,
  districtCapital: 3_000,
  district: 5_000,
  place: 6_000,
};
// The first view of the VRAEM on a 1280 × 800 screen, with the key figures open above it, is at
// about zoom 6.4: province capitals and the VRAEM's largest districts are named there already
// (placement keeps names apart, so the small districts wait for a closer zoom).
const MIN_ZOOM: Record<LabelKind, number> = {
  departmentCapital: 5,
  provinceCapital: 6,
  districtVraem: 6.25,
  districtCapital: 7,
  district: 8.5,
  place: 9,
};

/**
 * Candidates from the districts and the places. VRAEM district capitals rank above the other
 * capitals (+1000 for the others); districts by area, largest first; places by their order in
 * places.json (population first).
 */
export function labelCandidates(
  districts: readonly District[],
  places: readonly Place[],
): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const byArea = [...districts].sort((a, b) => b.areaKm2 - a.areaKm2);
  byArea.forEach((d, i) => {
    const kind: LabelKind = d.vraem ? 'districtVraem' : 'district';
    const [lon = 0, lat = 0] = d.labelPoint;
    out.push({
      id: `d-${d.ubigeo}`,
      text: d.name,
      kind,
      lon,
      lat,
      rank: RANK_BASE[kind] + i / byArea.length,
      minZoom: MIN_ZOOM[kind],
      dot: false,
    });
  });
  places.forEach((p, i) => {
    const otherCapital = p.kind === 'districtCapital' && !p.vraem;
    out.push({
      id: p.id,
      text: p.name,
      kind: p.kind,
      lon: p.position[0],
      lat: p.position[1],
      rank: RANK_BASE[p.kind] + (otherCapital ? 1_000 : 0) + i / places.length,
      minZoom: MIN_ZOOM[p.kind] + (otherCapital ? 1.5 : 0),
      dot: true,
    });
  });
  return out.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
}

export function zoomStep(zoom: number): number {
  return Math.floor(zoom / ZOOM_STEP + 1e-9) * ZOOM_STEP;
}

/** World pixels of a point at a zoom. */
export function worldPx(lon: number, lat: number, zoom: number): [number, number] {
  const scale = WORLD_PX * 2 ** zoom;
  return [mercatorX(lon) * scale, mercatorY(lat) * scale];
}

const DOT_RADIUS = 3;
const GAP = 3;
/** Space kept clear around every label (CSS px). */
const PADDING = 2;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The positions a label tries, in order: right, left, above, below (towns); centred (districts). */
function positions(
  c: LabelCandidate,
  width: number,
  height: number,
): Omit<PlacedLabel, 'candidate'>[] {
  const h = height / 2;
  if (!c.dot)
    return [
      {
        dx: 0,
        dy: 0,
        align: 'center',
        box: { minX: -width / 2, minY: -h, maxX: width / 2, maxY: h },
      },
    ];
  const r = DOT_RADIUS;
  const dotBox = { minX: -r, minY: -r, maxX: r, maxY: r };
  const withDot = (b: Box): Box => ({
    minX: Math.min(b.minX, dotBox.minX),
    minY: Math.min(b.minY, dotBox.minY),
    maxX: Math.max(b.maxX, dotBox.maxX),
    maxY: Math.max(b.maxY, dotBox.maxY),
  });
  const side = r + GAP;
  return [
    {
      dx: side,
      dy: 0,
      align: 'left',
      box: withDot({ minX: side, minY: -h, maxX: side + width, maxY: h }),
    },
    {
      dx: -side,
      dy: 0,
      align: 'right',
      box: withDot({ minX: -side - width, minY: -h, maxX: -side, maxY: h }),
    },
    {
      dx: 0,
      dy: -side - h,
      align: 'center',
      box: withDot({ minX: -width / 2, minY: -side - height, maxX: width / 2, maxY: -side }),
    },
    {
      dx: 0,
      dy: side + h,
      align: 'center',
      box: withDot({ minX: -width / 2, minY: side, maxX: width / 2, maxY: side + height }),
    },
  ];
}

/**
 * Greedy placement by rank at one zoom step: each candidate takes the first of its positions
 * that overlaps no label already placed (boxes padded by PADDING), or is left out.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  measure: Measure,
): PlacedLabel[] {
  const tree = new RBush<Box>();
  const placed: PlacedLabel[] = [];
  const byRank = [...candidates].sort((x, y) => x.rank - y.rank || (x.id < y.id ? -1 : 1));
  for (const c of byRank) {
    if (zoom < c.minZoom) continue;
    const style = LABEL_STYLES[c.kind];
    const [x, y] = worldPx(c.lon, c.lat, zoom);
    const height = style.fontPx * 1.2;
    for (const p of positions(c, measure(c.text, style), height)) {
      const box = {
        minX: x + p.box.minX - PADDING,
        minY: y + p.box.minY - PADDING,
        maxX: x + p.box.maxX + PADDING,
        maxY: y + p.box.maxY + PADDING,
      };
      if (tree.collides(box)) continue;
      tree.insert(box);
      placed.push({ candidate: c, ...p });
      break;
    }
  }
  return placed;
}
