/**
 * Sources of indicators.json. Titles, publishers, licences, vintages and repository/commit
 * strings are taken from shared/data-raw/INDICATOR-SOURCES.md (section in `documentedIn`).
 * Entries shared with districts.json are reused as they are, so an id always means one source.
 */
import { SOURCE_IDS, SOURCES, type SourceEntry } from '../sources';
import { BUDGET_CSV, COCA_DISTRICT_CSV, PIPABER_POVERTY_CSV, POVERTY_JOINED_CSV } from './raw';
import { POPULATION_2007_2022_CSV } from './raw';

export const INDICATOR_SOURCE_IDS = {
  cocaDistrict: 'coca-district-pipaber-quispe2022',
  povertyMap2018: 'inei-poverty-map-2018',
  extremePoverty2013: 'inei-poverty-map-2013-extreme',
  hdi2019: 'pnud-idh-2019',
  pipaberPoverty: 'pipaber-panel-poverty',
  nbi2017: SOURCE_IDS.nbi2017,
  population0722: 'inei-population-2007-2022-etorresram',
  population2017: SOURCE_IDS.population2017,
  budget2022: 'mef-pim-2022-calderon',
  creationLaws: SOURCE_IDS.creationLaws,
} as const;

const PIPABER = 'https://github.com/pipaber/xgboost_deforestation';
const CASTAGNETTO = 'https://github.com/jmcastagnetto/ubigeo-peru-aumentado';
const ETORRESRAM = 'https://github.com/etorresram/District-Level-Population-Trends-in-Peru';
const CASTAGNETTO_WHERE =
  'GitHub jmcastagnetto/ubigeo-peru-aumentado, ubigeo_distrito.csv (HEAD a783fa66, 2022-01-24), joined on ubigeo into district_poverty2018ci_extreme2013_idh2019_population_joined.csv';

const shared = (id: string): SourceEntry => {
  const entry = SOURCES.find((s) => s.ref.id === id);
  if (!entry) throw new Error(`no source entry ${id}`);
  return entry;
};

