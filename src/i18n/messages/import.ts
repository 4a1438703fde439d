/**
 * Bring your own data (src/ui/import/): every key of the import dialog, layer, column mapper and
 * report.
 * Spanish first; `en` must have exactly the keys of `es` (its type says so).
 */
export const es = {
  'import.open': 'Importar datos',
  'import.title': 'Importar sus datos',
  'import.privacy':
    'El archivo se lee solo en este navegador: nada sale de su equipo ni se envía a ningún servidor.',
  'import.session':
    'Lo importado vive en esta pestaña mientras esté abierta: no va en el enlace y se pierde al recargar.',
  'import.kind': 'Tipo de archivo',
  'import.kindIndicator':
    'Indicador distrital (CSV con ubigeo y valores por año; las columnas se pueden elegir tras leerlo)',
  'import.kindUcdp': 'Eventos UCDP GED (CSV del UCDP, CC BY 4.0)',
  'import.kindAcled': 'Eventos ACLED (CSV exportado de ACLED)',
  'import.drop': 'Arrastre aquí un archivo CSV (separado por ; , o tabulador; UTF-8 o Latin-1)',
  'import.choose': 'Elegir archivo',
  'import.progress': 'Leyendo {file}',
  'import.cancel': 'Cancelar',
  'import.cancelled': 'Importación cancelada: no se cargó nada.',
  'import.failed': 'No se pudo leer el archivo: {reason}',
  'import.refused': 'No se importó {file}.',
  'import.summaryIndicator':
    '{file}: {good} de {read} filas válidas, {districts} distritos, años {years}.',
  'import.summaryEvents':
    '{file}: {kept} eventos dentro de los cinco departamentos; {outside} fuera de ellos (no se muestran).',
  'import.readAs': 'Leído como {encoding}, separador «{separator}».',
  'import.separatorTab': 'tabulador',
  'import.issuesTitle': 'Problemas: {count} (estas filas no se usan)',
  'import.issuesShown': 'Se muestran los primeros {shown} de {count}.',
  'import.issue': 'Fila {row} · {field}: {reason}',
  'import.useIndicator': 'Usar la {count} fila válida|Usar las {count} filas válidas',
  'import.useEvents': 'Mostrar el {count} evento|Mostrar los {count} eventos',
  'import.nothingUsable': 'Ninguna fila se puede usar.',
  'import.close': 'Cerrar',
  'import.layerLabel': '{name} (importado)',
  'import.layerGroup': 'Datos importados (solo en esta sesión)',
  'import.eventsSource': '{file} · {dataset} (importado)',
  'import.remove': 'Quitar {name}',
  'import.noSource': 'sin fuente en el archivo',
  'import.caveat':
    'Importado por usted desde {file}; fuente según el archivo: {source}. El atlas no verificó estos valores.',
  'import.licenceUnknown': 'según el archivo importado',
  'import.field.file': 'archivo',
  'import.field.header': 'encabezado',
  'import.field.row': 'fila',
  'import.field.ubigeo': 'ubigeo',
  'import.field.year': 'año',
  'import.field.value': 'valor',
  'import.field.unit': 'unidad',
  'import.field.id': 'id',
  'import.field.date': 'fecha',
  'import.field.latitude': 'latitud',
  'import.field.longitude': 'longitud',
  'import.field.deaths': 'muertes',
  'import.reason.fileTooLarge':
    'el archivo supera el límite de {detail}; divídalo en partes más pequeñas',
  'import.reason.emptyFile': 'el archivo no tiene filas de datos',
  'import.reason.missingColumn':
    'no se reconoce la columna; elíjala en «Columnas del archivo» (nombres que se reconocen: {detail})',
  'import.reason.emptyRow': 'fila vacía',
  'import.reason.unclosedQuote':
    'comillas sin cerrar (el resto del archivo quedó dentro de un campo)',
  'import.reason.notAUbigeo': '«{value}» no es un ubigeo de 6 cifras',
  'import.reason.unknownUbigeo':
    '«{value}» no es un distrito de Apurímac, Ayacucho, Cusco, Huancavelica o Junín',
  'import.reason.notAYear': '«{value}» no es un año de 4 cifras',
  'import.reason.notANumber': '«{value}» no es un número',
  'import.reason.ambiguousNumber':
    '«{value}» puede leerse como miles o como decimales; escriba 1234 o 1,234',
  'import.reason.duplicate': '{value} se repite; ya está en la fila {detail}',
  'import.reason.missingValue': 'celda vacía',
  'import.reason.notADate': '«{value}» no es una fecha',
  'import.reason.notACoordinate': '«{value}» no es una coordenada válida',
  'import.reason.mixedUnits':
    'unidad «{value}» distinta de la primera («{detail}»); se usa la primera',
  'mapper.title': 'Columnas del archivo',
  'mapper.note':
    'Así se leyó el archivo: el atlas adivinó qué columna es cada cosa. Compárelo con las primeras filas y corríjalo si hace falta.',
  'mapper.sample': 'Primeras filas del archivo',
  'mapper.column': 'Columna {n}: {name}',
  'mapper.noColumn': '(ninguna columna)',
  'mapper.ubigeo': 'Ubigeo',
  'mapper.layout': 'Forma del archivo',
  'mapper.long': 'Una columna de valores',
  'mapper.wide': 'Una columna por año',
  'mapper.year': 'Año',
  'mapper.fixedYear': 'Año de todos los datos',
  'mapper.value': 'Valor',
  'mapper.yearColumns': 'Columnas de años que se leen',
  'mapper.yearColumn': '{year} (columna «{name}»)',
  'mapper.unit': 'Unidad',
  'mapper.unitText': 'Unidad de todo el archivo',
  'mapper.missing': 'Falta elegir: {fields}.',
  'mapper.apply': 'Leer con estas columnas',
  'import.fieldInColumn': '{field} «{column}»',
  'import.issuesTitleCells': 'Problemas: {count} (no se usa la fila o celda que señalan)',
  'import.wide': 'Una columna por año ({years}): {values} valores en {rows} filas.',
  'import.eventsLegendTitle': 'Eventos importados: {file} ({count})',
  'import.eventsLegendCaveat':
    'Puntos en las coordenadas del archivo; el color sale de palabras clave del tipo de evento; los eventos fuera de los cinco departamentos no se muestran. Tamaño: muertos según el archivo.',
} as const;
