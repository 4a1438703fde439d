/**
 * The theme outputs (indicators, series, jurisdiction, incidents) against known values of the raw
 * files, and the failures a bad raw row must cause. The theme stage runs on the real raw data with
 * district facts read straight from the raw files (no geometry work), so these tests are fast;
 * pipeline.test.ts checks that the committed data/ equals a full pipeline run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorsFileSchema,
  type DistrictObservation,
  type IndicatorId,
} from '../../src/data/indicatorSchemas';
import { RawInputs } from '../../scripts/lib/inputs';
import { injuredCount } from '../../scripts/lib/incidents';
import * as load from '../../scripts/lib/load';
import type { DistrictFacts } from '../../scripts/lib/indicators/starts';
import { buildThemes, loadDistrictFacts, type ThemesResult } from '../../scripts/lib/themes';
import { editRaw, rawDirOrFail, rawDirWith, readRawCsv } from './helpers';

let facts: DistrictFacts[];
let laws: ReturnType<typeof load.loadCreationLaws>;
let pop2017: Map<string, number>;
let themes: ThemesResult;

beforeAll(() => {
  const inputs = new RawInputs(rawDirOrFail());
  facts = loadDistrictFacts(inputs);
  laws = load.loadCreationLaws(inputs);
  pop2017 = load.loadPopulation2017(inputs);
  themes = buildThemes(inputs, facts, laws, pop2017);
}, 60_000);

const themesOn = (overrides: Record<string, string>): ThemesResult =>
  buildThemes(new RawInputs(rawDirWith(overrides)), facts, laws, pop2017);

const values = (id: IndicatorId, ubigeo: string): DistrictObservation[] =>
  themes.indicators.file.indicators.find((i) => i.id === id)?.values[ubigeo] ?? [];
const at = (id: IndicatorId, ubigeo: string, year: number) =>
  values(id, ubigeo).find((o) => o.y === year);
const seriesPoint = (id: string, year: number) =>
  themes.series.file.series.find((s) => s.id === id)?.points.find((p) => p.year === year);

describe('indicators.json', () => {
  it('validates, with every observation sorted by year and citing a listed source', () => {
    const file = indicatorsFileSchema.parse(JSON.parse(themes.outputs[0]?.content ?? ''));
    const ids = new Set(file.sources.map((s) => s.id));
    for (const ind of file.indicators) {
      for (const [u, obs] of Object.entries(ind.values)) {
        expect(
          obs.map((o) => o.y),
          `${ind.id} ${u}`,
        ).toEqual([...obs.map((o) => o.y)].sort());
        for (const o of obs) expect(ids.has(o.s), o.s).toBe(true);
      }
    }
    expect(themes.outputs[0]?.content).not.toMatch(/NaN|Infinity/);
  });

  it('coca: 31 districts, all secondary; Vizcatán del Ene 120609 has nothing before its firstYear 2015', () => {
    const coca = themes.indicators.byId.coca_ha.indicator;
    expect(coca.coverage).toHaveLength(31);
    expect(values('coca_ha', '120609').map((o) => o.y)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020,
    ]);
    expect(themes.indicators.starts.find((s) => s.ubigeo === '120609')).toMatchObject({
      firstYear: 2015,
      basis: 'reportedDate',
    });
    // Pangoa keeps its published values around the split (coca_ha_by_district…csv rows 21–22).
    expect(at('coca_ha', '120606', 2014)?.v).toBe(2168);
    expect(at('coca_ha', '120606', 2015)?.v).toBe(339);
    for (const obs of Object.values(coca.values))
      for (const o of obs) expect(o.f).toContain('secondary');
  });

  it('coca: flags the leading zeros of post-2007 districts, never those of older districts', () => {
    // Anchihuay (firstYear 2013): 2012 dropped, 2013 = 0 flagged, 2014 = 359 not flagged.
    expect(at('coca_ha', '050510', 2012)).toBeUndefined();
    expect(at('coca_ha', '050510', 2013)?.f).toContain('zeroBeforeSplit');
    expect(at('coca_ha', '050510', 2014)?.f).not.toContain('zeroBeforeSplit');
    // Villa Virgen (created with Inkawasi, 2014): 2012–2013 dropped, the 2014 zero flagged; its
    // 2016 zero follows a 5 and is not.
    expect(at('coca_ha', '080912', 2013)).toBeUndefined();
    expect(
      values('coca_ha', '080912').filter((o) => o.f?.includes('zeroBeforeSplit')),
    ).toHaveLength(1);
    expect(at('coca_ha', '080912', 2016)?.f).not.toContain('zeroBeforeSplit');
    // Ayahuanco existed in 2007: its zeros are plain published zeros.
    expect(at('coca_ha', '050402', 2013)).toMatchObject({ v: 0, f: ['secondary'] });
  });

  it('poverty 2018 of Pichari, Llochegua, Río Tambo (120608; 120604 is Mazamari) equals the raw midpoint and 95 % interval', () => {
    const raw = new Map(
      readRawCsv(
        'poverty-inei/district_poverty2018ci_extreme2013_idh2019_population_joined.csv',
      ).map((r) => [r.ubigeo, r]),
    );
    for (const u of ['080910', '050408', '120608', '120604']) {
      const r = raw.get(u);
      expect(at('poverty_total_pct', u, 2018), u).toEqual({
        y: 2018,
        v: Number(r?.pobreza_total_2018_midpoint_ceplan),
        lo: Number(r?.pobreza_total_2018_ic95_inf),
        hi: Number(r?.pobreza_total_2018_ic95_sup),
        s: 'inei-poverty-map-2018',
      });
    }
    // Typed in from the raw file's Pichari row, so a parsing slip cannot hide on both sides.
    expect(at('poverty_total_pct', '080910', 2018)).toMatchObject({
      v: 30.628854,
      lo: 19.97071896,
      hi: 41.28698904,
    });
  });

  it('poverty has no 2015 observation anywhere and takes 2007/2009/2013 as secondary', () => {
    const poverty = themes.indicators.byId.poverty_total_pct.indicator;
    for (const obs of Object.values(poverty.values))
      expect(obs.some((o) => o.y === 2015)).toBe(false);
    expect(themes.indicators.poverty.leftOut).toEqual({ 2015: 68, 2018: 68 });
    expect(at('poverty_total_pct', '050408', 2013)).toMatchObject({ f: ['secondary'] });
    // Inkawasi (firstYear 2014) cannot have a 2013 value of its own.
    expect(at('poverty_total_pct', '080911', 2013)).toBeUndefined();
  });

  it('matches every budget row to exactly one district: the 24 DEVIDA-zone districts', () => {
    const budget = themes.indicators.budget;
    expect(budget.matches).toHaveLength(
      readRawCsv('vraem-budget-calderon/mef_pim_2022_vraem_coca_zone_districts.csv').length,
    );
    expect(budget.indicator.coverage).toEqual(
      themes.jurisdiction.file.devidaZone.map((z) => z.ubigeo),
    );
    expect(at('budget_pim_2022', '050507', 2022)).toMatchObject({
      v: 44116531,
      f: ['partialYear'],
    });
  });

  it('population: integers; 2007 is an estimate on the 2017 limits, kept for districts created 2008–2017', () => {
    for (const obs of Object.values(themes.indicators.byId.population.indicator.values))
      for (const o of obs) expect(Number.isInteger(o.v)).toBe(true);
    // etorresram c2007 for Vizcatán del Ene (created 2015): its 2017 territory, flagged.
    expect(at('population', '120609', 2007)).toMatchObject({ v: 2416, f: ['limits2017'] });
    for (const obs of Object.values(themes.indicators.byId.population.indicator.values))
      for (const o of obs) expect(o.y === 2007).toBe(o.f?.includes('limits2017') ?? false);
    expect(at('population', '120609', 2022)?.v).toBe(6356);
    expect(at('population', '080910', 2017)?.v).toBe(pop2017.get('080910'));
  });

  it('districtStarts: one per post-2007 district; inconsistent dates give no year', () => {
    const starts = new Map(themes.indicators.starts.map((s) => [s.ubigeo, s]));
    expect(starts.size).toBe(facts.filter((f) => !f.existsIn2007).length);
    expect(starts.get('050412')).toMatchObject({ firstYear: 2015, basis: 'published' });
    // Days disputed inside the source, the year not: 6 / 26 April 2013, 16 June / 16 July 2010.
    expect(starts.get('050116')).toMatchObject({ firstYear: 2013, basis: 'reportedYear' });
    expect(starts.get('050509')).toMatchObject({ firstYear: 2010, basis: 'reportedYear' });
    // Uchuraccay: Congress approved it on 2014-06-05; Villa Virgen was created with Inkawasi.
    expect(starts.get('050410')).toMatchObject({ firstYear: 2014, basis: 'approvedByCongress' });
    expect(starts.get('080912')).toMatchObject({ firstYear: 2014, basis: 'createdWith' });
    expect(starts.get('050409')).toMatchObject({ firstYear: 2013, basis: 'reportedYear' });
    expect(starts.get('080913')).toMatchObject({ firstYear: null, basis: 'unknown' });
    expect(starts.get('050413')).toMatchObject({ firstYear: null, basis: 'absentFromCensus2017' });
  });
});

describe('series.json', () => {
  it('VRAEM zone: 2016 = 20,304 ha (46 % cited, the printed 43 % not its share) and 2024 = 36,345 ha', () => {
    expect(seriesPoint('coca_vraem_zone_ha', 2016)).toMatchObject({
      value: 20304,
      publishedPct: null,
      printedPct: 43,
      citedShare: { pct: 46, denominator: 43900 },
    });
    expect(seriesPoint('coca_vraem_zone_ha', 2024)?.value).toBe(36345);
  });

  it('keeps 35,709 ha for 2022, flagged disputed with 35,106 in the note; adds 2008 and 2012', () => {
    const p2022 = seriesPoint('coca_vraem_zone_ha', 2022);
    expect(p2022?.value).toBe(35709);
    expect(p2022?.f).toContain('disputed');
    expect(p2022?.note).toContain('35,106');
    expect(seriesPoint('coca_vraem_zone_ha', 2012)).toMatchObject({ value: 19965 });
    expect(seriesPoint('coca_vraem_zone_ha', 2012)?.f).toContain('yearInferred');
    expect(seriesPoint('coca_vraem_zone_ha', 2012)?.note).toMatch(/medium/i);
    expect(seriesPoint('coca_vraem_zone_ha', 2009)?.note).toMatch(/Confirmed/);
  });

  it('flags rounding and the zone-name breaks', () => {
    expect(seriesPoint('coca_vraem_zone_ha', 2004)?.f).toEqual(['transcribed', 'roundedTo100']);
    expect(seriesPoint('coca_vraem_zone_ha', 2008)?.f).toContain('methodBreak');
    // 2013's source compares −4.0 % with 2012 like for like: the break is before 2012, not 2013.
    expect(seriesPoint('coca_vraem_zone_ha', 2012)?.f).toContain('methodBreak');
    expect(seriesPoint('coca_vraem_zone_ha', 2013)?.f).not.toContain('methodBreak');
    expect(seriesPoint('coca_vraem_zone_ha', 2014)?.f).not.toContain('methodBreak');
    expect(seriesPoint('coca_peru_ha', 2006)).toMatchObject({ value: 51400 });
    expect(seriesPoint('coca_department_ha_junin', 2024)?.value).toBe(8883);
  });
});

describe('jurisdiction.json and incidents.json', () => {
  it('DS 035-2018-PCM lists 63 districts; control and end are derived as documented', () => {
    const d = themes.jurisdiction.file.decrees.find((x) => x.decree === 'DS 035-2018-PCM');
    expect(d?.ubigeos).toHaveLength(63);
    expect(d).toMatchObject({ start: '2018-04-04', end: '2018-06-02', endBasis: 'startPlusDays' });
    const first = themes.jurisdiction.file.decrees[0];
    expect(first).toMatchObject({ control: 'police', controlAsPublished: 'PNP (apoyo FFAA)' });
  });

  it('incidents without a district have ubigeo null; the others keep the derived ubigeo', () => {
    const raw = readRawCsv('security-incidents/vraem_security_events_2003_2023_transcribed.csv');
    const incidents = themes.incidents.file.incidents;
    expect(incidents).toHaveLength(25);
    for (const r of raw) {
      const i = incidents.find((x) => x.id === r.event_id);
      expect(i?.ubigeo, r.event_id).toBe(
        r.ubigeo_inei_derived === '' ? null : r.ubigeo_inei_derived,
      );
    }
    expect(incidents.find((x) => x.id === 'E24')).toMatchObject({
      ubigeo: '120609',
      deathsCivilians: 16,
    });
  });

  it('reads injured as a number only when the cell gives one figure', () => {
    expect(injuredCount('3')).toBe(3);
    expect(injuredCount('2 military')).toBe(2);
    expect(injuredCount('5 (CCFFAA, 10 Apr) / 6 (EFE, 9 Apr)')).toBeNull();
    expect(injuredCount('at least 1 (Army commander)')).toBeNull();
    expect(injuredCount('')).toBeNull();
  });
});

describe('a bad raw row stops the theme stage with file, row and field', () => {
  const COCA = 'coca-devida-unodc/coca_ha_by_district_2012_2020_5dept_extract.csv';
  const BUDGET = 'vraem-budget-calderon/mef_pim_2022_vraem_coca_zone_districts.csv';
  const EVENTS = 'security-incidents/vraem_security_events_2003_2023_transcribed.csv';
  const AGGREGATES = 'security-incidents/security_aggregates_transcribed.csv';

  it('a non-numeric coca value (never read as 0 or NaN)', () => {
    const bad = editRaw(
      COCA,
      '050408,AYACUCHO,HUANTA,LLOCHEGUA,2014,2567.0',
      '050408,AYACUCHO,HUANTA,LLOCHEGUA,2014,n/d',
    );
    expect(() => themesOn({ [COCA]: bad })).toThrow(
      `${COCA} row 30, field "coca_ha": must be a number`,
    );
  });

  it('a budget district that matches no mapsPERU district', () => {
    const bad = editRaw(BUDGET, 'AYACUCHO,LA MAR,SANTA ROSA,', 'AYACUCHO,LA MAR,SANTA ROZA,');
    expect(() => themesOn({ [BUDGET]: bad })).toThrow(
      `${BUDGET} row 1, field "distrito": "AYACUCHO / LA MAR / SANTA ROZA" matches no district`,
    );
  });

  it('an incident ubigeo outside the 551 districts', () => {
    const bad = editRaw(
      EVENTS,
      'PICHARI,LA CONVENCION,CUSCO,080910',
      'PICHARI,LA CONVENCION,CUSCO,150101',
    );
    expect(() => themesOn({ [EVENTS]: bad })).toThrow(
      `${EVENTS} row 25, field "ubigeo_inei_derived": 150101 is not one of the 551 districts`,
    );
  });

  it('the unverified 384 / 137 figure, if a raw file ever gains it', () => {
    const bad = editRaw(
      AGGREGATES,
      'VRAEM,2009,2009,deaths_total,62,',
      'VRAEM,2005,2014,deaths_total,137,',
    );
    expect(() => themesOn({ [AGGREGATES]: bad })).toThrow(
      `${AGGREGATES} row 6, field "value": 137 is an unverified figure`,
    );
  });
});
