/** Locale-independent number text for generated documents: thousands with a comma, fixed decimals. */
export function fmt(x: number, decimals = 0): string {
  const [int, frac] = x.toFixed(decimals).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Join note fragments into one text, ending each fragment but the last with a full stop. */
export function joinNotes(...parts: string[]): string {
  const kept = parts.map((p) => p.trim()).filter((p) => p !== '');
  return kept.map((p, i) => (i < kept.length - 1 && !/[.!?]$/.test(p) ? `${p}.` : p)).join(' ');
}