export const INDICATOR_SOURCES: SourceEntry[] = [
  {
    ref: {
      id: INDICATOR_SOURCE_IDS.cocaDistrict,
      es: {
        title:
          'Cultivo de coca por distrito (ha), 2012–2020: columna Coca_ha del panel distrital de pipaber, compilada de Quispe et al. (2022), CGIAR "Dataset: sistematización de datos sociales, económicos y ambientales…" (monitoreo distrital DEVIDA/UNODC)',
        licence: 'sin archivo de licencia en el repositorio',
        vintage: 'años de monitoreo 2012–2020; commit del repositorio 04b3706 (2026-01-23)',
        short: 'DEVIDA/UNODC vía Quispe et al. 2022',
      },
      short: 'DEVIDA/UNODC via Quispe et al. 2022',
      title:
        'Coca cultivation by district (ha), 2012–2020: column Coca_ha of the pipaber district panel, compiled from Quispe et al. (2022), CGIAR "Dataset: sistematización de datos sociales, económicos y ambientales…" (DEVIDA/UNODC district monitoring)',
      publisher:
        'pipaber/xgboost_deforestation (GitHub); upstream Quispe et al. 2022 (CGIAR), from DEVIDA/UNODC monitoring tables',
      licence: 'no licence file in the repository',
      vintage: 'monitoring years 2012–2020; repository commit 04b3706 (2026-01-23)',
      url: PIPABER,
    },
    rawFiles: [COCA_DISTRICT_CSV],
    where:
      'GitHub pipaber/xgboost_deforestation, deforestation_dataset_PERU.csv (commit 04b3706), column Coca_ha; extract of the 31 districts of the five departments, ubigeo zero-padded',
    documentedIn: 'INDICATOR-SOURCES.md §1f and §5',
  },
  {
    ref: {
      id: INDICATOR_SOURCE_IDS.povertyMap2018,
      short: 'INEI, Mapa de Pobreza Monetaria 2018',
      es: {
        short: 'INEI, Mapa de Pobreza Monetaria 2018',
        title:
          'INEI, Mapa de Pobreza Monetaria Provincial y Distrital 2018: pobreza monetaria total (% de la población), estimación puntual e intervalo de confianza al 95 %',
        licence: 'MIT (jmcastagnetto/ubigeo-peru-aumentado); MIT según etorresram',
      },
      title:
        'INEI Mapa de Pobreza Monetaria Provincial y Distrital 2018: total monetary poverty (% of population), point estimate and 95 % confidence interval',
      publisher:
        'INEI; point estimate via CEPLAN in jmcastagnetto/ubigeo-peru-aumentado; interval bounds (IC_INF, IC_SUP) from the INEI district layer in etorresram/District-Level-Population-Trends-in-Peru',
      licence: 'MIT (jmcastagnetto/ubigeo-peru-aumentado); MIT as stated by etorresram',
      vintage: '2018',
      url: CASTAGNETTO,
    },
    rawFiles: [POVERTY_JOINED_CSV],
    where: `${CASTAGNETTO_WHERE}; bounds from shapefile/DISTRITOS_inei_geogpsperu_suyopomalia.dbf of etorresram/District-Level-Population-Trends-in-Peru (commit 27a78c86, 2025-03-24)`,
    documentedIn: 'INDICATOR-SOURCES.md §2a, §2b and §4a',
  },
  {
    ref: {
      id: INDICATOR_SOURCE_IDS.extremePoverty2013,
      short: 'INEI, Mapa de Pobreza 2013',
      es: {
        short: 'INEI, Mapa de Pobreza 2013',
        title:
          'INEI, Mapa de Pobreza 2013 (publicado en 2015): pobreza monetaria extrema por distrito (%)',
        licence: 'MIT (repositorio)',
        vintage: '2013 (mapa publicado en 2015)',
      },
      title: 'INEI Mapa de Pobreza 2013 (published 2015): extreme monetary poverty by district (%)',
      publisher: 'INEI via CEPLAN; copy in jmcastagnetto/ubigeo-peru-aumentado',
      licence: 'MIT (repository)',
      vintage: '2013 (map published 2015)',
      url: CASTAGNETTO,
    },
    rawFiles: [POVERTY_JOINED_CSV],
    where: CASTAGNETTO_WHERE,
    documentedIn: 'INDICATOR-SOURCES.md §2a and §2b',
  },
  {
    ref: {
      id: INDICATOR_SOURCE_IDS.hdi2019,
      short: 'UNDP Peru (PNUD), HDI 2019',
      es: {
        short: 'PNUD Perú, IDH 2019',
        title: 'Índice de Desarrollo Humano (IDH) 2019 por distrito',
        licence: 'MIT (repositorio)',
      },
      title: 'Índice de Desarrollo Humano (IDH) 2019 by district',
      publisher: 'PNUD Perú via CEPLAN; copy in jmcastagnetto/ubigeo-peru-aumentado',
      licence: 'MIT (repository)',
      vintage: '2019',
      url: CASTAGNETTO,
    },
    rawFiles: [POVERTY_JOINED_CSV],
    where: CASTAGNETTO_WHERE,
    documentedIn: 'INDICATOR-SOURCES.md §2a and §2b',
  },
  {
    ref: {
      id: INDICATOR_SOURCE_IDS.pipaberPoverty,
      short: 'pipaber district panel (source not named)',
      es: {
        short: 'panel distrital de pipaber (fuente no nombrada)',
        title:
          'Pobreza monetaria por distrito (%), 2007, 2009 y 2013: columna Pobreza del panel distrital de pipaber (el panel no nombra su fuente)',
        licence: 'sin archivo de licencia en el repositorio',
        vintage:
          'años según el panel: 2007, 2009, 2013 (se dejan fuera sus valores de 2015 y 2018)',
      },
      title:
        'Monetary poverty by district (%), 2007, 2009 and 2013: column Pobreza of the pipaber district panel (the panel does not name its source)',
      publisher: 'pipaber/xgboost_deforestation (GitHub)',
      licence: 'no licence file in the repository',
      vintage:
        'years as labelled by the panel: 2007, 2009, 2013 (its 2015 and 2018 values are left out)',
      url: PIPABER,
    },
    rawFiles: [PIPABER_POVERTY_CSV],
    where:
      'GitHub pipaber/xgboost_deforestation, deforestation_dataset_PERU.csv (commit 04b3706), column Pobreza; extract of the 68 districts of the five departments',
    documentedIn: 'INDICATOR-SOURCES.md §2c and §5',
  },
  shared(INDICATOR_SOURCE_IDS.nbi2017),
  {
    ref: {
      id: INDICATOR_SOURCE_IDS.population0722,
      short: 'INEI, census 2007 and projection 2022',
      es: {
        short: 'INEI, censo 2007 y proyección 2022',
        title:
          'Población por distrito: estimación 2007 sobre los límites de 2017 (columna c2007) y proyección del INEI para 2022 (p2022)',
        licence: 'MIT (según el repositorio)',
        vintage:
          '2007: cifras del censo 2007 llevadas a los límites de 2017 por el autor del repositorio (método no declarado; suman 28 932 111, no el conteo del censo); proyección 2022 sobre los límites actuales',
      },
      title:
        'Population by district: 2007 estimate on the 2017 limits (column c2007) and INEI projection for 2022 (p2022)',
      publisher:
        'INEI; compiled in etorresram/District-Level-Population-Trends-in-Peru (data.xlsx)',
      licence: 'MIT (as stated by the repository)',
      vintage:
        '2007: census 2007 figures re-based to the 2017 limits by the repository author (method not stated; they sum to 28,932,111, not the census count); projection 2022 on the current limits',
      url: ETORRESRAM,
    },
    rawFiles: [POPULATION_2007_2022_CSV],
    where:
      'GitHub etorresram/District-Level-Population-Trends-in-Peru, data.xlsx (commit 27a78c86, 2025-03-24), converted to CSV',
    documentedIn: 'INDICATOR-SOURCES.md §4b',
  },
  shared(INDICATOR_SOURCE_IDS.population2017),
  {
    ref: {
      id: INDICATOR_SOURCE_IDS.budget2022,
      short: 'MEF, Consulta Amigable (PIM 2022)',
      es: {
        short: 'MEF, Consulta Amigable (PIM 2022)',
        title:
          'Presupuesto institucional modificado (PIM, soles) de las municipalidades distritales de la "Zona VRAEM" de coca de DEVIDA, año fiscal 2022',
        licence: 'sin archivo de licencia en el repositorio',
        vintage: 'año fiscal 2022, datos al 2022-10-05 (año incompleto)',
      },
      title:
        'Modified institutional budget (PIM, soles) of the district municipalities of the DEVIDA coca "Zona VRAEM", fiscal year 2022',
      publisher: 'MEF Consulta Amigable; tables in calderonsamuel/presupuesto_vraem (doc.docx)',
      licence: 'no licence file in the repository',
      vintage: 'fiscal year 2022, data as of 2022-10-05 (partial year)',
      url: 'https://github.com/calderonsamuel/presupuesto_vraem',
    },
    rawFiles: [BUDGET_CSV],
    where:
      'GitHub calderonsamuel/presupuesto_vraem, doc.docx (commit 0a7b6619, 2022-10-05), report tables extracted to CSV; names only (matched to ubigeos here)',
    documentedIn: 'INDICATOR-SOURCES.md §6',
  },
  shared(INDICATOR_SOURCE_IDS.creationLaws),
];
