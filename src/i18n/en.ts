import type { MessageKey } from './es';

/** English: the second language. Same keys as es.ts (a test fails on a missing or extra key). */
export const en: Record<MessageKey, string> = {
  'app.title': 'Atlas VRAEM',
  'app.subtitle': 'Coca, poverty, security and jurisdiction in the VRAEM districts',
  'app.loading': 'Loading atlas data…',
  'app.languageSwitch': 'Español',
  'app.languageSwitchLabel': 'Switch language to Spanish',
  'error.title': 'The atlas could not be opened',
  'error.dataFile': 'The data file “{file}” could not be used: {reason}',
  'error.retry': 'Try again',
  'error.webgl':
    'This browser cannot draw the map (WebGL is unavailable). The panel data is still available.',
  'map.label': 'Map of the VRAEM districts and their surroundings',
  'map.hint': 'Hover over a district to see its name; click to open its profile.',
  'legend.title': 'Legend',
  'legend.vraem': 'VRAEM district ({count})',
  'legend.context': 'Other district of the 5 departments',
  'legend.province': 'Province boundary',
  'legend.department': 'Department boundary',
  'legend.vraemOutline': 'VRAEM outline',
  'legend.river': 'River (partial coverage)',
  'list.title': 'VRAEM districts',
  'list.search': 'Search district, province or ubigeo',
  'list.count': '{shown} of {total} districts',
  'tooltip.vraem': 'VRAEM district',
  'tooltip.notVraem': 'Outside the VRAEM area',
  'panel.close': 'Close',
  'panel.ubigeo': 'Ubigeo',
  'panel.province': 'Province',
  'panel.department': 'Department',
  'panel.area': 'Area',
  'panel.population2017': 'Population (2017 census)',
  'panel.populationMissing': 'No data: the district did not exist at the 2017 census',
  'panel.vraemStatus': 'VRAEM area',
  'panel.vraemYes':
    'Yes: one of the 79 current districts per the GEO PERÚ viewer (PCM): the 69 of DS 112-2017-PCM and 10 created since',
  'panel.vraemNo': 'No',
  'panel.vraemSplitUnknown':
    'The split into “direct intervention” and “influence” districts is not published in our sources.',
  'panel.lineageTitle': 'Origin of the district',
  'panel.createdAfter2017':
    'Created after 2017; its territory was part of {parent} ({share} of its area on the 2007 limits).',
  'panel.createdAfter2007':
    'Created after 2007; its territory was part of {parent} ({share} of its area on the 2007 limits).',
  'panel.statedParent': 'According to {source}: carved out of {parent}.',
  'panel.law': 'Law: {law}',
  'panel.lineageMethod': 'Method: overlay with the INEI 2007 limits (largest shared area).',
  'panel.sources': 'Sources',
  'panel.hint': 'Esc closes the profile.',
  'units.km2': '{value} km²',
  'sources.footer':
    'Boundaries: INEI 2023 via mapsPERU (GPL-3) · Area: GEO PERÚ viewer (PCM) · Rivers: GEO GPS PERÚ, Natural Earth',
  'sources.link': 'Sources and licences',
};
