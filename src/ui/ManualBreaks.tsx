import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';

/** A number as people in Peru type it: "1,000" (es-PE grouping), "2.5" or "2,5". */
export function parseTypedNumber(text: string): number {
  text = text.trim();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  return Number(text.replace(',', '.'));
}

/** Parses "10; 100; 1,000" or "10 100 1000" into sorted unique numbers, or null when malformed. */
export function parseBreaks(text: string): number[] | null {
  const parts = text
    .split(/[;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  const numbers = parts.map(parseTypedNumber);
  if (numbers.some((n) => !Number.isFinite(n))) return null;
  return [...new Set(numbers)].sort((a, b) => a - b);
}

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
        const parsed = parseBreaks(text);
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
