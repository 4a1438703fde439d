/**
 * The sources the pipeline's outputs come from. Titles, publishers, licences, vintages and
 * repository/commit strings are taken from shared/data-raw/GEO-SOURCES.md and
 * INDICATOR-SOURCES.md (section named in `documentedIn`); nothing here is from memory.
 */
import type { SourceRef } from '../../src/data/schemas';

export interface SourceEntry {
  ref: SourceRef;
  /** Raw files (relative to the raw dir) the pipeline reads from this source. */
  rawFiles: string[];
  /** Repository / commit / page, as documented. */
  where: string;
  documentedIn: string;
}

export const SOURCE_IDS = {
  mapsPeru: 'mapsperu-v2',
  inei2007: 'inei2007-juaneladio',
  vraemList: 'geoperu-vraem-ambito',
  nbi2017: 'geoperu-nbi-2017',
  population2017: 'inei-census2017-population',
  creationLaws: 'district-creation-laws',
  geogpsRivers: 'geogpsperu-rivers',
  naturalEarthRivers: 'naturalearth-rivers',
  wdbiiRivers: 'wdbii-gshhg-rivers',
} as const;

export const SOURCES: SourceEntry[] = [
  {
    ref: {
      id: SOURCE_IDS.mapsPeru,
      short: 'INEI limits via mapsPERU v2.0.0',
      es: {
        short: 'Límites del INEI vía mapsPERU v2.0.0',
        title:
          'mapsPERU v2.0.0: polígonos de distritos y departamentos del Perú (map_DIST, map_DEP)',
        licence: 'GPL-3 (DESCRIPTION del paquete)',
        vintage:
          'Límites distritales del INEI, muy probablemente de 2023 (inferido, no declarado); paquete v2.0.0 del 2025-11-19',
      },
      title: 'mapsPERU v2.0.0: district and department polygons of Peru (map_DIST, map_DEP)',
      publisher: 'J. L. C. Musaja (R package mapsPERU); limits originally from INEI',
      licence: 'GPL-3 (package DESCRIPTION)',
      vintage:
        'INEI district limits, very probably 2023 (inferred, not stated); package v2.0.0 of 2025-11-19',
      url: 'https://github.com/musajajorge/mapsPERU',
    },
    rawFiles: [
      'mapsperu/distritos_5dep_mapsPERU_v2.geojson',
      'mapsperu/peru_distritos_mapsPERU_v2.geojson',
      'mapsperu/peru_departamentos_mapsPERU_v2.geojson',
    ],
    where:
      'GitHub musajajorge/mapsPERU, data/map_DIST.rda and data/map_DEP.rda, commit 0bf86b4ad92aa48cf3e3a61e317793bde8eb7cd4 ("v2.0.0"); CRAN package mapsPERU; DOI 10.5281/zenodo.17408542',
    documentedIn: 'GEO-SOURCES.md §2.1',
  },
  {
    ref: {
      id: SOURCE_IDS.inei2007,
      short: 'INEI 2007 limits via peru-geojson',
      es: {
        short: 'Límites INEI 2007 vía peru-geojson',
        title:
          'peru-geojson: Límite Distrital (Fuente: INEI-2007), polígonos distritales simplificados',
        vintage: 'Límites distritales INEI 2007; commit del repositorio del 2016-10-28',
      },
      title: 'peru-geojson: Límite Distrital (Fuente: INEI-2007), simplified district polygons',
      publisher: 'juaneladio/peru-geojson (source: Geoservidor MINAM, INEI)',
      licence: 'MPL-2.0',
      vintage: 'INEI 2007 district limits; repository commit of 2016-10-28',
      url: 'https://github.com/juaneladio/peru-geojson',
    },
    rawFiles: ['juaneladio/peru_distrital_simple.geojson'],
    where: 'GitHub juaneladio/peru-geojson, commit 3213eeb (2016-10-28)',
    documentedIn: 'GEO-SOURCES.md §2.2',
  },
  {
    ref: {
      id: SOURCE_IDS.vraemList,
      short: 'GEO PERÚ (PCM), VRAEM district list',
      es: {
        short: 'GEO PERÚ (PCM), ámbito del VRAEM',
        title:
          'Ámbito VRAEM: lista de distritos del visor GEO PERÚ (constante DISTRITOS_AMBITO_VRAEM)',
        licence: 'no declarada',
        vintage:
          'copia del visor del 2025-02-11; 79 distritos en los límites actuales (69 del DS 112-2017-PCM + 10 creados después)',
      },
      title: 'Ámbito VRAEM: district list of the GEO PERÚ viewer (constant DISTRITOS_AMBITO_VRAEM)',
      publisher: 'GEO PERÚ (Presidencia del Consejo de Ministros), copy in luisamos/geoperu-visor',
      licence: 'none stated',
      vintage:
        'viewer copy of 2025-02-11; 79 districts on current limits (69 of DS 112-2017-PCM + 10 created since)',
      url: 'https://github.com/luisamos/geoperu-visor',
    },
    rawFiles: ['vraem/vraem-districts.csv'],
    where:
      'GitHub luisamos/geoperu-visor, js/api.js, commit df943df (2025-02-11); names from mapsPERU v2.0.0',
    documentedIn: 'GEO-SOURCES.md §4',
  },
  {
    ref: {
      id: SOURCE_IDS.nbi2017,
      short: 'GEO PERÚ (PCM), NBI by district',
      es: {
        short: 'GEO PERÚ (PCM), NBI por distrito',
        title:
          'Tabla distrital de GeoPerú de necesidades básicas insatisfechas (NBI), 1874 distritos',
        licence: 'no declarada',
        vintage:
          'muy probablemente Censo 2017 del INEI (inferido del conjunto de distritos, no escrito en el archivo)',
      },
      title: 'GeoPeru district table of unmet basic needs (NBI), 1,874 districts',
      publisher: 'GEO PERÚ (PCM), copy in luisamos/geoperu-visor',
      licence: 'none stated',
      vintage:
        'very probably INEI Censo 2017 (inferred from the district set, not written in the file)',
      url: 'https://github.com/luisamos/geoperu-visor',
    },
    rawFiles: ['geoperu/GeoPeru-peru_distritos_nbi.csv'],
    where:
      'GitHub luisamos/geoperu-visor, GeoPeru-peru_distritos.xlsx (converted to CSV, ubigeo zero-padded)',
    documentedIn: 'GEO-SOURCES.md §5',
  },
  {
    ref: {
      id: SOURCE_IDS.population2017,
      short: 'INEI, Census 2017',
      es: {
        short: 'INEI, Censo 2017',
        title: 'Capa distrital del INEI, población del Censo 2017 (POBTOTAL)',
        licence: 'MIT (según el repositorio)',
      },
      title: 'INEI district layer, Census 2017 population (POBTOTAL)',
      publisher:
        'INEI; layer redistributed by GEO GPS PERÚ; copy in etorresram/District-Level-Population-Trends-in-Peru',
      licence: 'MIT (as stated by the repository)',
      vintage: 'Censo 2017',
      url: 'https://github.com/etorresram/District-Level-Population-Trends-in-Peru',
    },
    rawFiles: ['population-inei/DISTRITOS_inei_attributes_extracted.csv'],
    where:
      'GitHub etorresram/District-Level-Population-Trends-in-Peru, shapefile/DISTRITOS_inei_geogpsperu_suyopomalia.dbf, commit 27a78c86 (2025-03-24); attributes extracted to CSV',
    documentedIn: 'INDICATOR-SOURCES.md §4a',
  },
  {
    ref: {
      id: SOURCE_IDS.creationLaws,
      short: 'Atlas VRAEM (district creation laws)',
      es: {
        short: 'Atlas VRAEM (leyes de creación de distritos)',
        title:
          'Creación de distritos posteriores a 2007 en los cinco departamentos: ley, fecha de publicación y distrito de origen según la fuente (compilación)',
        licence: 'hechos con fuente por fila',
        vintage:
          'compilación sin fecha; una fila por distrito creado después de los límites INEI 2007',
      },
      title:
        'Creation of post-2007 districts in the five departments: law, publication date and parent as stated (compilation)',
      publisher:
        'Atlas VRAEM data gathering, from Congreso del Perú press notes, Wikipedia (de/es) mirrors and news pages (URL per row)',
      licence: 'facts with per-row sources',
      vintage: 'undated compilation; one row per district created after the INEI 2007 limits',
    },
    rawFiles: ['vraem/district-creation-laws.csv'],
    where:
      'shared/data-raw/vraem/district-creation-laws.csv (start list from lincolneulogio/peru-geojson data/equivalencias/cambios-2007-2026.csv)',
    documentedIn: 'GEO-SOURCES.md §11',
  },
  {
    ref: {
      id: SOURCE_IDS.geogpsRivers,
      short: 'GEO GPS PERÚ (rivers)',
      es: {
        short: 'GEO GPS PERÚ (ríos)',
        title:
          'Ríos de los departamentos de Apurímac y Huancavelica: río Apurímac, río Mantaro, río Pampas',
        licence: 'desconocida (no declarada)',
        vintage:
          'metadatos del shapefile de Apurímac creados el 2020-10-25; archivo de Huancavelica en el commit de R_mapas del 2022-02-09',
      },
      title:
        'Rivers of the Apurímac and Huancavelica departments: Río Apurímac, Río Mantaro, Río Pampas',
      publisher:
        'GEO GPS PERÚ (Suyo Pomalía Juan Pablo), via jorgehmartinez/mapa_vraem and Dante-Guerrero/R_mapas',
      licence: 'unknown (none stated)',
      vintage:
        'Apurímac shapefile metadata created 2020-10-25; Huancavelica file in R_mapas commit of 2022-02-09',
      url: 'https://www.geogpsperu.com/p/descargas.html',
    },
    rawFiles: ['rivers/geogpsperu-vraem-rivers.geojson'],
    where:
      'GitHub jorgehmartinez/mapa_vraem RIOS/RIOS_APURIMAC_geogpsperu_SuyoPomalia_931381206.zip (commit e1ec4db) and Dante-Guerrero/R_mapas data/mapas/rios/huancavelica.RData (commit 8ee93fa)',
    documentedIn: 'GEO-SOURCES.md §3 and §9.2',
  },
  {
    ref: {
      id: SOURCE_IDS.naturalEarthRivers,
      short: 'Natural Earth 1:10m (rivers)',
      es: {
        short: 'Natural Earth 1:10m (ríos)',
        title: 'Natural Earth 1:10m, ríos y ejes de lagos (ne_10m_rivers_lake_centerlines)',
        licence: 'dominio público (Natural Earth); CC0 1.0 (repositorio)',
        vintage: 'archivo fechado el 2017-11-09; copia del repositorio del 2024-01-24',
      },
      title: 'Natural Earth 1:10m rivers and lake centerlines (ne_10m_rivers_lake_centerlines)',
      publisher: 'Natural Earth, GeoJSON conversion by martynafford/natural-earth-geojson',
      licence: 'public domain (Natural Earth); CC0 1.0 (repository)',
      vintage: 'file dated 2017-11-09; repository snapshot of 2024-01-24',
      url: 'https://github.com/martynafford/natural-earth-geojson',
    },
    rawFiles: ['rivers/naturalearth-vraem-rivers.geojson'],
    where:
      'GitHub martynafford/natural-earth-geojson, 10m/physical/ne_10m_rivers_lake_centerlines.7z, commit 0b9a6ce (2024-01-24)',
    documentedIn: 'GEO-SOURCES.md §9.1',
  },
  {
    ref: {
      id: SOURCE_IDS.wdbiiRivers,
      short: 'GSHHG 2.3.7 (WDBII rivers)',
      es: {
        short: 'GSHHG 2.3.7 (ríos WDBII)',
        title:
          'Líneas de ríos WDBII (CIA World Data Bank II) en GSHHG 2.3.7, recorte de la caja del VRAEM (sin nombres)',
        licence:
          'GNU LGPL v3 o posterior (GSHHG); WDBII es de dominio público (gobierno de EE. UU.)',
        vintage: 'GSHHG 2.3.7 (paquete Debian gmt-gshhg-full 2.3.7-6); WDBII de los años 1970–80',
      },
      title:
        'WDBII river lines (CIA World Data Bank II) in GSHHG 2.3.7, clipped to the VRAEM box (no names)',
      publisher: 'P. Wessel & W. H. F. Smith, SOEST/University of Hawai‘i (GSHHG); CIA (WDBII)',
      licence: 'GNU LGPL v3 or later (GSHHG); WDBII is a US-government public-domain product',
      vintage: 'GSHHG 2.3.7 (Debian package gmt-gshhg-full 2.3.7-6); WDBII of the 1970s–80s',
      url: 'http://www.soest.hawaii.edu/pwessel/gshhg/',
    },
    rawFiles: ['rivers/wdbii/wdbii_rivers_vraem_box.geojson'],
    where:
      'Debian bookworm gmt-gshhg-full 2.3.7-6, binned_river_f.nc, dumped with gmt coast -R-76.5/-72/-14.5/-10.5 -Ia -M -Df (shared/data-raw/rivers/wdbii/extract_rivers.sh, to_geojson.R)',
    documentedIn: 'rivers/wdbii/PROVENANCE.md',
  },
];

export function sourceRefs(): SourceRef[] {
  return SOURCES.map((s) => s.ref);
}
