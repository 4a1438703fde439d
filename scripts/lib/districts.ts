/**
 * data/districts.json records: names as published by mapsPERU, area and label point from the
 * UNSIMPLIFIED polygon, membership flags from the other sources, and lineage for the districts
 * that are not in the INEI 2007 limits.
 */
import { area, bbox as turfBbox, booleanPointInPolygon, point, polygon } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { DistrictRecord, Lineage } from '../../src/data/schemas';
import { round } from './write';

/** polylabel precision in degrees (≈ 110 m): the point is for a label, not a survey mark. */
export const LABEL_PRECISION_DEG = 0.001;

export interface RawDistrict {
  ubigeo: string;
  name: string;
  province: string;
  department: string;
  polygons: number[][][][];
}

export function toFeature(polygons: number[][][][]): Feature<Polygon | MultiPolygon> {
  return polygons.length === 1
    ? {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: polygons[0] as number[][][] },
      }
    : {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      };
}

/** Pole of inaccessibility of the largest part (holes included), rounded; must lie inside. */
export function labelPointOf(ubigeo: string, polygons: number[][][][]): [number, number] {
  const largest = [...polygons].sort((a, b) => area(polygon(b)) - area(polygon(a)))[0];
  if (!largest) throw new Error(`district ${ubigeo}: no polygon`);
  const p = polylabel(largest, LABEL_PRECISION_DEG);
  const rounded: [number, number] = [round(p[0], 5), round(p[1], 5)];
  if (!booleanPointInPolygon(point(rounded), toFeature(polygons), { ignoreBoundary: true })) {
    throw new Error(
      `district ${ubigeo}: label point ${rounded.join(', ')} is not inside its polygon`,
    );
  }
  return rounded;
}

/** [west, south, east, north], rounded outwards to 5 decimals so it still contains the polygon. */
export function bboxOf(polygons: number[][][][]): [number, number, number, number] {
  const [w, s, e, n] = turfBbox(toFeature(polygons)) as [number, number, number, number];
  const down = (x: number): number => round(Math.floor(round(x * 1e5, 6)) / 1e5, 5);
  const up = (x: number): number => round(Math.ceil(round(x * 1e5, 6)) / 1e5, 5);
  return [down(w), down(s), up(e), up(n)];
}

export interface DistrictContext {
  vraem: Set<string>;
  in2007: Set<string>;
  in2017: Set<string>;
  population2017: Map<string, number>;
  lineage: Map<string, Lineage>;
}

export function districtRecord(d: RawDistrict, ctx: DistrictContext): DistrictRecord {
  const existsIn2007 = ctx.in2007.has(d.ubigeo);
  const lineage = ctx.lineage.get(d.ubigeo) ?? null;
  if (!existsIn2007 && !lineage)
    throw new Error(`district ${d.ubigeo} is not in the 2007 limits but has no lineage`);
  return {
    ubigeo: d.ubigeo,
    name: d.name,
    province: d.province,
    department: d.department,
    areaKm2: round(area(toFeature(d.polygons)) / 1e6, 2),
    labelPoint: labelPointOf(d.ubigeo, d.polygons),
    bbox: bboxOf(d.polygons),
    vraem: ctx.vraem.has(d.ubigeo),
    existsIn2007,
    existsIn2017: ctx.in2017.has(d.ubigeo),
    population2017: ctx.population2017.get(d.ubigeo) ?? null,
    lineage: existsIn2007 ? null : lineage,
  };
}
