/**
 * A district and its neighbours in time: the district panel, the coca context, the charts and the
 * comparison.
 * Spanish first; `en` must have exactly the keys of `es` (its type says so).
 */
export const es = {
  'panel.indicatorsIn': 'Indicadores en {year}',
  'panel.source': 'Fuente',
  'panel.loadingIndicators': 'Cargando indicadores…',
  'coca.contextTitle': 'Coca en {year}: zona y país',
  'coca.zone': 'Zona VRAEM: {value} ha',
  'coca.notes': 'Notas y fuente',
  'coca.zoneMissing': 'Zona VRAEM: sin dato publicado para ese año',
  'coca.peru': 'Perú: {value} ha',
  'coca.peruMissing': 'Perú: sin dato publicado para ese año',
  'coca.share': 'La zona VRAEM es el {share} del total nacional (calculado con ambas cifras).',
  'coca.publishedPct': 'Porcentaje publicado por la fuente: {pct}',
  'coca.citedShare':
    'Participación en el total nacional: {pct} (citado por Vera Delzo 2018, de UNODC 2016: {value} / {denominator} ha). Nuestras series no tienen el total nacional de {year}, así que el atlas no la calcula.',
  'coca.printedPct':
    'La fuente imprime «{pct}» junto a esta cifra, en un comunicado sobre el informe de otro año: no se muestra como participación de {year}.',
  'chart.title': 'Tendencias',
  'chart.open': 'Gráficos',
  'chart.selectedVsVraem': 'distritos seleccionados y el agregado VRAEM',
  'chart.aggregateRule':
    'Agregado VRAEM: {rule} de los {count} distritos del VRAEM que cubre la fuente.',
  'chart.ruleSum': 'suma',
  'chart.ruleWeighted': 'promedio ponderado por población (censo 2017)',
  'chart.vraemAggregate': 'Agregado VRAEM',
  'chart.selectHint': 'Añada distritos desde su ficha o la lista (hasta 8) para ver sus líneas.',
  'chart.zoneVsPeru': 'Coca: zona VRAEM y Perú (ha) y participación de la zona (%)',
  'chart.zone': 'Zona VRAEM (ha)',
  'chart.peru': 'Perú (ha)',
  'chart.share': 'Zona VRAEM / Perú (%)',
  'chart.unitHa':
    'Hectáreas; la participación se calcula solo donde existen ambas cifras. Los huecos son años sin cifra publicada.',
  'chart.transcribed': 'cifras transcritas; cada una con su fuente en data/SOURCES.md',
  'chart.timeline': 'Línea de tiempo',
  'chart.decrees': 'Decretos de emergencia',
  'chart.incidents': 'Incidentes graves',
  'chart.decreeHint': 'Mostrar en el mapa los distritos de este decreto',
  'chart.districtCount': '{count} distrito|{count} distritos',
  'chart.milestonesNote':
    'Los hitos institucionales del artículo de Vera Delzo (2018) no se muestran: aún no hay un archivo fuente de hitos en los datos.',
  'chart.exportSvg': 'SVG',
  'chart.exportPng': 'PNG 2×',
  'chart.exportCsv': 'CSV',
  'chart.add': 'Añadir al gráfico',
  'chart.remove': 'Quitar del gráfico',
  'chart.full': 'El gráfico ya tiene 8 distritos',
  'chart.sparkline': '{indicator} en el tiempo',
  'chart.copyCsv': 'Copiar CSV',
  'chart.copied': 'Copiado',
  'chart.dataYears': 'Datos: {from}–{to}',
  'compare.open': 'Comparar',
  'compare.title': 'Comparación de distritos en {year}',
  'compare.empty':
    'Elija al menos 2 distritos (hasta 6): abra un distrito y pulse «Añadir al gráfico», o marque filas en la tabla.',
  'compare.note':
    'Cada valor dice su año; el puesto es entre los 79 distritos del VRAEM con dato (1.º = el valor más alto).',
  'compare.leftOut':
    'Se muestran los 6 primeros; {count} más está en el gráfico.|Se muestran los 6 primeros; {count} más están en el gráfico.',
  'compare.indicator': 'Indicador',
  'compare.rank': 'puesto {rank} de {of}',
  'compare.remove': 'Quitar {name} de la comparación',
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
    'Creado después de 2017; su territorio formaba parte de {parent} (parte de su superficie en los límites de 2007).',
  'panel.createdAfter2007':
    'Creado después de 2007; su territorio formaba parte de {parent} (parte de su superficie en los límites de 2007).',
  'panel.statedParent': 'Según {source}: creado a partir de {parent}.',
  'panel.law': 'Norma: {law}',
  'panel.lineageMethod':
    'Cálculo: superposición con los límites INEI 2007; se nombra todo distrito de 2007 con al menos 15% de la superficie.',
  'panel.and': ' y ',
  'panel.carvedAfter2017':
    'Después de 2017 perdió territorio a favor de: {names}. Sus cifras de 2022 están en los límites actuales; las anteriores, en los de 2017.',
  'panel.sources': 'Fuentes',
  'panel.hint': 'Esc cierra la ficha.',
} as const;
