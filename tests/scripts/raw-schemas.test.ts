/**
 * Validation at the boundary: a bad raw row must stop the pipeline with the file, the 1-based
 * data row (header not counted) and the field in the message. Fixtures are a few lines of CSV or
 * GeoJSON written to a temp dir and read through the same loaders the pipeline uses.
 */
import { describe, expect, it } from 'vitest';
import { RawInputs } from '../../scripts/lib/inputs';
import * as load from '../../scripts/lib/load';
import { fixtureRawDir } from './helpers';

const VRAEM_HEADER = 'ubigeo,district,province,department,ambito,source';
const LAWS_HEADER =
  'ubigeo,district,law,published,carved_from_as_stated,carved_from_ubigeo,source_url,note';

function inputsWith(files: Record<string, string>): RawInputs {
  return new RawInputs(fixtureRawDir(files));
}

describe('raw CSV validation', () => {
  it('accepts good rows and keeps ubigeos as zero-padded strings', () => {
    const rows = load.loadVraemList(
      inputsWith({
        'vraem/vraem-districts.csv': `${VRAEM_HEADER}\n030202,Andarapa,Andahuaylas,Apurímac,no_determinado,x\n`,
      }),
    );
    expect([...rows.keys()]).toEqual(['030202']);
  });

  it('names file, data row and field for a 5-digit ubigeo (leading zero lost)', () => {
    const inputs = inputsWith({
      'vraem/vraem-districts.csv': `${VRAEM_HEADER}\n030202,Andarapa,Andahuaylas,Apurímac,no_determinado,x\n30208,Pacobamba,Andahuaylas,Apurímac,no_determinado,x\n`,
    });
    expect(() => load.loadVraemList(inputs)).toThrow(
      'vraem/vraem-districts.csv row 2, field "ubigeo": ubigeo must be 6 digits',
    );
  });

  it('rejects an empty district name', () => {
    const inputs = inputsWith({
      'vraem/vraem-districts.csv': `${VRAEM_HEADER}\n030202,,Andahuaylas,Apurímac,no_determinado,x\n`,
    });
    expect(() => load.loadVraemList(inputs)).toThrow(
      'vraem/vraem-districts.csv row 1, field "district": must not be empty',
    );
  });

  it('rejects a duplicated ubigeo, naming the second row', () => {
    const row = '030202,Andarapa,Andahuaylas,Apurímac,no_determinado,x';
    const inputs = inputsWith({ 'vraem/vraem-districts.csv': `${VRAEM_HEADER}\n${row}\n${row}\n` });
    expect(() => load.loadVraemList(inputs)).toThrow(
      'vraem/vraem-districts.csv row 2, field "ubigeo": duplicate value 030202',
    );
  });

  it('rejects a file without a required column', () => {
    const inputs = inputsWith({
      'vraem/vraem-districts.csv': 'ubigeo,district,province\n030202,Andarapa,Andahuaylas\n',
    });
    expect(() => load.loadVraemList(inputs)).toThrow(
      'vraem/vraem-districts.csv, field "department": missing column',
    );
  });

  it("reads POBTOTAL in the layer's float notation and rejects a fractional head count", () => {
    const good = inputsWith({
      'population-inei/DISTRITOS_inei_attributes_extracted.csv':
        'UBIGEO,POBTOTAL\n080910,2.53660000000e+04\n',
    });
    expect(load.loadPopulation2017(good).get('080910')).toBe(25366);
    const bad = inputsWith({
      'population-inei/DISTRITOS_inei_attributes_extracted.csv':
        'UBIGEO,POBTOTAL\n080910,2.53660000000e+04\n120606,60883.5\n',
    });
    expect(() => load.loadPopulation2017(bad)).toThrow(
      'population-inei/DISTRITOS_inei_attributes_extracted.csv row 2, field "POBTOTAL": must be a whole number',
    );
  });

  it('never turns an empty population cell into 0', () => {
    const bad = inputsWith({
      'population-inei/DISTRITOS_inei_attributes_extracted.csv': 'UBIGEO,POBTOTAL\n080910,\n',
    });
    expect(() => load.loadPopulation2017(bad)).toThrow('row 1, field "POBTOTAL": must be a number');
  });

  it('turns empty creation-law cells into null and rejects a malformed date', () => {
    const ok = inputsWith({
      'vraem/district-creation-laws.csv': `${LAWS_HEADER}\n050413,Putis,,,,,,not found in reachable sources\n`,
    });
    expect(load.loadCreationLaws(ok).get('050413')).toMatchObject({
      law: null,
      published: null,
      carved_from_ubigeo: null,
      source_url: null,
    });
    const bad = inputsWith({
      'vraem/district-creation-laws.csv': `${LAWS_HEADER}\n050412,Chaca,,17/12/2015,Santillana,050406,https://example.org,x\n`,
    });
    expect(() => load.loadCreationLaws(bad)).toThrow(
      'vraem/district-creation-laws.csv row 1, field "published": date must be YYYY-MM-DD or empty',
    );
  });
});

describe('raw GeoJSON validation', () => {
  const feature = (ubigeo: string) => ({
    type: 'Feature',
    properties: { ubigeo, COD_DISTRITO: ubigeo, DISTRITO: 'X', PROVINCIA: 'Y', DEPARTAMENTO: 'Z' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-74, -12],
          [-73.9, -12],
          [-73.9, -11.9],
          [-74, -12],
        ],
      ],
    },
  });

  it('names the feature number and the property', () => {
    const fc = { type: 'FeatureCollection', features: [feature('120606'), feature('12069')] };
    const inputs = inputsWith({
      'mapsperu/distritos_5dep_mapsPERU_v2.geojson': JSON.stringify(fc),
    });
    expect(() => load.loadDistricts(inputs)).toThrow(
      'mapsperu/distritos_5dep_mapsPERU_v2.geojson feature 2, field "properties.ubigeo": ubigeo must be 6 digits',
    );
  });

  it('rejects a ring with fewer than 4 positions', () => {
    const f = feature('120606');
    f.geometry.coordinates = [
      [
        [-74, -12],
        [-73.9, -12],
        [-74, -12],
      ],
    ];
    const inputs = inputsWith({
      'mapsperu/distritos_5dep_mapsPERU_v2.geojson': JSON.stringify({
        type: 'FeatureCollection',
        features: [f],
      }),
    });
    expect(() => load.loadDistricts(inputs)).toThrow(
      'feature 1, field "geometry.coordinates.0": a ring needs at least 4 positions',
    );
  });
});
