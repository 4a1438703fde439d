import { describe, expect, it } from 'vitest';
import {
  districtVintage,
  indexDistricts,
  carvedAfter2017,
  unionBBox,
  type District,
} from '../../src/domain/districts';
import { makeDistrict } from '../fixtures/district';

const district = (overrides: Partial<District> & Pick<District, 'ubigeo' | 'name'>): District =>
  makeDistrict(overrides);

const pangoa = district({ ubigeo: '120606', name: 'Pangoa', bbox: [-74.8, -11.9, -74.2, -11.3] });
const vizcatan = district({
  ubigeo: '120609',
  name: 'Vizcatán del Ene',
  existsIn2007: false,
  bbox: [-74.3, -12.4, -73.9, -11.9],
  lineage: {
    parent2007: { ubigeo: '120606', name: 'PANGOA', shareOfArea: 0.97 },
    parents2007: [{ ubigeo: '120606', name: 'PANGOA', shareOfArea: 0.97 }],
    stated: null,
  },
});
const putis = district({
  ubigeo: '050413',
  name: 'Putis',
  existsIn2007: false,
  existsIn2017: false,
  population2017: null,
  lineage: {
    parent2007: { ubigeo: '050406', name: 'SANTILLANA', shareOfArea: 0.916 },
    parents2007: [{ ubigeo: '050406', name: 'SANTILLANA', shareOfArea: 0.916 }],
    stated: null,
  },
});
const outside = district({
  ubigeo: '030101',
  name: 'Abancay',
  vraem: false,
  bbox: [-73, -13.8, -72.8, -13.5],
});

describe('districtVintage', () => {
  it('a district in the 2007 limits has been a district since 2007', () => {
    expect(districtVintage(pangoa)).toBe('since2007');
  });
  it('a district absent in 2007 but present in the 2017 census was created in between', () => {
    expect(districtVintage(vizcatan)).toBe('createdAfter2007');
  });
  it('a district absent from the 2017 census was created after 2017', () => {
    expect(districtVintage(putis)).toBe('createdAfter2017');
  });
});

describe('indexDistricts', () => {
  it('sorts by ubigeo and keeps the VRAEM subset', () => {
    const index = indexDistricts([vizcatan, outside, pangoa]);
    expect(index.list.map((d) => d.ubigeo)).toEqual(['030101', '120606', '120609']);
    expect(index.vraem.map((d) => d.name)).toEqual(['Pangoa', 'Vizcatán del Ene']);
    expect(index.byUbigeo.get('120609')).toBe(vizcatan);
  });
  it('refuses a duplicated ubigeo', () => {
    expect(() => indexDistricts([pangoa, pangoa])).toThrow(/duplicate ubigeo/);
  });
});

describe('unionBBox', () => {
  it('is the box around every district box', () => {
    expect(unionBBox([pangoa, vizcatan])).toEqual([-74.8, -12.4, -73.9, -11.3]);
  });
  it('is null for no districts (nothing to fit the view to)', () => {
    expect(unionBBox([])).toBeNull();
  });
});

describe('carvedAfter2017', () => {
  it('lists the post-2017 districts whose lineage names the district as a parent', () => {
    const index = indexDistricts([pangoa, vizcatan, putis]);
    expect(carvedAfter2017(index, '050406').map((d) => d.ubigeo)).toEqual(['050413']);
    // Vizcatán del Ene existed in 2017: not a post-2017 loss of Pangoa.
    expect(carvedAfter2017(index, '120606')).toEqual([]);
  });
});
