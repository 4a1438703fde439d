/** The outcome of one import: what was read, the problems by row and field, and what can be used. */
import type { ImportResult } from '../../data/import/importFile';
import { useI18n } from '../../i18n/I18nContext';
import { formatInteger } from '../../i18n/format';
import { DATASET_LABEL } from './imported';
import { issueLine } from './issueText';

/** Problems listed in full; the rest are counted. */
export const ISSUES_SHOWN = 20;

const ENCODING_LABEL = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'windows-1252': 'Latin-1 / Windows-1252',
};

export function ImportReport({ file, result }: { file: string; result: ImportResult }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const n = (value: number) => formatInteger(lang, value);
  const report = result.kind === 'refused' ? result.report : result.data.report;
  const shown = report.issues.slice(0, ISSUES_SHOWN);

  let summary: string;
  if (result.kind === 'refused') summary = t('import.refused', { file });
  else if (result.kind === 'indicator') {
    const years = [...new Set([...result.data.values.values()].flat().map((o) => o.y))].sort();
    summary = t('import.summaryIndicator', {
      file,
      good: n(result.data.rows),
      read: n(result.data.rowsRead),
      districts: n(result.data.values.size),
      years:
        years.length === 0
          ? '—'
          : years.length === 1
            ? String(years[0])
            : `${years[0]}–${years.at(-1)}`,
    });
  } else {
    summary = `${DATASET_LABEL[result.data.kind]} · ${t('import.summaryEvents', {
      file,
      kept: n(result.data.events.length),
      outside: n(result.data.outside),
    })}`;
  }

  const wide =
    result.kind === 'indicator' && result.data.mapping.layout === 'wide' ? result.data : null;

  return (
    <div className="import-report" role="status">
      <p className="import-summary">{summary}</p>
      {wide && (
        <p className="import-wide">
          {t('import.wide', {
            years: wide.mapping.yearColumns.map((y) => y.year).join(', '),
            values: n(wide.observations),
            rows: n(wide.rows),
          })}
        </p>
      )}
      {result.kind !== 'refused' && (
        <p className="note">
          {t('import.readAs', {
            encoding: ENCODING_LABEL[result.encoding],
            separator:
              result.data.separator === '\t' ? t('import.separatorTab') : result.data.separator,
          })}
        </p>
      )}
      {report.total > 0 && (
        <div className="import-issues">
          <h3>
            {t(wide ? 'import.issuesTitleCells' : 'import.issuesTitle', {
              count: n(report.total),
            })}
          </h3>
          <ul>
            {shown.map((issue, i) => (
              <li key={`${issue.row}-${issue.field}-${i}`}>{issueLine(i18n, issue)}</li>
            ))}
          </ul>
          {report.total > shown.length && (
            <p className="note">
              {t('import.issuesShown', { shown: n(shown.length), count: n(report.total) })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
