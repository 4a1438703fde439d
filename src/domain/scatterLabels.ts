/**
 * Names of the selected points in the scatter, kept apart: close points (Pichari, Llochegua and
 * Santa Rosa in 2018) would print their names over each other. Greedy from the top: a label that
 * would overlap one already placed moves down below it. Pure; widths are estimated by the caller.
 */
export interface LabelSpot {
  id: string;
  /** Left edge and baseline wanted, in SVG pixels. */
  x: number;
  y: number;
  width: number;
}

/** The baseline each label gets (by id), `lineHeight` apart where they would overlap. */
export function spreadLabels(
  labels: readonly LabelSpot[],
  lineHeight: number,
): Map<string, number> {
  const placed: { x0: number; x1: number; y: number }[] = [];
  const out = new Map<string, number>();
  const order = [...labels].sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
  for (const label of order) {
    const x0 = label.x;
    const x1 = label.x + label.width;
    let y = label.y;
    for (;;) {
      const clash = placed.find((p) => p.x0 < x1 && x0 < p.x1 && Math.abs(p.y - y) < lineHeight);
      if (!clash) break;
      y = clash.y + lineHeight;
    }
    placed.push({ x0, x1, y });
    out.set(label.id, y);
  }
  return out;
}
