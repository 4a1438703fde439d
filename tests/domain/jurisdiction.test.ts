import { describe, expect, it } from 'vitest';
import type { Decree } from '../../src/data/indicatorSchemas';
import { authoritiesOf } from '../../src/domain/authorities';
import type { District } from '../../src/domain/districts';
import { controlOf, emergencyOn, latestDecreeStart } from '../../src/domain/emergency';

function decree(overrides: Partial<Decree>): Decree {
  return {
    id: 'x',
    decree: 'DS X',
    start: '2018-04-04',
    end: '2018-06-02',
    endBasis: 'startPlusDays',
    days: 60,
    control: 'notStated',
    controlAsPublished: '',
    listComplete: true,
    districtsStated: null,
    ubigeos: [],
    note: '',
    sourceUrl: 'https://example.org',
    otherSourceUrls: [],
    ...overrides,
  };
}

const ds035 = decree({ id: 'ds035', ubigeos: ['050401', '080910'] });
const ds111 = decree({
  id: 'ds111',
  start: '2023-10-09',
  end: '2023-12-07',
  control: 'armedForces',
  listComplete: false,
  ubigeos: [],
});
const undated = decree({
  id: 'undated',
  start: null,
  end: null,
  endBasis: 'unknown',
  ubigeos: ['050401'],
});
const police = decree({ id: 'p', control: 'police', ubigeos: ['080910'] });

describe('emergencyOn', () => {
  it('a decree is in force from its start to its end, both days included', () => {
    expect(emergencyOn([ds035], '2018-04-04').inForce).toEqual([ds035]);
    expect(emergencyOn([ds035], '2018-06-02').inForce).toEqual([ds035]);
    expect(emergencyOn([ds035], '2018-06-03').inForce).toEqual([]);
    expect(emergencyOn([ds035], '2018-04-03').inForce).toEqual([]);
  });
  it('maps each district to the decrees in force there', () => {
    const on = emergencyOn([ds035, undated], '2018-05-01');
    expect([...on.byUbigeo.keys()].sort()).toEqual(['050401', '080910']);
  });
  it('a decree without a known period is reported, not placed on a date', () => {
    const on = emergencyOn([ds035, undated], '2018-05-01');
    expect(on.undated).toEqual([undated]);
    expect(on.byUbigeo.get('050401')).toEqual([ds035]);
  });
  it('says when a decree in force has an incomplete district list', () => {
    expect(emergencyOn([ds111], '2023-11-01').incompleteLists).toEqual([ds111]);
  });
  it('the default date is the latest dated start of a decree that lists districts', () => {
    const ds111Listed = { ...ds111, ubigeos: ['050401'] };
    expect(latestDecreeStart([ds035, ds111Listed, undated])).toBe('2023-10-09');
    expect(latestDecreeStart([undated])).toBeNull();
  });
  it('a decree without a district list is never the default date (it would colour nothing)', () => {
    expect(latestDecreeStart([ds035, ds111, undated])).toBe('2018-04-04');
  });
});

describe('controlOf', () => {
  it('one kind of control, or mixed', () => {
    expect(controlOf([ds035])).toBe('notStated');
    expect(controlOf([police, ds111])).toBe('mixed');
  });
});

describe('authoritiesOf', () => {
  const pichari = { ubigeo: '080910', vraem: true } as District;
  const abancay = { ubigeo: '030101', vraem: false } as District;
  it('every district has at least its three governments and the police', () => {
    expect(authoritiesOf(abancay, { devidaZone: false, decrees: [] })).toHaveLength(4);
  });
  it('a VRAEM district in the DEVIDA zone under an armed-forces emergency has seven', () => {
    expect(authoritiesOf(pichari, { devidaZone: true, decrees: [ds111] })).toEqual([
      'regionalGovernment',
      'provincialMunicipality',
      'districtMunicipality',
      'nationalPolice',
      'armedForces',
      'devida',
      'vraemStrategy',
    ]);
  });
  it('an emergency under police control does not add the armed forces', () => {
    expect(authoritiesOf(pichari, { devidaZone: false, decrees: [police] })).not.toContain(
      'armedForces',
    );
  });
});
