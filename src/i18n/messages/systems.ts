/**
 * Key figures, bivariate map, scatter and overlap (issue 21).
 * Spanish first; `en` must have exactly the keys of `es` (its type says so).
 */
export const es = {
  'keyFigures.title': 'Cifras clave del VRAEM (último año con dato)',
  'keyFigures.source': 'Fuente',
  'keyFigures.openChart': 'Abrir la capa y su gráfico',
  'keyFigures.openLayer': 'Abrir en el mapa',
  'keyFigures.coca': 'Coca en la zona VRAEM',
  'keyFigures.cocaShare': '{share} del total del Perú',
  'keyFigures.poverty': 'Pobreza monetaria (ponderada)',
  'keyFigures.povertyInterval': 'intervalo {low}–{high} %',
  'keyFigures.povertyNote':
    'Promedio ponderado por la población de 2017 de {count} distritos; el intervalo es el promedio ponderado de sus intervalos al 95 % (más ancho que el del promedio)',
  'keyFigures.population': 'Población',
  'keyFigures.populationDetail': 'suma de {count} distrito|suma de {count} distritos',
  'keyFigures.decrees': 'Decretos de emergencia en vigor',
  'keyFigures.decreesDetail':
    '{count} distrito del VRAEM bajo ellos|{count} distritos del VRAEM bajo ellos',
  'keyFigures.events': 'Incidentes graves registrados',
  'keyFigures.eventsUcdp': '+ {count} eventos UCDP en el VRAEM (copia incompleta, hasta {year})',
  'systems.noun.coca': 'coca',
  'systems.noun.poverty': 'pobreza',
  'systems.noun.extremePoverty': 'pobreza extrema',
  'systems.noun.hdi': 'IDH',
  'systems.noun.nbi': 'NBI',
  'systems.noun.population': 'población',
  'systems.noun.budget': 'presupuesto',
  'systems.level.f.low': 'baja',
  'systems.level.f.mid': 'media',
  'systems.level.f.high': 'alta',
  'systems.level.m.low': 'bajo',
  'systems.level.m.mid': 'medio',
  'systems.level.m.high': 'alto',
  'systems.cellPart': '{noun} {level}',
  'systems.missingCell': '{kind} ({which})',
  'systems.bivariateTitle': '{x} × {y} · {year}',
  'systems.more': 'más {noun}',
  'systems.gridCaption':
    'Distritos por celda: columnas de menos a más en el eje horizontal, filas de más a menos en el vertical',
  'systems.missingRule':
    'Cada indicador con su propia tolerancia de años; un distrito sin uno de los dos valores lleva el patrón de ese vacío, nunca una celda.',
  'systems.terciles': 'Terciles',
  'systems.xAxis': 'Eje horizontal (→)',
  'systems.yAxis': 'Eje vertical (↑)',
  'systems.conditions': 'Condiciones',
  'systems.date': 'Fecha',
  'systems.threshold': 'Umbral de «{condition}»',
  'systems.k': 'Listar distritos que cumplen',
  'systems.kOf': 'al menos {k} de {n}',
  'systems.condition.coca': 'Coca > {n} ha',
  'systems.condition.poverty': 'Pobreza > {n} %',
  'systems.condition.events': 'Incidente o evento UCDP en los últimos {n} años',
  'systems.condition.emergency': 'Bajo estado de emergencia',
  'systems.condition.authorities': '{n} o más autoridades',
  'systems.rule.coca':
    'Coca: más de {n} ha en el año de la fecha (compilación secundaria DEVIDA/UNODC: 31 distritos, 2012–2020, año exacto).',
  'systems.rule.poverty':
    'Pobreza monetaria total: más de {n} % (INEI 2018 o panel 2007–2013; el último dato hasta 5 años antes de la fecha).',
  'systems.rule.events':
    'Al menos un incidente grave curado o un evento UCDP GED en el distrito en los {n} años hasta la fecha. Sin evento es «no cumple» solo si la copia de UCDP tiene filas en todos esos años.',
  'systems.rule.emergency':
    'Bajo un decreto de estado de emergencia en vigor en la fecha (decretos de nuestras fuentes). Si ningún decreto conocido está en vigor ese día, o uno tiene lista parcial: sin dato.',
  'systems.rule.authorities':
    '{n} o más autoridades con competencia, con las reglas de la capa Autoridades (las Fuerzas Armadas cuentan solo con un decreto conocido).',
  'systems.status.met': 'cumple',
  'systems.status.notMet': 'no cumple',
  'systems.status.unknown': 'sin dato',
  'systems.col.name': 'distrito',
  'systems.col.province': 'provincia',
  'systems.col.department': 'departamento',
  'systems.col.met': 'condiciones cumplidas',
  'systems.col.unknown': 'condiciones sin dato',
  'systems.col.reachesK': 'alcanza el mínimo',
  'systems.yes': 'sí',
  'systems.no': 'no',
  'systems.overlapTitle': 'Dónde coinciden · {date}',
  'systems.noConditions': 'Marque al menos una condición.',
  'systems.unknownRule':
    'Un dato que falta es «sin dato» para esa condición, nunca «no cumple», y no se cuenta como cumplida.',
  'systems.metCount': '{count} de {n} condiciones',
  'systems.ranked':
    'Distritos que cumplen al menos {k} de {n}: {count}|Distritos que cumplen al menos {k} de {n}: {count}',
  'systems.metOf': 'cumple {met} de {n}',
  'systems.unknownCount': '{count} sin dato|{count} sin dato',
  'systems.rules': 'Reglas de cada condición (fuente y año)',
  'scatter.toggle': 'Dispersión de distritos',
  'scatter.title': '{y} según {x} · {year}',
  'scatter.sizeNote':
    'Área del punto: población 2017. Distritos del VRAEM en color fuerte, los demás tenues.',
  'scatter.logX': 'Escala logarítmica en el eje horizontal',
  'scatter.logY': 'Escala logarítmica en el eje vertical',
  'scatter.log': 'log; el 0 en su propia franja',
  'scatter.brushHint':
    'Arrastre un rectángulo para seleccionar distritos: pasan a la tabla, la comparación y los gráficos.',
  'scatter.truncated':
    'El rectángulo cubre {count} distritos; se seleccionan {max} (primero los del VRAEM y los más poblados).',
  'scatter.missing':
    'Sin uno de los dos valores: {count} distrito ({vraem} del VRAEM), no dibujados|Sin uno de los dos valores: {count} distritos ({vraem} del VRAEM), no dibujados',
  'systems.exportCsv': 'Exportar CSV',
  'systems.exportGeoJson': 'Exportar GeoJSON',
} as const;
