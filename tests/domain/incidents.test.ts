import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/data/indicatorSchemas';
import { incidentCategory, incidentDeaths, placeIncidents } from '../../src/domain/incidents';

function incident(id: string, overrides: Partial<Incident> = {}): Incident {
  return {
    id,
    date: '2012-08-15',
    datePrecision: 'day',
    dateNote: '',
    type: 'ambush of two returning Army patrols (rocket + small arms)',
    place: '',
    ubigeo: '120606',
    department: 'JUNIN',
    deathsSecurityForces: null,
    deathsCivilians: null,
    deathsArmedGroup: null,
    deathsTotal: null,
    deathsAsPublished: '',
    injured: null,
    actors: '',
    perpetrator: '',
    sourceUrls: ['https://example.org'],
    note: '',
    ...overrides,
  };
}

describe('incidentCategory (published event types of the curated file)', () => {
  it.each([
    ['ambush with explosives on two Army patrols', 'attack'],
    ['attack on Air Force Mi-17 helicopter during casualty evacuation', 'aircraft'],
    ['mass kidnapping of Camisea contractor workers', 'kidnapping'],
    ['massacre of civilians in two bars', 'massacre'],
    ['military-police operation ("Operación Camaleón") killing SL leaders', 'operation'],
    ['mines + ambush on joint Army-Police patrol (operation "Ojo de águila")', 'attack'],
    ['sabotage: burning of road-construction machinery', 'other'],
  ])('%s → %s', (type, category) => {
    expect(incidentCategory(type)).toBe(category);
  });
});

describe('incidentDeaths', () => {
  it('uses the published total first', () => {
    expect(incidentDeaths(incident('a', { deathsTotal: 16, deathsCivilians: 15 }))).toBe(16);
  });
  it('else adds the parts that are known: 12 soldiers + 2 civilians', () => {
    expect(incidentDeaths(incident('a', { deathsSecurityForces: 12, deathsCivilians: 2 }))).toBe(
      14,
    );
  });
  it('unknown stays unknown, not 0', () => {
    expect(incidentDeaths(incident('a'))).toBeNull();
  });
});

describe('placeIncidents', () => {
  const points = new Map<string, [number, number]>([['120606', [-74.5, -11.6]]]);
  it('puts a lone event at the district label point', () => {
    const { placed } = placeIncidents([incident('E24', { ubigeo: '120606' })], (u) =>
      points.get(u),
    );
    expect(placed[0]?.position).toEqual([-74.5, -11.6]);
  });
  it('spreads events of one district on a ring so each can be seen and picked', () => {
    const { placed } = placeIncidents([incident('E13'), incident('E14'), incident('E15')], (u) =>
      points.get(u),
    );
    const keys = new Set(placed.map((p) => p.position.join(',')));
    expect(keys.size).toBe(3);
    for (const p of placed)
      expect(Math.hypot(p.position[0] + 74.5, p.position[1] + 11.6)).toBeCloseTo(0.02, 6);
  });
  it('an event without a district is listed, not mapped', () => {
    const { placed, unplaced } = placeIncidents([incident('E03', { ubigeo: null })], (u) =>
      points.get(u),
    );
    expect(placed).toEqual([]);
    expect(unplaced.map((i) => i.id)).toEqual(['E03']);
  });
});
