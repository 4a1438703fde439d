/** The districts drawn on the time chart: at most eight lines, in the order they were added. */
export const MAX_SELECTED = 8;

/** The selection with `ubigeo` added at the end, or null when it is in already or full. */
export function withAdded(selection: readonly string[], ubigeo: string): string[] | null {
  if (selection.includes(ubigeo) || selection.length >= MAX_SELECTED) return null;
  return [...selection, ubigeo];
}
