/** Text matching that ignores accents and case: "rio tambo" finds "Río Tambo". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in one of the fields (or the query is empty). */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fields.map(normalizeForSearch).join(' ');
  return words.every((word) => haystack.includes(word));
}
