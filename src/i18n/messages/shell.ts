/**
 * The frame of the atlas: title, errors, offline use, panel boundaries, the map's own controls,
 * text size, scope and the sources footer.
 * Spanish first; `en` must have exactly the keys of `es` (its type says so).
 */
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
    'Mapa simplificado: este navegador no ofrece WebGL, así que se dibujan solo los distritos (sin puntos de eventos). La tabla y los gráficos funcionan igual.',
  // Offline use and contained panel errors (issue 9).
  'offline.saving': 'Guardando el atlas para usarlo sin conexión…',
  'offline.ready': 'Disponible sin conexión',
  'offline.readyDetail':
    'El atlas y todos sus datos están guardados en este navegador: se abre aunque no haya red.',
  'offline.update': 'Nueva versión disponible — recargar',
  'boundary.message':
    'No se pudo mostrar «{panel}» por un error. El resto del atlas sigue funcionando.',
  'boundary.retry': 'Reintentar',
  'boundary.map': 'Mapa',
  'boundary.charts': 'Gráficos',
  'boundary.table': 'Tabla',
  'boundary.compare': 'Comparación',
  'boundary.district': 'Ficha del distrito',
  'boundary.workspace': 'Área de trabajo',
  'sidebar.toggle': 'Capas, filtros y lista de distritos',
  'maplibre.zoomIn': 'Acercar',
  'maplibre.zoomOut': 'Alejar',
  'maplibre.mapTitle': 'Mapa interactivo',
  'map.label': 'Mapa de los distritos del VRAEM y su entorno',
  'map.hint': 'Pase el cursor sobre un distrito para ver su nombre; haga clic para abrir su ficha.',
  'source.inEnglish': 'referencia transcrita en inglés por la recopilación de datos',
  'source.withYears': '{short} (datos de {years})',
  'source.full': 'Referencias completas',
  'map.keyboardHint':
    'Con el mapa enfocado, las flechas recorren los distritos del VRAEM en orden alfabético y Enter abre la ficha.',
  'map.rank': 'Puesto {rank} de {of} distritos del VRAEM con dato.',
  'app.copyLink': 'Copiar enlace',
  'app.linkCopied': 'Enlace copiado: reabre esta vista',
  'app.linkNotCopied': 'No se pudo copiar; copie la dirección del navegador',
  'tooltip.vraem': 'Distrito del VRAEM',
  'tooltip.notVraem': 'Fuera del ámbito VRAEM',
  'units.km2': '{value} km²',
  'sources.footer':
    'Límites: INEI 2023 vía mapsPERU (GPL-3) · Ámbito: visor GEO PERÚ (PCM) · Ríos: WDBII/GSHHG (LGPL-3), nombres de GEO GPS PERÚ y Natural Earth · Lugares: capitales INEI/CEPLAN, GeoNames (CC BY 4.0)',
  'sources.link': 'Fuentes y licencias',
  'view.largeText': 'Texto grande',
  // National scope (?scope=peru)
  'scope.label': 'Ámbito',
  'scope.vraem': 'VRAEM',
  'scope.peru': 'Todo el Perú',
  'scope.note': 'Ámbito nacional: {count} distritos del Perú, con el VRAEM resaltado.',
  'scope.noteMore':
    'Coca por distrito, presupuesto municipal, zona DEVIDA, decretos de emergencia, incidentes, pobreza 2007–2013 y leyes de creación de distritos solo existen para el VRAEM o sus cinco departamentos: en el resto del país figuran como fuera de cobertura o sin dato de nuestras fuentes.',
} as const;
