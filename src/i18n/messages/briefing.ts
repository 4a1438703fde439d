/**
 * Briefings: slides, present mode and the exported figure.
 * Spanish first; `en` must have exactly the keys of `es` (its type says so).
 */
export const es = {
  'briefing.open': 'Presentación',
  'briefing.title': 'Presentación',
  'briefing.name': 'Título de la presentación',
  'briefing.slideTitle': 'Título de la lámina',
  'briefing.slideNote': 'Nota (pie de la lámina)',
  'briefing.save': 'Guardar vista como lámina',
  'briefing.empty': 'Aún no hay láminas. Prepare una vista del mapa y guárdela.',
  'briefing.list': 'Láminas',
  'briefing.moveUp': 'Subir',
  'briefing.moveDown': 'Bajar',
  'briefing.delete': 'Eliminar',
  'briefing.show': 'Abrir',
  'briefing.reorderHint': 'Alt+↑/↓ en una lámina la mueve.',
  'briefing.present': 'Presentar',
  'briefing.exportJson': 'Exportar JSON',
  'briefing.importJson': 'Importar JSON',
  'briefing.copyLink': 'Copiar enlace de la presentación',
  'briefing.linkCopied': 'Enlace copiado ({length} caracteres).',
  'briefing.linkLong':
    'El enlace tiene {length} caracteres: algunos correos y chats lo cortan; use el archivo JSON.',
  'briefing.linkNotCopied': 'No se pudo copiar; el enlace está en la barra de direcciones.',
  'briefing.full': 'Máximo {max} láminas.',
  'briefing.storageOff':
    'El almacenamiento del navegador está desactivado: las láminas se perderán al recargar. Exporte el JSON para conservarlas.',
  'briefing.storageFull':
    'El almacenamiento del navegador está lleno: la última versión no se guardó (sigue abierta). Exporte el JSON.',
  'briefing.storedUnreadable':
    'La presentación guardada no se pudo leer ({error}); se conservó aparte.',
  'briefing.importError': 'El archivo «{file}» no es una presentación válida: {error}',
  'briefing.imported': 'Se importó {count} lámina.|Se importaron {count} láminas.',
  'briefing.linkError': 'La presentación del enlace no se pudo abrir: {error}',
  'briefing.fromLink': 'Presentación abierta desde un enlace; no está guardada en este equipo.',
  'briefing.keep': 'Guardar en este equipo',
  'briefing.replaceConfirm':
    'Esto reemplaza la {count} lámina guardada. ¿Continuar?|Esto reemplaza las {count} láminas guardadas. ¿Continuar?',
  'present.label': 'Modo presentación',
  'present.counter': '{at} / {of}',
  'present.previous': 'Anterior',
  'present.next': 'Siguiente',
  'present.exit': 'Salir (Esc)',
  'present.keys': '← → / RePág AvPág: cambiar lámina · Inicio/Fin · Esc: salir',
  'figure.exportMap': 'PNG del mapa',
  'figure.exportFigure': 'Figura (mapa + gráfico)',
  // Its visible text: the toolbar beside 'Tabla · Comparar · Gráficos' has room for one word.
  'figure.exportFigureShort': 'Figura',
  'figure.print': 'Imprimir',
  'figure.failed': 'No se pudo exportar la imagen: {reason}',
  'figure.sources': 'Fuente: {list}',
  'figure.decreeDate': 'Situación al {date}',
  'figure.made': 'Atlas VRAEM · elaborado el {date}',
} as const;
