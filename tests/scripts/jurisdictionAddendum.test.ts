/**
 * The emergency addendum (vraem/emergency-addendum/, its PROVENANCE.md) in jurisdiction.json:
 * DS 111-2023-PCM corrected with its 27 districts, DS 010-2024-PCM added with its 15, and
 * DS 133-2025-PCM added without a district list — against the raw files, not typed-in lists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Decree } from '../../src/data/indicatorSchemas';
import { emergencyOn, latestDecreeStart } from '../../src/domain/emergency';
import { buildJurisdiction } from '../../scripts/lib/jurisdiction';
import { RawInputs } from '../../scripts/lib/inputs';
import * as load from '../../scripts/lib/load';
import { editRaw, rawDirOrFail, rawDirWith, readRawCsv } from './helpers';

const ADDENDUM = 'vraem/emergency-addendum/vraem_emergency_decrees_addendum_transcribed.csv';
const ADDENDUM_DISTRICTS =
  'vraem/emergency-addendum/vraem_emergency_districts_addendum_transcribed.csv';

let names: Map<string, string>;
let decrees: Decree[];
let vraem: Set<string>;
const byDecree = (name: string) => decrees.filter((d) => d.decree === name);
const listedInAddendum = (name: string) =>
  readRawCsv(ADDENDUM_DISTRICTS)
    .filter((r) => r.decree === name)
    .map((r) => r.ubigeo ?? '')
    .sort();

beforeAll(() => {
  const inputs = new RawInputs(rawDirOrFail());
  names = new Map(load.loadDistricts(inputs).map((d) => [d.ubigeo, d.name]));
  vraem = new Set(load.loadVraemList(inputs).keys());
  decrees = buildJurisdiction(inputs, names).file.decrees;
}, 60_000);

describe('the emergency addendum in jurisdiction.json', () => {
  it('DS 111-2023-PCM stays one decree, now with the 27 districts of the addendum (15 + 6 + 6)', () => {
    const [ds111, ...more] = byDecree('DS 111-2023-PCM');
    expect(more).toEqual([]);
    expect(ds111?.ubigeos).toEqual(listedInAddendum('DS 111-2023-PCM'));
    expect(ds111?.ubigeos).toHaveLength(27);
    const perDepartment = (code: string) => ds111?.ubigeos.filter((u) => u.startsWith(code)).length;
    // Ayacucho 05, Huancavelica 09, Junín 12; no Cusco (08) district is named by either article.
    expect([perDepartment('05'), perDepartment('09'), perDepartment('12')]).toEqual([15, 6, 6]);
    expect(perDepartment('08')).toBe(0);
    expect(ds111?.ubigeos.every((u) => vraem.has(u))).toBe(true);
  });

  it('the corrected row keeps its dates and control, states 37, lists 27, and cites all three pages', () => {
    const ds111 = byDecree('DS 111-2023-PCM')[0];
    expect(ds111).toMatchObject({
      start: '2023-10-09',
      end: '2023-12-07',
      control: 'armedForces',
      controlAsPublished: 'FFAA (apoyo PNP)',
      districtsStated: 37,
      listComplete: false,
    });
    expect(ds111?.sourceUrl).toMatch(/miradioperuana\.com/);
    expect(ds111?.otherSourceUrls.map((u) => new URL(u).hostname)).toEqual([
      'larepublica.pe',
      'diariocorreo.pe',
    ]);
    expect(ds111?.note).toContain('Corrected by the emergency addendum');
    expect(ds111?.note).toContain("The addendum's sources state 27 districts and list 27.");
    expect(ds111?.note).toContain('The source states 37 districts; 27 are listed.');
    expect(ds111?.note).toContain('Cusco/La Convención not listed');
  });

  it('DS 010-2024-PCM is added with its 15 districts of Huanta and La Mar, under joint control', () => {
    const [ds010, ...more] = byDecree('DS 010-2024-PCM');
    expect(more).toEqual([]);
    expect(ds010?.ubigeos).toEqual(listedInAddendum('DS 010-2024-PCM'));
    expect(ds010?.ubigeos).toHaveLength(15);
    expect(ds010?.ubigeos.every((u) => u.startsWith('0504') || u.startsWith('0505'))).toBe(true);
    expect(ds010).toMatchObject({
      start: '2024-02-06',
      end: '2024-04-05',
      endBasis: 'stated',
      control: 'joint',
      listComplete: true,
      districtsStated: 15,
    });
  });

  it('DS 133-2025-PCM is added without a district list, and said to be so', () => {
    const [ds133] = byDecree('DS 133-2025-PCM');
    expect(ds133).toMatchObject({
      start: '2025-11-27',
      end: '2026-01-27',
      ubigeos: [],
      districtsStated: 12,
      listComplete: false,
      control: 'notStated',
    });
    expect(ds133?.note).toContain('No district list in the source');
    // 60 days from 27 November end on 25 January: the stated end is kept and the gap noted.
    expect(ds133?.note).toContain('The stated end differs from start + 60 days − 1 (2026-01-25).');
    const on = emergencyOn(decrees, '2025-12-15');
    expect(on.inForce.map((d) => d.decree)).toEqual(['DS 133-2025-PCM']);
    expect(on.byUbigeo.size).toBe(0);
    expect(on.incompleteLists.map((d) => d.decree)).toEqual(['DS 133-2025-PCM']);
  });

  it('the emergency view opens on the latest decree that lists districts, not on DS 133-2025-PCM', () => {
    const latest = latestDecreeStart(decrees);
    expect(latest).toBe('2025-08-14');
    expect(emergencyOn(decrees, latest ?? '').byUbigeo.size).toBeGreaterThan(0);
  });

  it('a correction that changes who holds control stops the pipeline', () => {
    const bad = editRaw(ADDENDUM, '60,FFAA (operaciones militares),27', '60,PNP,27');
    const inputs = new RawInputs(rawDirWith({ [ADDENDUM]: bad }));
    expect(() => buildJurisdiction(inputs, names)).toThrow(
      `${ADDENDUM} row 1, field "control": "PNP" contradicts the main row's "FFAA (apoyo PNP)"`,
    );
  });

  it('an addendum count that disagrees with its own district rows stops the pipeline', () => {
    const bad = editRaw(
      ADDENDUM,
      '60,FFAA y PNP (per article),15,15',
      '60,FFAA y PNP (per article),15,14',
    );
    const inputs = new RawInputs(rawDirWith({ [ADDENDUM]: bad }));
    expect(() => buildJurisdiction(inputs, names)).toThrow(
      `${ADDENDUM} row 2, field "n_districts_listed": says 14, its districts file has 15`,
    );
  });
});
