/**
 * data/geo/atlas.topo.json: the 551 district polygons of the five departments as one TopoJSON
 * topology, with province and department border meshes and the merged VRAEM outline, plus the
 * figures that say how much the geometry moved on the way.
 */
import { mergeArcs, meshArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import { area, multiPolygon } from '@turf/turf';
import { cleanPartition, type CleanStats, type MultiPolygonCoords } from './planar/clean';
import { measureDisplacement, type DisplacementStats } from './displacement';
import {
  buildSimplifiedTopology,
  decodePolygons,
  ringArea2,
  type PolygonTopology,
} from './simplify';

/**
 * Visvalingam threshold, m² of effective triangle area. Chosen by measurement (see SOURCES.md):
 * 10,000 m² keeps simplification-only displacement under 100 m (≈ 1.3 px at zoom 10) while the
 * step to 20,000 m² doubles it. Quantization 1e5 over the ~6° box is a ≈ 7 m grid.
 */
export const ATLAS_MIN_WEIGHT_M2 = 10_000;
export const ATLAS_QUANTIZATION = 1e5;
/** Regression guards: the pipeline fails rather than ship a visibly distorted map. */
const MAX_SIMPLIFICATION_DISPLACEMENT_M = 150;
const MAX_TOTAL_DISPLACEMENT_M = 200;
/** A district whose area changes more than this between raw and final polygon means a bug. */
const MAX_AREA_CHANGE = 0.15;

export interface AtlasDistrictInput {
  ubigeo: string;
  raw: MultiPolygonCoords;
}

export interface AtlasResult {
  topology: PolygonTopology;
  decoded: Map<string, MultiPolygonCoords>;
  clean: CleanStats;
  rawVertices: number;
  arcPointsBeforeSimplify: number;
  arcPointsAfter: number;
  protectedPoints: number;
  restoredArcs: number;
  /** Raw vertex → final boundary (what the manifest reports). */
  total: DisplacementStats;
  /** Raw vertex → cleaned boundary (source misalignment between neighbours). */
  cleaning: DisplacementStats;
  /** Cleaned vertex → final boundary (simplification + quantization only). */
  simplification: DisplacementStats;
  /** Largest relative change of a district's area between raw and final polygon. */
  maxAreaChange: { ubigeo: string; ratio: number };
}

const provinceOf = (g: GeometryObject): string => String(g.id).slice(0, 4);
const departmentOf = (g: GeometryObject): string => String(g.id).slice(0, 2);

export function countVertices(mp: MultiPolygonCoords): number {
  return mp.reduce((s, poly) => s + poly.reduce((t, ring) => t + ring.length - 1, 0), 0);
}

/** Simplification settings and the guards that go with them (national scope is coarser). */
export interface AtlasSettings {
  minWeightM2: number;
  quantization: number;
  maxSimplificationM: number;
  maxTotalM: number;
}

export const ATLAS_SETTINGS: AtlasSettings = {
  minWeightM2: ATLAS_MIN_WEIGHT_M2,
  quantization: ATLAS_QUANTIZATION,
  maxSimplificationM: MAX_SIMPLIFICATION_DISPLACEMENT_M,
  maxTotalM: MAX_TOTAL_DISPLACEMENT_M,
};

export function buildAtlas(
  districts: AtlasDistrictInput[],
  vraem: Set<string>,
  settings: AtlasSettings = ATLAS_SETTINGS,
): AtlasResult {
  const cleaned = cleanPartition(districts.map((d) => d.raw));
  const inputs = districts.map((d, i) => ({
    id: d.ubigeo,
    polygons: cleaned.polygons[i] as MultiPolygonCoords,
  }));
  for (const d of inputs) {
    if (d.polygons.length === 0)
      throw new Error(`district ${d.id} lost all its area while cleaning the partition`);
  }
  const simplified = buildSimplifiedTopology(
    'districts',
    inputs,
    settings.minWeightM2,
    settings.quantization,
  );
  const topology = simplified.topology;
  const collection = topology.objects.districts as GeometryCollection;

  topology.objects.provinceBorders = meshArcs(
    topology,
    collection,
    (a, b) => a !== b && provinceOf(a) !== provinceOf(b),
  );
  topology.objects.departmentBorders = meshArcs(
    topology,
    collection,
    (a, b) => a === b || departmentOf(a) !== departmentOf(b),
  );
  const vraemGeoms = collection.geometries.filter((g) => vraem.has(String(g.id)));
  if (vraemGeoms.length !== vraem.size)
    throw new Error(
      `VRAEM outline: found ${vraemGeoms.length} of ${vraem.size} districts in the topology`,
    );
  topology.objects.vraemOutline = mergeArcs(
    topology,
    vraemGeoms as Parameters<typeof mergeArcs>[1],
  );

  const decoded = decodePolygons(topology, 'districts');
  let maxAreaChange = { ubigeo: '', ratio: 1 };
  for (const d of districts) {
    const mp = decoded.get(d.ubigeo);
    const nonDegenerate = (mp ?? []).filter(
      (poly) => Math.abs(ringArea2(poly[0] as number[][])) > 0,
    );
    if (!mp || nonDegenerate.length === 0)
      throw new Error(`district ${d.ubigeo} has no polygon with area after simplification`);
    const ratio = area(multiPolygon(mp)) / area(multiPolygon(d.raw));
    if (Math.abs(ratio - 1) > Math.abs(maxAreaChange.ratio - 1))
      maxAreaChange = { ubigeo: d.ubigeo, ratio };
  }

  if (Math.abs(maxAreaChange.ratio - 1) > MAX_AREA_CHANGE) {
    throw new Error(
      `district ${maxAreaChange.ubigeo}: area changed ×${maxAreaChange.ratio.toFixed(3)} between raw and final polygon`,
    );
  }
  const pairs = (from: (i: number) => MultiPolygonCoords, to: (i: number) => MultiPolygonCoords) =>
    districts.map((d, i) => ({ id: d.ubigeo, original: from(i), moved: to(i) }));
  const rawOf = (i: number) => (districts[i] as AtlasDistrictInput).raw;
  const cleanOf = (i: number) => cleaned.polygons[i] as MultiPolygonCoords;
  const finalOf = (i: number) =>
    decoded.get((districts[i] as AtlasDistrictInput).ubigeo) as MultiPolygonCoords;
  const total = measureDisplacement(pairs(rawOf, finalOf));
  const simplification = measureDisplacement(pairs(cleanOf, finalOf));
  if (simplification.maxM > settings.maxSimplificationM || total.maxM > settings.maxTotalM) {
    throw new Error(
      `atlas simplification moved boundaries too far: simplification max ${simplification.maxM.toFixed(0)} m ` +
        `(limit ${settings.maxSimplificationM}), total max ${total.maxM.toFixed(0)} m (limit ${settings.maxTotalM})`,
    );
  }
  return {
    topology,
    decoded,
    clean: cleaned.stats,
    rawVertices: districts.reduce((s, d) => s + countVertices(d.raw), 0),
    arcPointsBeforeSimplify: simplified.arcPointsBefore,
    arcPointsAfter: simplified.arcPointsAfter,
    protectedPoints: simplified.protectedPoints,
    restoredArcs: simplified.restoredArcs,
    total,
    cleaning: measureDisplacement(pairs(rawOf, cleanOf)),
    simplification,
    maxAreaChange,
  };
}
