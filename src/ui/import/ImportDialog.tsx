/**
 * The import dialog: pick or drop a file, choose what it is, watch the worker read it (cancel at
 * any time), read the report, and use the good rows. A native modal <dialog>: it keeps focus
 * inside, Esc closes it, and focus returns to the button that opened it. Everything from the file
 * is rendered as React text, never as HTML.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { IMPORT_KINDS, type ImportKind } from '../../data/import/importKinds';
import type { ImportTargets } from '../../data/import/runImport';
import type { ImportedIndicatorId } from '../../domain/indicatorRegistry';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/es';
import { formatInteger } from '../../i18n/format';
import { acceptImport, type ImportedLayer } from './imported';
import { ColumnMapper } from './ColumnMapper';
import { ImportReport } from './ImportReport';
import { useImportRun } from './useImportRun';
import './import.css';

const KIND_KEYS: Record<ImportKind, MessageKey> = {
  indicator: 'import.kindIndicator',
  ucdp: 'import.kindUcdp',
  acled: 'import.kindAcled',
};

export interface ImportDialogProps {
  targets: ImportTargets;
  /** A session-unique key for the next accepted import. */
  nextKey: ImportedIndicatorId;
  onAccept: (layer: ImportedLayer) => void;
  onClose: () => void;
}

export function ImportDialog({ targets, nextKey, onAccept, onClose }: ImportDialogProps) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<ImportKind>('indicator');
  const [dragging, setDragging] = useState(false);
  const { state, start, cancel } = useImportRun(targets);
  // The file last picked, to read again with the columns the user chooses.
  const [picked, setPicked] = useState<{ file: File; kind: ImportKind } | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);

  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setPicked({ file, kind });
    start(file, kind);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  };

  const accepted = state.status === 'done' ? acceptImport(state.result, state.file, nextKey) : null;
  const useLabel =
    accepted?.kind === 'indicator'
      ? t('import.useIndicator', { count: formatInteger(lang, accepted.rows) })
      : accepted?.kind === 'events'
        ? t('import.useEvents', { count: formatInteger(lang, accepted.events.length) })
        : null;

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-title"
      // The app closes a district profile on Esc at the window: not while this dialog is open.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
      onCancel={(event) => {
        // Esc: close through React so the dialog unmounts and focus goes back.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="import-head">
        <h2 id="import-title">{t('import.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('import.close')}>
          ×
        </button>
      </div>
      <p className="import-privacy">{t('import.privacy')}</p>
      <p className="note">{t('import.session')}</p>

      <fieldset className="import-kind" disabled={state.status === 'running'}>
        <legend>{t('import.kind')}</legend>
        {IMPORT_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="import-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{' '}
            {t(KIND_KEYS[k])}
          </label>
        ))}
      </fieldset>

      <div
        className={dragging ? 'import-drop dragging' : 'import-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('import.drop')}</p>
        <label className="import-choose">
          {t('import.choose')}
          <input
            className="visually-hidden"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            disabled={state.status === 'running'}
            onChange={(event) => {
              onFiles(event.target.files);
              event.target.value = '';
            }}
          />
        </label>
      </div>

      {state.status === 'running' && (
        <div className="import-progress">
          <label>
            {t('import.progress', { file: state.file })} <progress max={1} value={state.fraction} />
          </label>
          <button type="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {state.status === 'cancelled' && <p role="status">{t('import.cancelled')}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="error-note">
          {t('import.failed', { reason: state.message })}
        </p>
      )}
      {state.status === 'done' && <ImportReport file={state.file} result={state.result} />}
      {state.status === 'done' && state.result.kind === 'indicator' && picked && (
        <ColumnMapper
          // A new reading starts from the mapping it was read with.
          key={`${state.file}|${JSON.stringify(state.result.data.mapping)}`}
          header={state.result.data.header}
          preview={state.result.data.preview}
          mapping={state.result.data.mapping}
          onApply={(mapping) => start(picked.file, picked.kind, mapping)}
        />
      )}

      <div className="import-actions">
        {state.status === 'done' &&
          (accepted && useLabel ? (
            <button
              type="button"
              className="import-use"
              onClick={() => {
                onAccept(accepted);
                onClose();
              }}
            >
              {useLabel}
            </button>
          ) : (
            <p className="note">{t('import.nothingUsable')}</p>
          ))}
        <button type="button" onClick={onClose}>
          {t('import.close')}
        </button>
      </div>
    </dialog>
  );
}
