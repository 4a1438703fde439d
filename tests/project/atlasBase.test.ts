import { describe, expect, it } from 'vitest';
import { atlasBase } from '../../vite.config';

describe('atlasBase (ATLAS_BASE → vite base)', () => {
  it('is the site root when unset or empty', () => {
    expect(atlasBase(undefined)).toBe('/');
    expect(atlasBase('')).toBe('/');
    expect(atlasBase('/')).toBe('/');
  });

  it('keeps a sub-path and adds the trailing slash the service worker scope needs', () => {
    expect(atlasBase('/atlas-vraem/')).toBe('/atlas-vraem/');
    expect(atlasBase('/atlas-vraem')).toBe('/atlas-vraem/');
    expect(atlasBase(' /minjus/atlas_vraem.v2 ')).toBe('/minjus/atlas_vraem.v2/');
  });

  it('refuses what is not a path on the same site', () => {
    for (const bad of [
      'atlas-vraem/',
      'https://cdn.example/',
      '//evil.example/',
      '/a/../b/',
      '/a b/',
    ]) {
      expect(() => atlasBase(bad), bad).toThrow(/ATLAS_BASE/);
    }
  });
});
