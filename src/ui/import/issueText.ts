/** The words of the import report: a translated line per issue, built from its codes. */
import type { ImportField, ImportIssue, ImportReason } from '../../data/import/issues';
import type { I18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/es';
import { formatInteger } from '../../i18n/format';

const FIELD_KEYS: Record<ImportField, MessageKey> = {
  file: 'import.field.file',
  header: 'import.field.header',
  row: 'import.field.row',
  ubigeo: 'import.field.ubigeo',
  year: 'import.field.year',
  value: 'import.field.value',
  unit: 'import.field.unit',
  id: 'import.field.id',
  date: 'import.field.date',
  latitude: 'import.field.latitude',
  longitude: 'import.field.longitude',
  deaths: 'import.field.deaths',
};

const REASON_KEYS: Record<ImportReason, MessageKey> = {
  fileTooLarge: 'import.reason.fileTooLarge',
  emptyFile: 'import.reason.emptyFile',
  missingColumn: 'import.reason.missingColumn',
  emptyRow: 'import.reason.emptyRow',
  unclosedQuote: 'import.reason.unclosedQuote',
  notAUbigeo: 'import.reason.notAUbigeo',
  unknownUbigeo: 'import.reason.unknownUbigeo',
  notAYear: 'import.reason.notAYear',
  notANumber: 'import.reason.notANumber',
  ambiguousNumber: 'import.reason.ambiguousNumber',
  duplicate: 'import.reason.duplicate',
  missingValue: 'import.reason.missingValue',
  notADate: 'import.reason.notADate',
  notACoordinate: 'import.reason.notACoordinate',
  mixedUnits: 'import.reason.mixedUnits',
};

/** "Fila 5 · valor: «abc» no es un número". Plain text: the caller renders it as a text node. */
export function issueLine({ t, lang }: I18n, issue: ImportIssue): string {
  const detail =
    issue.reason === 'fileTooLarge'
      ? `${formatInteger(lang, Number(issue.detail) / (1024 * 1024))} MB`
      : (issue.detail ?? '');
  const value =
    issue.reason === 'duplicate' ? (issue.value ?? '').replace('|', ' / ') : issue.value;
  return t('import.issue', {
    row: formatInteger(lang, issue.row),
    // A wide file's cell says which year column it sits in: "valor «2016»".
    field: issue.column
      ? t('import.fieldInColumn', { field: t(FIELD_KEYS[issue.field]), column: issue.column })
      : t(FIELD_KEYS[issue.field]),
    reason: t(REASON_KEYS[issue.reason], { value: value ?? '', detail }),
  });
}
