/** Spanish (Peru): the app's first language. Every key here must exist in en.ts and be used. */
export const es = {
  'app.title': 'Atlas VRAEM',
  'app.subtitle': 'Coca, pobreza, seguridad y jurisdicción en los distritos del VRAEM',
  'app.loading': 'Cargando datos del atlas…',
  'app.languageSwitch': 'English',
  'app.languageSwitchLabel': 'Cambiar el idioma a inglés',
  'error.title': 'No se pudo abrir el atlas',
  'error.dataFile': 'El archivo de datos «{file}» no se pudo usar: {reason}',
  'error.retry': 'Reintentar',
  'error.webgl':
    'Este navegador no puede dibujar el mapa (WebGL no está disponible). Los datos del panel siguen disponibles.',
  'map.label': 'Mapa de los distritos del VRAEM y su entorno',
  'map.hint': 'Pase el cursor sobre un distrito para ver su nombre; haga clic para abrir su ficha.',
  'legend.title': 'Leyenda',
  'legend.vraem': 'Distrito del VRAEM ({count})',
  'legend.context': 'Otro distrito de los 5 departamentos',
  'legend.province': 'Límite provincial',
  'legend.department': 'Límite departamental',
  'legend.vraemOutline': 'Contorno del VRAEM',
  'legend.river': 'Río (cobertura parcial)',
  'list.title': 'Distritos del VRAEM',
  'list.search': 'Buscar distrito, provincia o ubigeo',
  'list.count': '{shown} de {total} distritos',
  'tooltip.vraem': 'Distrito del VRAEM',
  'tooltip.notVraem': 'Fuera del ámbito VRAEM',
  'panel.close': 'Cerrar',
  'panel.ubigeo': 'Ubigeo',
  'panel.province': 'Provincia',
  'panel.department': 'Departamento',
  'panel.area': 'Superficie',
  'panel.population2017': 'Población (censo 2017)',
  'panel.populationMissing': 'Sin dato: el distrito no existía en el censo 2017',
  'panel.vraemStatus': 'Ámbito VRAEM',
  'panel.vraemYes':
    'Sí: uno de los 79 distritos actuales según el visor GEO PERÚ (PCM): los 69 del DS 112-2017-PCM y 10 creados después',
  'panel.vraemNo': 'No',
  'panel.vraemSplitUnknown':
    'La división entre «intervención directa» e «influencia» no está publicada en nuestras fuentes.',
  'panel.lineageTitle': 'Origen del distrito',
  'panel.createdAfter2017':
    'Creado después de 2017; su territorio formaba parte de {parent} ({share} de su superficie en los límites de 2007).',
  'panel.createdAfter2007':
    'Creado después de 2007; su territorio formaba parte de {parent} ({share} de su superficie en los límites de 2007).',
  'panel.statedParent': 'Según {source}: creado a partir de {parent}.',
  'panel.law': 'Norma: {law}',
  'panel.lineageMethod':
    'Cálculo: superposición con los límites INEI 2007 (mayor área compartida).',
  'panel.sources': 'Fuentes',
  'panel.hint': 'Esc cierra la ficha.',
  'units.km2': '{value} km²',
  'sources.footer':
    'Límites: INEI 2023 vía mapsPERU (GPL-3) · Ámbito: visor GEO PERÚ (PCM) · Ríos: GEO GPS PERÚ, Natural Earth',
  'sources.link': 'Fuentes y licencias',
} as const;

export type MessageKey = keyof typeof es;
