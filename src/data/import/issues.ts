/**
 * What the importer tells the user about a file: each problem names the row (as a spreadsheet
 * numbers it, header = row 1), the field and a reason code the UI translates.
 */
export type ImportField =
  | 'file'
  | 'header'
  | 'row'
  | 'ubigeo'
  | 'year'
  | 'value'
  | 'unit'
  | 'id'
  | 'date'
  | 'latitude'
  | 'longitude'
  | 'deaths';

export type ImportReason =
  /** The file is larger than the importer accepts. */
  | 'fileTooLarge'
  /** No header / no data row at all. */
  | 'emptyFile'
  /** A column the kind of file needs is not in the header. */
  | 'missingColumn'
  | 'emptyRow'
  | 'unclosedQuote'
  | 'notAUbigeo'
  | 'unknownUbigeo'
  | 'notAYear'
  | 'notANumber'
  | 'ambiguousNumber'
  | 'duplicate'
  | 'missingValue'
  | 'notADate'
  | 'notACoordinate'
  /** Several units in one indicator file: the first is used. */
  | 'mixedUnits';

export interface ImportIssue {
  /** Spreadsheet row number; 1 is the header. */
  row: number;
  field: ImportField;
  reason: ImportReason;
  /** The cell as read (shortened), for the report. */
  value?: string;
  /** Extra detail: the column names that were expected, the first row of a duplicate… */
  detail?: string;
  /** The file's own header of the cell, where the field alone does not say (a wide file's year). */
  column?: string;
}

const MAX_SHOWN = 80;

/** A cell as the report shows it: trimmed and shortened so one bad cell cannot flood the page. */
export function shown(cell: string): string {
  const text = cell.trim();
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** Issues kept in full; beyond this only the count grows (a broken 50 MB file stays small). */
export const MAX_ISSUES_KEPT = 500;

export interface IssueReport {
  /** The first MAX_ISSUES_KEPT issues, in file order. */
  issues: ImportIssue[];
  /** Every issue found, kept or not. */
  total: number;
}

export function issueCollector(): { add(issue: ImportIssue): void; report(): IssueReport } {
  const issues: ImportIssue[] = [];
  let total = 0;
  return {
    add(issue) {
      total += 1;
      if (issues.length < MAX_ISSUES_KEPT) issues.push(issue);
    },
    report: () => ({ issues, total }),
  };
}
