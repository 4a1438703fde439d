/**
 * The national scope files (data/peru-*.json, data/geo/peru-districts.topo.json) checked against
 * the raw files. They are the committed pipeline output; pipeline.test.ts re-runs the pipeline and
 * checks these bytes are what it writes, so known values here hold for the pipeline too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { indicatorsFileSchema } from '../../src/data/indicatorSchemas';
import { districtsFileSchema } from '../../src/data/schemas';
import { repoRoot } from '../../scripts/lib/paths';
import { readRawCsv, readRawJson } from './helpers';

const readData = (rel: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', rel), 'utf8'));
const national = districtsFileSchema.parse(readData('peru-districts.json'));
const vraemScope = districtsFileSchema.parse(readData('districts.json'));
const indicators = indicatorsFileSchema.parse(readData('peru-indicators.json'));
const topology = readData('geo/peru-districts.topo.json') as Topology;
const indicator = (id: string) => {
  const i = indicators.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`no indicator ${id}`);
  return i;
};
type RawFc = { features: { properties: { ubigeo: string; DISTRITO: string } }[] };
const MIRAFLORES = '150122'; // Lima, far from the VRAEM
const IQUITOS = '160101'; // Loreto

describe('national district set', () => {
  it('has every district of the national mapsPERU file (1,891, one record per ubigeo)', () => {
    const raw = readRawJson<RawFc>('mapsperu/peru_distritos_mapsPERU_v2.geojson');
    const ubigeos = national.districts.map((d) => d.ubigeo);
    // GEO-SOURCES §2.1: 1,891 features, 1,891 unique ubigeos (INEI 2023 lists 1,890 elsewhere).
    expect(raw.features.length).toBe(1891);
    expect(new Set(ubigeos).size).toBe(raw.features.length);
    expect(new Set(ubigeos)).toEqual(new Set(raw.features.map((f) => f.properties.ubigeo)));
    expect(new Set(ubigeos.map((u) => u.slice(0, 2))).size).toBe(25);
  });

  it('agrees with the VRAEM-scope records for the 551 districts of the five departments', () => {
    const byUbigeo = new Map(national.districts.map((d) => [d.ubigeo, d]));
    for (const d of vraemScope.districts) expect(byUbigeo.get(d.ubigeo)).toEqual(d);
    expect(national.districts.filter((d) => d.vraem)).toHaveLength(79);
  });

  it('gives a district outside the five departments its own name, place and no VRAEM flag', () => {
    const m = national.districts.find((d) => d.ubigeo === MIRAFLORES);
    expect(m).toMatchObject({ name: 'Miraflores', department: 'Lima', vraem: false });
  });

  it('draws every district in the topology, each label point inside its drawn polygon', () => {
    const fc = feature(topology, topology.objects.districts as GeometryCollection);
    expect(fc.features).toHaveLength(national.districts.length);
    const shapes = new Map(
      fc.features.map((f) => [String(f.id), f as Feature<Polygon | MultiPolygon>]),
    );
    for (const u of [MIRAFLORES, IQUITOS]) {
      const rec = national.districts.find((d) => d.ubigeo === u);
      const shape = shapes.get(u);
      if (!rec || !shape) throw new Error(`missing ${u}`);
      expect(booleanPointInPolygon(point(rec.labelPoint), shape)).toBe(true);
    }
    for (const o of ['provinceBorders', 'departmentBorders', 'vraemOutline'])
      expect(Object.keys(topology.objects)).toContain(o);
  });
});

describe('national indicators, known values from the raw files', () => {
  const joined = readRawCsv(
    'poverty-inei/district_poverty2018ci_extreme2013_idh2019_population_joined.csv',
  );
  const row = (u: string) => {
    const r = joined.find((x) => x.ubigeo === u);
    if (!r) throw new Error(`no raw row ${u}`);
    return r;
  };

  it('carries Iquitos poverty 2018 with its 95 % interval, as in the raw CSV', () => {
    const raw = row(IQUITOS);
    const obs = indicator('poverty_total_pct').values[IQUITOS];
    expect(obs).toEqual([
      {
        y: 2018,
        v: Number(raw.pobreza_total_2018_midpoint_ceplan),
        lo: Number(raw.pobreza_total_2018_ic95_inf),
        hi: Number(raw.pobreza_total_2018_ic95_sup),
        s: 'inei-poverty-map-2018',
      },
    ]);
  });

  it('carries extreme poverty 2013 and HDI 2019 of Miraflores, as in the raw CSV', () => {
    const raw = row(MIRAFLORES);
    expect(indicator('poverty_extreme_pct').values[MIRAFLORES]?.[0]).toMatchObject({
      y: 2013,
      v: Number(raw.pobreza_extrema_2013_ceplan),
    });
    expect(indicator('hdi').values[MIRAFLORES]?.[0]).toMatchObject({
      y: 2019,
      v: Number(raw.idh_2019),
    });
  });

  it('covers unmet basic needs for every district of the GeoPeru NBI table (1,874)', () => {
    const nbi = readRawCsv('geoperu/GeoPeru-peru_distritos_nbi.csv');
    const known = new Set(national.districts.map((d) => d.ubigeo));
    expect(indicator('nbi_pct').coverage).toHaveLength(
      nbi.filter((r) => known.has(r.ubigeo ?? '')).length,
    );
    expect(indicator('nbi_pct').coverage.length).toBe(1874);
  });

  it('keeps coca to the 31 districts of the five-department extract (others are outside coverage)', () => {
    const coca = indicator('coca_ha');
    const raw = readRawCsv('coca-devida-unodc/coca_ha_by_district_2012_2020_5dept_extract.csv');
    expect(coca.coverage).toEqual([...new Set(raw.map((r) => r.ubigeo))].sort());
    expect(coca.coverage).toHaveLength(31);
    expect(coca.coverage).not.toContain(MIRAFLORES);
  });
});
