/** English of ../shell.ts: loaded when the atlas switches to English (not before the first frame). */
import type { es } from '../shell';

export const en: Record<keyof typeof es, string> = {
  'app.title': 'Atlas VRAEM',
  'app.subtitle': 'Coca, poverty, security and jurisdiction in the VRAEM districts',
  'app.loading': 'Loading atlas data…',
  'app.languageSwitch': 'Español',
  'app.languageSwitchLabel': 'Switch language to Spanish',
  'error.title': 'The atlas could not be opened',
  'error.dataFile': 'The data file “{file}” could not be used: {reason}',
  'error.retry': 'Try again',
  'error.webgl':
    'Simplified map: this browser offers no WebGL, so only the districts are drawn (no event points). The table and the charts work as usual.',
  // Offline use and contained panel errors (issue 9).
  'offline.saving': 'Saving the atlas for offline use…',
  'offline.ready': 'Available offline',
  'offline.readyDetail':
    'The atlas and all its data are stored in this browser: it opens even with no network.',
  'offline.update': 'New version available — reload',
  'boundary.message':
    'Could not show “{panel}” because of an error. The rest of the atlas keeps working.',
  'boundary.retry': 'Retry',
  'boundary.map': 'Map',
  'boundary.charts': 'Charts',
  'boundary.table': 'Table',
  'boundary.compare': 'Comparison',
  'boundary.district': 'District profile',
  'boundary.workspace': 'Workspace',
  'sidebar.toggle': 'Layers, filters and district list',
  'maplibre.zoomIn': 'Zoom in',
  'maplibre.zoomOut': 'Zoom out',
  'maplibre.mapTitle': 'Interactive map',
  'map.label': 'Map of the VRAEM districts and their surroundings',
  'map.hint': 'Hover over a district to see its name; click to open its profile.',
  'source.inEnglish': 'reference transcribed in English by the data gathering',
  'source.withYears': '{short} ({years} data)',
  'source.full': 'Full references',
  'map.keyboardHint':
    'With the map focused, the arrow keys walk the VRAEM districts in alphabetical order and Enter opens the profile.',
  'map.rank': 'Rank {rank} of {of} VRAEM districts with data.',
  'app.copyLink': 'Copy link',
  'app.linkCopied': 'Link copied: it reopens this view',
  'app.linkNotCopied': 'Could not copy; copy the browser’s address',
  'tooltip.vraem': 'VRAEM district',
  'tooltip.notVraem': 'Outside the VRAEM area',
  'units.km2': '{value} km²',
  'sources.footer':
    'Boundaries: INEI 2023 via mapsPERU (GPL-3) · Area: GEO PERÚ viewer (PCM) · Rivers: WDBII/GSHHG (LGPL-3), names from GEO GPS PERÚ and Natural Earth · Places: INEI/CEPLAN capitals, GeoNames (CC BY 4.0)',
  'sources.link': 'Sources and licences',
  'view.largeText': 'Large text',
  // National scope (?scope=peru)
  'scope.label': 'Scope',
  'scope.vraem': 'VRAEM',
  'scope.peru': 'All of Peru',
  'scope.note': 'National scope: {count} districts of Peru, with the VRAEM highlighted.',
  'scope.noteMore':
    'Coca by district, municipal budget, the DEVIDA zone, emergency decrees, incidents, poverty 2007–2013 and district creation laws exist only for the VRAEM or its five departments: elsewhere they show as outside coverage or not in our sources.',
};
