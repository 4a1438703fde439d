/**
 * Points on the map: the curated security incidents, the UCDP GED events and the keys of the point
 * layers (issues 20, 24).
 * Spanish first; `en` must have exactly the keys of `es` (its type says so).
 */
export const es = {
  'incident.deaths': '{count} muerto|{count} muertos',
  'incident.deathsUnknown': 'Muertos: no informado',
  'incident.textInEnglish':
    'Lugar, actores, autoría y notas: texto de la fuente, en inglés (tal como se transcribió; sin traducir).',
  'incident.deathsLabel': 'Muertos',
  'incident.injured': 'Heridos',
  'incident.actors': 'Actores',
  'incident.perpetrator': 'Autoría atribuida',
  'incident.place': 'Lugar (como se publicó)',
  'incident.approximate': 'Ubicación aproximada: el punto marca el distrito, no el lugar exacto.',
  'incident.clickForSources': 'Clic para ver {count} fuente|Clic para ver {count} fuentes',
  'incident.unmapped': 'Incidentes sin distrito en la fuente (no se ubican en el mapa): {list}',
  'incident.aggregatesTitle': 'Cifras agregadas publicadas ({count})',
  'incident.aggregatesNote':
    'Totales tal como los publicaron sus fuentes (etiquetas de la transcripción, en inglés). La cifra de «384 bajas, 137 muertos (2005–2014)» citada por Vera Delzo (2018) no se halló en una fuente primaria y no se muestra.',
  // UCDP GED events (issue 20) and the keys of the point layers (issue 24).
  'ucdp.toggle': 'Eventos de conflicto georreferenciados (UCDP GED 21.1, copia incompleta)',
  'ucdp.modeLabel': 'Años que se muestran',
  'ucdp.modeYear': 'Solo el año',
  'ucdp.modeUpTo': 'Todos los años hasta el año',
  'ucdp.yearFollowsIndicator': 'Año del indicador del mapa: {year}',
  'ucdp.statusYear': '{year}: {count} evento en esta copia|{year}: {count} eventos en esta copia',
  'ucdp.statusUpTo':
    '{first}–{last}: {count} evento en esta copia|{first}–{last}: {count} eventos en esta copia',
  'ucdp.inVraem': '{count} en el VRAEM',
  'ucdp.noRows': '{year}: sin filas en esta copia (no significa 0 eventos)',
  'ucdp.noRowsShort': 'sin filas en esta copia',
  'ucdp.outside': 'Fuera del periodo de UCDP GED 21.1 ({first}–{last})',
  'ucdp.outsideShort': 'fuera del periodo',
  'ucdp.gapsInRange': 'Sin filas en esta copia para {list}.',
  'ucdp.legendTitle': 'Eventos UCDP GED 21.1 (copia incompleta)',
  'ucdp.kind.stateBased': 'Violencia estatal (Estado contra un grupo armado)',
  'ucdp.kind.nonState': 'Violencia no estatal (entre grupos armados)',
  'ucdp.kind.oneSided': 'Violencia unilateral (contra civiles)',
  'ucdp.sizeTitle': 'Tamaño: muertos (mejor estimación de UCDP)',
  'ucdp.caveat':
    'Copia incompleta: solo eventos con ubicación precisa (exacta o a menos de ~25 km) y sin datos faltantes; sin filas para {gaps}; la última fila es de {last}. Los recuentos son un mínimo: no se calcula ninguna tendencia ni tasa con ellos.',
  'ucdp.deaths': 'Muertos: {best} (mejor estimación; rango {low}–{high})',
  'ucdp.unordered': 'Las estimaciones de UCDP no están en orden; se muestran como se publicaron.',
  'ucdp.sides': 'Partes: {a} · {b}',
  'ucdp.location':
    'Ubicación según UCDP: exacta o a menos de ~25 km; el distrito puede ser el vecino.',
  'ucdp.panelTitle': 'Eventos UCDP GED (copia incompleta)',
  'ucdp.panelTotal': 'Total en esta copia, {first}–{last}: {count}',
  'ucdp.tableHeader': 'Eventos UCDP GED, {period} (copia incompleta)',
  'points.colour': 'Color: {what}',
  'points.size': 'Tamaño: muertos',
  'points.sizeZero': '0 o sin dato',
  'points.type': 'tipo de hecho',
  'points.violence': 'tipo de violencia (UCDP)',
  'incident.legendTitle': 'Incidentes graves seleccionados ({count})',
  'incident.legendSource':
    'Fuente: notas de prensa transcritas (enlaces en cada incidente; clic en el punto).',
  'incident.legendCaveat':
    'Muestra de hechos muy reportados, no un registro completo: no se calculan tasas ni tendencias. El punto marca el distrito, no el lugar exacto; tamaño: total de muertos publicado.',
  'incident.category.attack': 'Emboscada o ataque',
  'incident.category.aircraft': 'Aeronave atacada o derribada',
  'incident.category.kidnapping': 'Secuestro',
  'incident.category.massacre': 'Masacre',
  'incident.category.operation': 'Operativo o enfrentamiento',
  'incident.category.other': 'Otro',
} as const;
