/**
 * rivers.geo.json from the WDBII lines: the match rule on synthetic lines, then the real raw
 * files — which lines take which name, the axis chain, the confluences it is cut at, and the
 * river codes of old links.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArea, riverCode, RIVER_ALIASES } from '../../src/domain/area';
import { localProjection, pointToLinesKm } from '../../src/domain/distance';
import { RawInputs } from '../../scripts/lib/inputs';
import * as load from '../../scripts/lib/load';
import { buildRivers, type RiversResult } from '../../scripts/lib/rivers';
import { LineIndex, lengthKm, shareNear } from '../../scripts/lib/riversMatch';
import { cutAxis, loadWdbii, type Junction } from '../../scripts/lib/riversWdbii';
import { rawDirOrFail, readRawCsv } from './helpers';

const IDS = { wdbii: 'w', geogps: 'g', naturalEarth: 'n' };
// 0.01° of latitude ≈ 1.1 km.
const line = (lat: number, from = -74, to = -73.8): number[][] => [
  [from, lat],
  [to, lat],
];

describe('the match rule (≥ 50 % of the length within 3 km)', () => {
  const named = new LineIndex([line(-12)]);
  it('a line 2.2 km from the named one matches in full; 4.4 km away, not at all', () => {
    expect(shareNear(line(-12.02), named)).toBe(1);
    expect(shareNear(line(-12.04), named)).toBe(0);
  });

  it('a line that runs half along the named line and half beyond its end shares about half', () => {
    const share = shareNear(line(-12.01, -74.1, -73.9), new LineIndex([line(-12, -74, -73.8)]));
    // 11 km of 22 km lies past the named line's west end, of which the first ~2.9 km is still near.
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
  });

  it('cutting a line at two junctions gives three pieces that meet at the junction points', () => {
    const coords = [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ];
    const at = (index: number, t: number, x: number) =>
      ({ at: { index, t, point: [x, 0] } }) as unknown as Junction;
    const pieces = cutAxis(coords, [at(0, 0.5, 0.5), at(2, 0.25, 2.25)]);
    expect(pieces).toEqual([
      [
        [0, 0],
        [0.5, 0],
      ],
      [
        [0.5, 0],
        [1, 0],
        [2, 0],
        [2.25, 0],
      ],
      [
        [2.25, 0],
        [3, 0],
      ],
    ]);
  });
});

let result: RiversResult;
const feature = (name: string | null) => {
  const f = result.file.features.find((x) => x.properties.name === name);
  if (!f) throw new Error(`no river ${name}`);
  return f;
};
const near = (
  p: readonly [number, number],
  q: readonly number[] | undefined,
  km: number,
): boolean =>
  q !== undefined &&
  pointToLinesKm(p, [[q as [number, number], q as [number, number]]], localProjection(p[1])) <= km;

beforeAll(() => {
  const inputs = new RawInputs(rawDirOrFail());
  result = buildRivers(loadWdbii(inputs), load.loadRivers(inputs), IDS);
}, 60_000);

describe('rivers.geo.json from WDBII', () => {
  it('draws all 68 WDBII lines: six named rivers or stretches and one unnamed feature', () => {
    expect(result.stats.segmentsIn).toBe(68);
    expect(result.file.features.map((f) => f.properties.name)).toEqual([
      'Río Apurímac',
      'Río Ene',
      'Río Mantaro',
      'Río Pampas',
      'Río Tambo',
      'Río Ucayali',
      null,
    ]);
  });

  it('names by match only: Mantaro 15, 31, 32, 33, 36; Pampas 47, 54; the lower Mantaro (34, 41) unnamed', () => {
    const of = (key: string) =>
      result.matches.filter((m) => m.key === key).map((m) => m.line.feature);
    expect(of('mantaro')).toEqual([15, 31, 32, 33, 36]);
    expect(of('pampas')).toEqual([47, 54]);
    // 41 is 71 % near Natural Earth's line but is the Mantaro's mouth, not the axis.
    expect(result.axis.offChain.map((m) => m.line.feature)).toEqual([41]);
    expect(result.matches.find((m) => m.line.feature === 34)?.key).toBeNull();
    expect(result.matches.find((m) => m.line.feature === 27)?.shares.mantaro).toBeCloseTo(0.44, 2);
  });

  it('chains the axis downstream from the edge of the box (-72.0) to Atalaya and beyond', () => {
    expect(result.axis.chain.map((m) => m.line.feature)).toEqual([
      58, 59, 52, 51, 38, 37, 30, 13, 18, 14, 19, 7, 3,
    ]);
    expect(result.axis.coords[0]?.[0]).toBe(-72);
  });

  it('cuts at the Mantaro (-73.958, -12.277), the Perené (-74.254, -11.151), the Urubamba (-73.743, -10.725)', () => {
    const { mantaro, perene, urubamba } = result.cuts;
    expect(mantaro.at.point).toEqual([-73.958053, -12.276661]);
    expect(perene.at.point[0]).toBeCloseTo(-74.254, 3);
    expect(perene.at.point[1]).toBeCloseTo(-11.151, 3);
    expect(urubamba.at.point[0]).toBeCloseTo(-73.743, 3);
    expect(urubamba.at.point[1]).toBeCloseTo(-10.725, 3);
    // Each stretch starts where the one upstream ends.
    const ends = ['Río Apurímac', 'Río Ene', 'Río Tambo', 'Río Ucayali'].map((n) => {
      const coords = feature(n).geometry.coordinates[0] ?? [];
      return [coords[0], coords[coords.length - 1]];
    });
    for (let i = 1; i < ends.length; i++)
      expect(near(ends[i]?.[0] as [number, number], ends[i - 1]?.[1], 0.06)).toBe(true);
  });

  it('the Ene passes the capitals on its banks: San Miguel del Ene 3.4 km from it (under 5), over 10 km from the Apurímac', () => {
    const capital = readRawCsv('ubigeo-indicators-castagnetto/ubigeo_distrito.csv').find(
      (r) => r.inei === '120609',
    );
    expect(capital?.capital).toBe('San Miguel del Ene');
    const p: [number, number] = [Number(capital?.longitude), Number(capital?.latitude)];
    const km = (name: string) =>
      pointToLinesKm(p, feature(name).geometry.coordinates, localProjection(p[1]));
    expect(km('Río Ene')).toBeLessThan(5);
    expect(km('Río Apurímac')).toBeGreaterThan(10);
  });

  it('the stretches are 100–500 km each and say which stretch they are, in es and en', () => {
    for (const n of ['Río Apurímac', 'Río Ene', 'Río Tambo']) {
      const km = lengthKm(feature(n).geometry.coordinates[0] ?? []);
      expect(km, n).toBeGreaterThan(100);
      expect(km, n).toBeLessThan(500);
    }
    expect(feature('Río Ene').properties.stretch).toEqual({
      es: 'desde la confluencia con el Mantaro hasta la del Perené',
      en: 'from the Mantaro confluence to the Perené confluence',
    });
    expect(feature('Río Ene').properties.note).toMatch(/our identification/);
    expect(feature(null).properties.stretch).toBeNull();
  });

  it('old links: the axis code opens the Ene; every alias points at a river the file names', () => {
    expect(parseArea('river:apurimac-ene-tambo-ucayali:10')).toEqual({
      kind: 'river',
      river: 'rio-ene',
      km: 10,
    });
    expect(parseArea('river:rio-mantaro:10')).toEqual({
      kind: 'river',
      river: 'rio-mantaro',
      km: 10,
    });
    const codes = new Set(
      result.file.features.flatMap((f) =>
        f.properties.name ? [riverCode(f.properties.name)] : [],
      ),
    );
    for (const target of Object.values(RIVER_ALIASES)) expect(codes.has(target)).toBe(true);
    // The codes of the old file's other rivers still exist.
    for (const old of ['rio-apurimac', 'rio-mantaro', 'rio-pampas'])
      expect(codes.has(old)).toBe(true);
  });
});
