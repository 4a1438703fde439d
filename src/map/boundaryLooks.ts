/**
 * The base map's lines — the department lines of all Peru, rivers, the province and department
 * borders of the scope and the VRAEM outline — with the look of each kind and the order they are
 * drawn in, over the districts (lineCanvas.ts). Peru's land and the sea are the fill canvas's
 * ground (fillCanvas.ts).
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { linesOf } from './fillGeometry';
import { COLORS } from './palette';

export interface BoundaryLook {
  color: string;
  /** Line width in CSS pixels at zoom 6 and at zoom 10 (linear in between, constant beyond). */
  width: readonly [number, number];
  /** Dash and gap lengths, in line widths; solid without. */
  dash?: readonly [number, number];
}

/** Kinds drawn as solid lines. */
export type LineKind = 'peruDepartment' | 'river' | 'departmentBorder' | 'vraemOutline';
export type BoundaryKind = LineKind | 'provinceBorder';

/** In drawing order: a later kind is drawn above an earlier one where they meet. */
export const LINE_LOOKS: Readonly<Record<LineKind, BoundaryLook>> = {
  peruDepartment: { color: COLORS.peruDepartmentLine, width: [0.8, 0.8] },
  river: { color: COLORS.river, width: [1, 2.5] },
  departmentBorder: { color: COLORS.departmentLine, width: [1.2, 2.4] },
  vraemOutline: { color: COLORS.vraemOutline, width: [2, 3.5] },
};

/** Province borders: dashed, below every solid line. */
export const PROVINCE_LOOK: BoundaryLook = {
  color: COLORS.provinceLine,
  width: [0.6, 1.4],
  dash: [3, 2],
};

export interface BoundaryGeometry {
  /** Peru's land as one shape (its departments merged). */
  peruOutline: Feature<MultiPolygon>;
  peruDepartments: readonly Feature[];
  rivers: FeatureCollection<Geometry>;
  provinceBorders: Feature;
  departmentBorders: Feature;
  vraemOutline: Feature;
}

/** One kind of boundary: its look and every line of it. */
export interface BoundaryStroke {
  kind: BoundaryKind;
  look: BoundaryLook;
  lines: Position[][];
}

const linesOfAll = (features: readonly Feature[]) =>
  features.flatMap((f) => (f.geometry ? linesOf(f.geometry) : []));

/** Every boundary line grouped by kind, in drawing order: province borders, then LINE_LOOKS's. */
export function boundaryStrokes(base: BoundaryGeometry): BoundaryStroke[] {
  const lines: Record<BoundaryKind, Position[][]> = {
    provinceBorder: linesOfAll([base.provinceBorders]),
    peruDepartment: linesOfAll(base.peruDepartments),
    river: linesOfAll(base.rivers.features),
    departmentBorder: linesOfAll([base.departmentBorders]),
    vraemOutline: linesOfAll([base.vraemOutline]),
  };
  const solid = Object.keys(LINE_LOOKS) as LineKind[];
  return [
    { kind: 'provinceBorder' as const, look: PROVINCE_LOOK, lines: lines.provinceBorder },
    ...solid.map((kind) => ({ kind, look: LINE_LOOKS[kind], lines: lines[kind] })),
  ];
}
