/**
 * places.json against the raw files: district capitals from ubigeo-indicators-castagnetto,
 * GeoNames places from places-geonames, the misplacement rule that drops GeoNames' "Pangoa" (its
 * PROVENANCE.md), the merge of a GeoNames town into its district capital, and the priority order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { placesFileSchema, type Place } from '../../src/data/placeSchemas';
import { RawInputs } from '../../scripts/lib/inputs';
import * as load from '../../scripts/lib/load';
import type { RawDistrict } from '../../scripts/lib/districts';
import {
  buildPlaces,
  CAPITALS_CSV,
  cleanName,
  GEONAMES_CSV,
  kindOfCapital,
  normalName,
  type PlacesResult,
} from '../../scripts/lib/places';
import { reasonFor } from '../../scripts/lib/unusedRaw';
import { editRaw, rawDirOrFail, rawDirWith } from './helpers';

let result: PlacesResult;
let districts: RawDistrict[];
let vraem: Set<string>;
const byId = (id: string): Place => {
  const p = result.file.places.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};

beforeAll(() => {
  const inputs = new RawInputs(rawDirOrFail());
  districts = load.loadDistricts(inputs);
  vraem = new Set(load.loadVraemList(inputs).keys());
  result = buildPlaces(inputs, districts, vraem);
}, 120_000);

describe('places.json: district capitals', () => {
  it('539 of the 551 districts have a capital point; the 12 created since 2021 have none', () => {
    expect(result.counts['places.capitals']).toBe(539);
    expect(result.capitalsWithoutPoint).toHaveLength(12);
    // Putis, Unión Asháninka and Cochabamba (Tayacaja) are among them: no label is invented.
    expect(result.capitalsWithoutPoint).toEqual(
      expect.arrayContaining(['050413', '080918', '090725']),
    );
    expect(result.file.places.some((p) => p.id === 'cap-050413')).toBe(false);
  });

  it('carries the INEI/CEPLAN point and name as published (San Martín de Pangoa, Puerto Ocopa)', () => {
    const pangoa = byId('cap-120606');
    expect(pangoa.name).toBe('San Martín de Pangoa');
    expect(pangoa.position).toEqual([-74.4888888888889, -11.4283333333333]);
    expect(pangoa.kind).toBe('districtCapital');
    expect(pangoa.vraem).toBe(true);
    expect(byId('cap-120608').name).toBe('Puerto Ocopa');
    expect(byId('cap-120609').name).toBe('San Miguel del Ene');
  });

  it('kinds follow the INEI numbering: 0101 department, 01 province, else district capital', () => {
    expect(kindOfCapital('050101')).toBe('departmentCapital');
    expect(kindOfCapital('050401')).toBe('provinceCapital');
    expect(kindOfCapital('050410')).toBe('districtCapital');
    expect(byId('cap-050101').name).toBe('Ayacucho');
    expect(byId('cap-050401').kind).toBe('provinceCapital'); // Huanta
  });

  it('takes the GeoNames population of the same town: Mazamari 6,826, Huanta 18,627', () => {
    expect(byId('cap-120604').population).toBe(6826);
    expect(byId('cap-120604').geonameid).toBe('3935102');
    expect(byId('cap-050401').name).toBe('Huanta');
    expect(byId('cap-050401').population).toBe(18627);
  });

  it('San Francisco (GeoNames 3929710, 4 km from the capital point of Ayna) is merged, not doubled', () => {
    expect(result.mergedWithCapital).toContainEqual(['3929710', '050503']);
    expect(result.file.places.some((p) => p.id === 'gn-3929710')).toBe(false);
    expect(byId('cap-050503').name).toBe('San Francisco');
  });
});

describe('places.json: GeoNames places and the misplacement rule', () => {
  it('drops the misplaced "Pangoa" (3933104) by rule: 5 km outside Echarate, 104 km from Pangoa', () => {
    const pangoa = result.excluded.find((e) => e.geonameid === '3933104');
    expect(pangoa?.reason).toMatch(/^5\.4 km outside district 080902 \(admin3\); 103\.9 km from/);
    expect(result.file.places.some((p) => p.id === 'gn-3933104')).toBe(false);
    expect(result.file.places.filter((p) => normalName(p.name) === 'pangoa')).toHaveLength(0);
  });

  it('drops only 4 of 545 rows, and keeps a place inside a district of its own name (Quichuas)', () => {
    expect(result.counts['places.geonamesInFiveDepartments']).toBe(545);
    expect(result.excluded.map((e) => e.geonameid).sort()).toEqual(
      ['10175064', '3933104', '6309525', '8700817'].sort(),
    );
    // Quichuas (coded 090705, 5.4 km outside it) lies in the district named Quichuas: kept.
    expect(result.file.places.find((p) => p.name === 'Quichuas')).toBeDefined();
  });

  it('keeps Kimbiri (no admin3 code, admin1 Ayacucho) because it lies in the district Kimbiri', () => {
    const kimbiri = result.file.places.filter((p) => normalName(p.name) === 'kimbiri');
    expect(kimbiri.map((p) => p.id)).toEqual(['cap-080907']);
    expect(result.mergedWithCapital).toContainEqual(['8689248', '080907']);
    expect(byId('cap-080907').population).toBe(4369);
  });

  it('a GeoNames place keeps its own point and district: Ayna (3946962, population 4,588) in Sivia', () => {
    const ayna = byId('gn-3946962');
    expect(ayna.name).toBe('Ayna');
    expect(ayna.position).toEqual([-73.91667, -12.65]);
    expect(ayna.population).toBe(4588);
    expect(ayna.ubigeo).toBe('050407');
    expect(ayna.kind).toBe('place');
  });

  it('a code pointing at the wrong place would drop the row: moving Mazamari’s point 114 km east', () => {
    const dir = rawDirWith({
      [GEONAMES_CSV]: editRaw(GEONAMES_CSV, '"-11.32583","-74.53083"', '"-11.32583","-73.5"'),
    });
    const moved = buildPlaces(new RawInputs(dir), districts, vraem);
    expect(moved.excluded.map((e) => e.geonameid)).toContain('3935102');
    expect(moved.file.places.find((p) => p.id === 'cap-120604')?.population).toBeNull();
  });
});

describe('places.json: file', () => {
  it('is valid against the shared schema and ordered by priority', () => {
    const file = placesFileSchema.parse(JSON.parse(JSON.stringify(result.file)));
    expect(file.places).toHaveLength(result.counts['places.total'] as number);
    const ranks = file.places.map((p) =>
      ['departmentCapital', 'provinceCapital', 'districtCapital', 'place'].indexOf(p.kind),
    );
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(file.places[0]?.name).toBe('Huancayo');
    expect(file.places.slice(0, 5).map((p) => p.kind)).toEqual(Array(5).fill('departmentCapital'));
  });

  it('names are cleaned: no line break, no invisible mark (U+200E before "Huallhua")', () => {
    expect(cleanName('San Juan de\n Lopecancha')).toBe('San Juan de Lopecancha');
    expect(cleanName('\u200eHuallhua')).toBe('Huallhua');
    for (const p of result.file.places) expect(p.name).toMatch(/^\S(.*\S)?$/u);
    expect(result.file.places.some((p) => /\p{Cf}/u.test(p.name))).toBe(false);
  });

  it('the pipeline now reads the capitals CSV and the GeoNames CSV (no longer listed as unused)', () => {
    const inputs = new RawInputs(rawDirOrFail());
    buildPlaces(inputs, districts, vraem);
    expect(inputs.list().map((i) => i.path)).toEqual([GEONAMES_CSV, CAPITALS_CSV]);
    // The capitals CSV has no "unused" reason any more; the GeoNames folder explains only the rest.
    expect(reasonFor(CAPITALS_CSV)).toBeNull();
    expect(reasonFor('places-geonames/geonames_cities500_5dept.geojson')).toMatch(/admin3_code/);
    expect(reasonFor('places-geonames/PROVENANCE.md')).not.toBeNull();
  });

  it('a capital point far outside its district stops the pipeline with file, row and field', () => {
    const dir = rawDirWith({
      [CAPITALS_CSV]: editRaw(CAPITALS_CSV, '-11.4283333333333,-74.4888888888889', '-12.5,-74.48'),
    });
    expect(() => buildPlaces(new RawInputs(dir), districts, vraem)).toThrow(
      /ubigeo_distrito\.csv row \d+, field "latitude": capital point .* outside its district 120606/,
    );
  });
});
