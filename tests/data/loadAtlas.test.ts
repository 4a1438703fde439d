import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAMES, type DataUrls } from '../../src/data/dataUrls';
import { DataFileError, loadAtlas } from '../../src/data/loadAtlas';
import { districtVintage } from '../../src/domain/districts';

// The loader reads the committed data/ through a fake fetch: the same bytes the app ships.
const URLS: DataUrls = {
  atlasTopology: 'atlas',
  peruDepartments: 'peru',
  rivers: 'rivers',
  districts: 'districts',
  places: 'places',
};
const FILES: Record<string, string> = {
  atlas: DATA_FILE_NAMES.atlasTopology,
  peru: DATA_FILE_NAMES.peruDepartments,
  rivers: DATA_FILE_NAMES.rivers,
  districts: DATA_FILE_NAMES.districts,
  places: DATA_FILE_NAMES.places,
};

function read(url: string): unknown {
  const path = FILES[url];
  if (!path) throw new Error(`unknown url ${url}`);
  return JSON.parse(readFileSync(resolve(__dirname, '../..', path), 'utf8'));
}

type Override = (url: string) => { ok: boolean; status: number; json: () => Promise<unknown> } | null;
function fetcher(override: Override = () => null) {
  return async (url: string) =>
    override(url) ?? { ok: true, status: 200, json: async () => read(url) };
}

async function failure(promise: Promise<unknown>): Promise<DataFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

describe('loadAtlas on the committed data', () => {
  it('gives the 551 districts of the five departments, 79 of them VRAEM', async () => {
    const atlas = await loadAtlas(URLS, fetcher());
    expect(atlas.districts.list).toHaveLength(551);
    expect(atlas.districtShapes).toHaveLength(551);
    expect(atlas.districts.vraem).toHaveLength(79);
    expect(atlas.peruDepartments).toHaveLength(25);
  });

  it("merges the 25 departments into Peru's land: Lima and Loreto inside, the Pacific not", async () => {
    const { peruOutline } = await loadAtlas(URLS, fetcher());
    const inPeru = (lon: number, lat: number) =>
      booleanPointInPolygon([lon, lat], peruOutline.geometry);
    expect(inPeru(-77.03, -12.05)).toBe(true); // Lima
    expect(inPeru(-73.25, -3.75)).toBe(true); // Iquitos, Loreto
    expect(inPeru(-74.2, -12.6)).toBe(true); // the VRAEM, between Ayacucho and Cusco
    expect(inPeru(-80, -12)).toBe(false); // the Pacific
    expect(inPeru(-66, -10)).toBe(false); // Bolivia
    // Merged along shared arcs: one mainland ring (islets are parts of their own), not 25.
    const rings = peruOutline.geometry.coordinates.map((p) => p[0]?.length ?? 0);
    expect(rings.filter((n) => n > 100)).toHaveLength(1);
  });

  it('knows the 10 VRAEM districts created after 2017 (GEO-SOURCES §4)', async () => {
    const atlas = await loadAtlas(URLS, fetcher());
    const after2017 = atlas.districts.vraem
      .filter((d) => districtVintage(d) === 'createdAfter2017')
      .map((d) => d.ubigeo);
    expect(after2017).toEqual([
      '050413', '050512', '050513', '050514', '050515', '080916', '080917', '080918', '090724', '090725',
    ]);
  });

  it('decodes the boundary objects the style draws', async () => {
    const atlas = await loadAtlas(URLS, fetcher());
    expect(atlas.provinceBorders.geometry.type).toBe('MultiLineString');
    expect(atlas.departmentBorders.geometry.coordinates.length).toBeGreaterThan(0);
    expect(['Polygon', 'MultiPolygon']).toContain(atlas.vraemOutline.geometry.type);
  });
});

