import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeForSearch } from '../../src/domain/search';

describe('accent- and case-insensitive search', () => {
  it('"rio tambo" finds "Río Tambo"', () => {
    expect(matchesQuery('rio tambo', ['Río Tambo', 'Satipo'])).toBe(true);
  });
  it('finds by ubigeo', () => {
    expect(matchesQuery('120609', ['Vizcatán del Ene', '120609'])).toBe(true);
  });
  it('needs every word: "pangoa ayacucho" does not match Pangoa, Junín', () => {
    expect(matchesQuery('pangoa ayacucho', ['Pangoa', 'Satipo', 'Junín'])).toBe(false);
  });
  it('an empty or blank query matches everything', () => {
    expect(matchesQuery('   ', ['x'])).toBe(true);
  });
  it('normalizes ñ and ü as their base letters and folds spaces', () => {
    expect(normalizeForSearch('  Ñuñoa  Güemes ')).toBe('nunoa guemes');
  });
});
