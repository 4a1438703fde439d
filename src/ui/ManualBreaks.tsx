import { useState } from 'react';
import { parseTypedBreaks } from '../domain/breaks';
import { useI18n } from '../i18n/I18nContext';

export function ManualBreaks({
  breaks,
  onBreaks,
}: {
  breaks: readonly number[];
  onBreaks: (b: number[]) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(breaks.join('; '));
  const [error, setError] = useState(false);
  return (
    <form
      className="manual-breaks"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseTypedBreaks(text);
        setError(parsed === null);
        if (parsed) onBreaks(parsed);
      }}
    >
      <label className="field">
        <span>{t('classify.manualLabel')}</span>
        <input
          type="text"
          inputMode="decimal"
          value={text}
          placeholder="100; 500; 1000"
          aria-invalid={error}
          aria-describedby={error ? 'manual-breaks-error' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit">{t('classify.apply')}</button>
      {error && (
        <p id="manual-breaks-error" className="error-note" role="alert">
          {t('classify.manualError')}
        </p>
      )}
    </form>
  );
}