describe('loadAtlas failures name the file', () => {
  it('HTTP 404', async () => {
    const error = await failure(
      loadAtlas(URLS, fetcher((url) => (url === 'rivers' ? { ok: false, status: 404, json: async () => null } : null))),
    );
    expect(error.file).toBe('data/geo/rivers.geo.json');
    expect(error.reason).toBe('HTTP 404');
  });

  it('a body that is not JSON', async () => {
    const error = await failure(
      loadAtlas(URLS, fetcher((url) => (url === 'districts' ? { ok: true, status: 200, json: () => Promise.reject(new SyntaxError('x')) } : null))),
    );
    expect(error.message).toBe('data/districts.json: not valid JSON');
  });

  it('a record that fails validation, with the path of the bad field', async () => {
    const broken = read('districts') as { districts: { areaKm2: number }[] };
    const first = broken.districts[0];
    if (first) first.areaKm2 = -1;
    const error = await failure(
      loadAtlas(URLS, fetcher((url) => (url === 'districts' ? { ok: true, status: 200, json: async () => broken } : null))),
    );
    expect(error.file).toBe('data/districts.json');
    expect(error.reason).toMatch(/^failed validation at districts\.0\.areaKm2: /);
  });

  it('says what is wrong with the field in words, not only "invalid"', async () => {
    // zod/mini carries no messages of its own: src/data/zodSetup.ts loads zod's English ones.
    const reasonFor = async (mutate: (d: Record<string, unknown>) => void) => {
      const broken = read('districts') as { districts: Record<string, unknown>[] };
      const first = broken.districts[0];
      if (first) mutate(first);
      const fetch = fetcher((url) =>
        url === 'districts' ? { ok: true, status: 200, json: async () => broken } : null,
      );
      return (await failure(loadAtlas(URLS, fetch))).reason;
    };
    expect(await reasonFor((d) => (d.areaKm2 = -1))).toBe(
      'failed validation at districts.0.areaKm2: Too small: expected number to be >0',
    );
    expect(await reasonFor((d) => (d.ubigeo = '12AB'))).toBe(
      'failed validation at districts.0.ubigeo: ubigeo must be 6 digits',
    );
    expect(await reasonFor((d) => (d.population2017 = 1.5))).toBe(
      'failed validation at districts.0.population2017: Invalid input: expected int, received number',
    );
    expect(await reasonFor((d) => delete d.vraem)).toBe(
      'failed validation at districts.0.vraem: Invalid input: expected boolean, received undefined',
    );
  });

  it('a topology without one of the objects the map needs', async () => {
    const topo = read('atlas') as { objects: Record<string, unknown> };
    delete topo.objects.vraemOutline;
    const error = await failure(
      loadAtlas(URLS, fetcher((url) => (url === 'atlas' ? { ok: true, status: 200, json: async () => topo } : null))),
    );
    expect(error.message).toBe('data/geo/atlas.topo.json: missing object "vraemOutline"');
  });

  it('a network error', async () => {
    const error = await failure(
      loadAtlas(URLS, async (url) => {
        if (url === 'peru') throw new TypeError('Failed to fetch');
        return { ok: true, status: 200, json: async () => read(url) };
      }),
    );
    expect(error.message).toMatch(/^data\/geo\/peru-departments\.topo\.json: network error/);
  });
});

describe('topology arcs: the hand-written check names the bad position', () => {
  async function arcsFailure(mutate: (arcs: unknown[]) => void): Promise<DataFileError> {
    const topo = read('atlas') as { arcs: unknown[] };
    mutate(topo.arcs);
    return failure(
      loadAtlas(URLS, fetcher((url) => (url === 'atlas' ? { ok: true, status: 200, json: async () => topo } : null))),
    );
  }

  it('a coordinate that is a string, by arc, position and coordinate', async () => {
    const error = await arcsFailure((arcs) => {
      ((arcs[3] as unknown[][])[1] as unknown[])[0] = '12';
    });
    expect(error.message).toBe(
      'data/geo/atlas.topo.json: failed validation at arcs.3.1.0: expected a finite number',
    );
  });

  it('a position with one number', async () => {
    const error = await arcsFailure((arcs) => {
      (arcs[0] as unknown[])[0] = [5];
    });
    expect(error.reason).toBe('failed validation at arcs.0.0: expected a position of two or more numbers');
  });

  it('an arc that is not an array, and arcs that are not an array', async () => {
    expect((await arcsFailure((arcs) => (arcs[7] = null))).reason).toBe(
      'failed validation at arcs.7: expected an array of positions',
    );
    const topo = read('atlas') as { arcs: unknown };
    topo.arcs = {};
    const error = await failure(
      loadAtlas(URLS, fetcher((url) => (url === 'atlas' ? { ok: true, status: 200, json: async () => topo } : null))),
    );
    expect(error.reason).toBe('failed validation at arcs: expected an array of arcs');
  });

  it('the last coordinate of the last arc is checked too', async () => {
    const error = await arcsFailure((arcs) => {
      const last = arcs[arcs.length - 1] as unknown[][];
      const position = last[last.length - 1] as unknown[];
      position[position.length - 1] = Number.NaN;
    });
    expect(error.reason).toMatch(/^failed validation at arcs\.\d+\.\d+\.1: expected a finite number$/);
  });
});
