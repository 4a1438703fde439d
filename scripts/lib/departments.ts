/**
 * data/geo/peru-departments.topo.json: the 25 departments of Peru, for national context only
 * (drawn faintly behind the study area), so simplified much harder than the districts.
 */
import type { GeometryCollection } from 'topojson-specification';
import { cleanPartition, type CleanStats, type MultiPolygonCoords } from './planar/clean';
import { measureDisplacement, type DisplacementStats } from './displacement';
import {
  buildSimplifiedTopology,
  decodePolygons,
  ringArea2,
  type PolygonTopology,
} from './simplify';

/** 1 km² effective area: ≈ 1 km typical displacement, under a pixel at national zoom (≈ 2.4 km/px at z6). */
export const DEPARTMENTS_MIN_WEIGHT_M2 = 1_000_000;
/**
 * 1e5 over Peru's ~18° box is a ≈ 20 m grid. A coarser 1e4 grid (≈ 200 m) makes some restored
 * coastal/island arcs cross after rounding, which the crossing check refuses.
 */
export const DEPARTMENTS_QUANTIZATION = 1e5;

export interface DepartmentInput {
  code: string;
  name: string;
  raw: MultiPolygonCoords;
}

export interface DepartmentsResult {
  topology: PolygonTopology;
  clean: CleanStats;
  arcPointsBefore: number;
  arcPointsAfter: number;
  restoredArcs: number;
  displacement: DisplacementStats;
}

export function buildDepartments(departments: DepartmentInput[]): DepartmentsResult {
  const cleaned = cleanPartition(departments.map((d) => d.raw));
  const inputs = departments.map((d, i) => ({
    id: d.code,
    polygons: cleaned.polygons[i] as MultiPolygonCoords,
    properties: { name: d.name },
  }));
  const simplified = buildSimplifiedTopology(
    'departments',
    inputs,
    DEPARTMENTS_MIN_WEIGHT_M2,
    DEPARTMENTS_QUANTIZATION,
  );
  const decoded = decodePolygons(simplified.topology, 'departments');
  for (const d of departments) {
    const mp = decoded.get(d.code) ?? [];
    if (!mp.some((poly) => Math.abs(ringArea2(poly[0] as number[][])) > 0)) {
      throw new Error(`department ${d.code} has no polygon with area after simplification`);
    }
  }
  const collection = simplified.topology.objects.departments as GeometryCollection;
  if (collection.geometries.length !== departments.length)
    throw new Error('departments: geometry count changed');
  return {
    topology: simplified.topology,
    clean: cleaned.stats,
    arcPointsBefore: simplified.arcPointsBefore,
    arcPointsAfter: simplified.arcPointsAfter,
    restoredArcs: simplified.restoredArcs,
    displacement: measureDisplacement(
      departments.map((d) => ({
        id: d.code,
        original: d.raw,
        moved: decoded.get(d.code) as MultiPolygonCoords,
      })),
    ),
  };
}
