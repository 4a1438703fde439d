/**
 * Which column of an imported indicator file is what: the header with the first rows, the guess
 * the file was read with, and choices to correct it (ubigeo, year or one column per year, value,
 * unit). "Read with these columns" reads the file again. Cells are rendered as text only.
 */
import { useState } from 'react';
import {
  NONE,
  mappingProblems,
  yearHeaderColumns,
  type ColumnMapping,
} from '../../data/import/columnMapping';
import type { ImportField } from '../../data/import/issues';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/es';

export interface ColumnMapperProps {
  header: readonly string[];
  preview: readonly (readonly string[])[];
  /** The mapping the file was last read with. */
  mapping: ColumnMapping;
  onApply: (mapping: ColumnMapping) => void;
}

const FIELD_KEYS: Partial<Record<ImportField, MessageKey>> = {
  ubigeo: 'mapper.ubigeo',
  year: 'mapper.year',
  value: 'mapper.value',
};

/** The role a column plays under a mapping, as a short tag over the sample. */
function roleOf(m: ColumnMapping, column: number): MessageKey | number | null {
  if (column === m.ubigeo) return 'mapper.ubigeo';
  if (m.layout === 'long' && column === m.year) return 'mapper.year';
  if (m.layout === 'long' && column === m.value) return 'mapper.value';
  if (m.layout === 'wide') {
    const found = m.yearColumns.find((y) => y.column === column);
    if (found) return found.year;
  }
  if (column === m.unit) return 'mapper.unit';
  return null;
}

export function ColumnMapper({ header, preview, mapping, onApply }: ColumnMapperProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ColumnMapping>(mapping);
  const set = (change: Partial<ColumnMapping>) => setDraft((d) => ({ ...d, ...change }));
  const yearColumns = yearHeaderColumns(header);
  const missing = mappingProblems(draft).flatMap((p) => {
    const key = FIELD_KEYS[p.field];
    return key ? [t(key)] : [];
  });
  const name = (column: number) =>
    t('mapper.column', { n: column + 1, name: header[column]?.trim() || '—' });

  const columnSelect = (label: MessageKey, value: number, onChange: (c: number) => void) => (
    <label>
      {t(label)}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        <option value={NONE}>{t('mapper.noColumn')}</option>
        {header.map((_, c) => (
          <option key={c} value={c}>
            {name(c)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="column-mapper" aria-labelledby="column-mapper-title">
      <h3 id="column-mapper-title">{t('mapper.title')}</h3>
      <p className="note">{t('mapper.note')}</p>
      <div className="column-sample" role="region" aria-label={t('mapper.sample')} tabIndex={0}>
        <table>
          <caption className="sr-only">{t('mapper.sample')}</caption>
          <thead>
            <tr>
              {header.map((h, c) => {
                const role = roleOf(mapping, c);
                return (
                  <th key={c} scope="col">
                    {h}
                    {role !== null && (
                      <span className="role">
                        {typeof role === 'number' ? String(role) : t(role)}
                      </span>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, r) => (
              <tr key={r}>
                {header.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <fieldset>
        <legend className="sr-only">{t('mapper.title')}</legend>
        {columnSelect('mapper.ubigeo', draft.ubigeo, (ubigeo) => set({ ubigeo }))}
        <div role="radiogroup" aria-label={t('mapper.layout')} className="mapper-layout">
          <label>
            <input
              type="radio"
              name="mapper-layout"
              checked={draft.layout === 'long'}
              onChange={() => set({ layout: 'long' })}
            />{' '}
            {t('mapper.long')}
          </label>
          <label>
            <input
              type="radio"
              name="mapper-layout"
              checked={draft.layout === 'wide'}
              disabled={yearColumns.length === 0}
              onChange={() =>
                set({
                  layout: 'wide',
                  yearColumns: draft.yearColumns.length > 0 ? draft.yearColumns : yearColumns,
                })
              }
            />{' '}
            {t('mapper.wide')}
          </label>
        </div>
        {draft.layout === 'long' ? (
          <>
            {columnSelect('mapper.year', draft.year, (year) => set({ year }))}
            {draft.year === NONE && (
              <label>
                {t('mapper.fixedYear')}{' '}
                <input
                  type="number"
                  min={1900}
                  max={2100}
                  value={draft.fixedYear ?? ''}
                  onChange={(e) => {
                    const year = Number(e.target.value);
                    set({ fixedYear: Number.isInteger(year) && year >= 1900 ? year : null });
                  }}
                />
              </label>
            )}
            {columnSelect('mapper.value', draft.value, (value) => set({ value }))}
          </>
        ) : (
          <fieldset className="mapper-years">
            <legend>{t('mapper.yearColumns')}</legend>
            {yearColumns.map((y) => (
              <label key={y.column}>
                <input
                  type="checkbox"
                  checked={draft.yearColumns.some((d) => d.column === y.column)}
                  onChange={(e) =>
                    set({
                      yearColumns: e.target.checked
                        ? [...draft.yearColumns, y].sort((a, b) => a.column - b.column)
                        : draft.yearColumns.filter((d) => d.column !== y.column),
                    })
                  }
                />{' '}
                {t('mapper.yearColumn', { year: y.year, name: header[y.column] ?? '' })}
              </label>
            ))}
          </fieldset>
        )}
        {columnSelect('mapper.unit', draft.unit, (unit) => set({ unit }))}
        {draft.unit === NONE && (
          <label>
            {t('mapper.unitText')}{' '}
            <input
              type="text"
              maxLength={40}
              value={draft.unitText ?? ''}
              onChange={(e) =>
                set({ unitText: e.target.value.trim() === '' ? null : e.target.value })
              }
            />
          </label>
        )}
        {missing.length > 0 && (
          <p className="note">{t('mapper.missing', { fields: missing.join(', ') })}</p>
        )}
        <button type="button" disabled={missing.length > 0} onClick={() => onApply(draft)}>
          {t('mapper.apply')}
        </button>
      </fieldset>
    </section>
  );
}
