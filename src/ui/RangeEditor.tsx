import { useState } from 'react';
import { INDICATOR_IDS, type IndicatorId } from '../data/indicatorIds';
import { RANGE_OPS, type RangeFilter, type RangeOp } from '../domain/filters';
import { indicatorById } from '../domain/indicatorRegistry';
import { useI18n } from '../i18n/I18nContext';
import { formatDecimal } from '../i18n/format';
import { parseTypedNumber } from '../domain/breaks';

export const OP_SYMBOLS: Record<RangeOp, string> = { ge: '≥', gt: '>', le: '≤', lt: '<' };

export interface RangeEditorProps {
  ranges: readonly RangeFilter[];
  year: number;
  onRanges: (ranges: RangeFilter[]) => void;
}

/** Conditions on indicator values ("Pobreza ≥ 50 %"), all of which a district must meet. */
export function RangeEditor({ ranges, year, onRanges }: RangeEditorProps) {
  const { t, lang } = useI18n();
  const [indicator, setIndicator] = useState<IndicatorId>('poverty_total_pct');
  const [op, setOp] = useState<RangeOp>('ge');
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const add = () => {
    const value = parseTypedNumber(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      setError(true);
      return;
    }
    setError(false);
    setText('');
    onRanges([...ranges, { indicator, op, value }]);
  };
  const describe = (r: RangeFilter) => {
    const def = indicatorById(r.indicator);
    return `${def.label[lang]} ${OP_SYMBOLS[r.op]} ${formatDecimal(lang, r.value, def.digits)} ${def.unit[lang]}`;
  };
  return (
    <fieldset className="range-editor">
      <legend>{t('filter.ranges', { year })}</legend>
      {ranges.length > 0 && (
        <ul className="range-list">
          {ranges.map((r, i) => (
            <li key={`${r.indicator}-${r.op}-${r.value}-${i}`}>
              <span>{describe(r)}</span>
              <button
                type="button"
                aria-label={t('filter.removeRange', { range: describe(r) })}
                onClick={() => onRanges(ranges.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="range-new">
        <select
          aria-label={t('filter.rangeIndicator')}
          value={indicator}
          onChange={(e) => setIndicator(e.target.value as IndicatorId)}
        >
          {INDICATOR_IDS.map((id) => (
            <option key={id} value={id}>
              {indicatorById(id).label[lang]}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filter.rangeOp')}
          value={op}
          onChange={(e) => setOp(e.target.value as RangeOp)}
        >
          {RANGE_OPS.map((o) => (
            <option key={o} value={o}>
              {OP_SYMBOLS[o]}
            </option>
          ))}
        </select>
        <input
          type="text"
          inputMode="decimal"
          aria-label={t('filter.rangeValue', { unit: indicatorById(indicator).unit[lang] })}
          aria-invalid={error}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" onClick={add}>
          {t('filter.addRange')}
        </button>
      </div>
      {error && (
        <p className="error-note" role="alert">
          {t('filter.rangeError')}
        </p>
      )}
      <p className="note">{t('filter.rangeNote')}</p>
    </fieldset>
  );
}
