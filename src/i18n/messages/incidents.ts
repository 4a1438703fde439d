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

export const en: Record<keyof typeof es, string> = {
  'incident.deaths': '{count} dead',
  'incident.deathsUnknown': 'Dead: not reported',
  'incident.textInEnglish':
    "Place, actors, perpetrator and notes: the source's text, in English (as transcribed; not translated).",
  'incident.deathsLabel': 'Dead',
  'incident.injured': 'Injured',
  'incident.actors': 'Actors',
  'incident.perpetrator': 'Attributed to',
  'incident.place': 'Place (as published)',
  'incident.approximate':
    'Location approximate: the point marks the district, not the exact place.',
  'incident.clickForSources': 'Click for {count} source|Click for {count} sources',
  'incident.unmapped': 'Incidents without a district in the source (not on the map): {list}',
  'incident.aggregatesTitle': 'Published aggregate figures ({count})',
  'incident.aggregatesNote':
    'Totals as their sources published them (labels from the transcription). The “384 casualties, 137 deaths (2005–2014)” cited by Vera Delzo (2018) was not found in a primary source and is not shown.',
  // UCDP GED events (issue 20) and the keys of the point layers (issue 24).
  'ucdp.toggle': 'Geolocated conflict events (UCDP GED 21.1, incomplete copy)',
  'ucdp.modeLabel': 'Years shown',
  'ucdp.modeYear': 'That year only',
  'ucdp.modeUpTo': 'All years up to that year',
  'ucdp.yearFollowsIndicator': 'Year of the map’s indicator: {year}',
  'ucdp.statusYear': '{year}: {count} event in this copy|{year}: {count} events in this copy',
  'ucdp.statusUpTo':
    '{first}–{last}: {count} event in this copy|{first}–{last}: {count} events in this copy',
  'ucdp.inVraem': '{count} in the VRAEM',
  'ucdp.noRows': '{year}: no rows in this copy (not 0 events)',
  'ucdp.noRowsShort': 'no rows in this copy',
  'ucdp.outside': 'Outside the period of UCDP GED 21.1 ({first}–{last})',
  'ucdp.outsideShort': 'outside the period',
  'ucdp.gapsInRange': 'No rows in this copy for {list}.',
  'ucdp.legendTitle': 'UCDP GED 21.1 events (incomplete copy)',
  'ucdp.kind.stateBased': 'State-based violence (state vs an armed group)',
  'ucdp.kind.nonState': 'Non-state violence (between armed groups)',
  'ucdp.kind.oneSided': 'One-sided violence (against civilians)',
  'ucdp.sizeTitle': 'Size: deaths (UCDP best estimate)',
  'ucdp.caveat':
    'Incomplete copy: only events with a precise location (exact, or within ~25 km) and no missing value; no rows for {gaps}; the last row is from {last}. Counts are a lower bound: no trend or rate is computed from them.',
  'ucdp.deaths': 'Deaths: {best} (best estimate; range {low}–{high})',
  'ucdp.unordered': 'UCDP’s estimates are not in order; shown as published.',
  'ucdp.sides': 'Sides: {a} · {b}',
  'ucdp.location':
    'Location as given by UCDP: exact, or within ~25 km; the district may be the neighbour.',
  'ucdp.panelTitle': 'UCDP GED events (incomplete copy)',
  'ucdp.panelTotal': 'Total in this copy, {first}–{last}: {count}',
  'ucdp.tableHeader': 'UCDP GED events, {period} (incomplete copy)',
  'points.colour': 'Colour: {what}',
  'points.size': 'Size: deaths',
  'points.sizeZero': '0 or not reported',
  'points.type': 'type of event',
  'points.violence': 'type of violence (UCDP)',
  'incident.legendTitle': 'Selected major incidents ({count})',
  'incident.legendSource':
    'Source: transcribed news reports (links on each incident; click a point).',
  'incident.legendCaveat':
    'A sample of well-reported events, not a complete record: no rate or trend is computed. The point marks the district, not the exact place; size: total deaths as published.',
  'incident.category.attack': 'Ambush or attack',
  'incident.category.aircraft': 'Aircraft attacked or downed',
  'incident.category.kidnapping': 'Kidnapping',
  'incident.category.massacre': 'Massacre',
  'incident.category.operation': 'Operation or clash',
  'incident.category.other': 'Other',
};
