import { MAX_SELECTED } from '../domain/selection';
import { useI18n } from '../i18n/I18nContext';

/** Adds a district to the chart selection (at most 8) or removes it. */
export function SelectionButton({
  ubigeo,
  selection,
  onChange,
}: {
  ubigeo: string;
  selection: readonly string[];
  onChange: (selection: string[]) => void;
}) {
  const { t } = useI18n();
  const selected = selection.includes(ubigeo);
  const full = !selected && selection.length >= MAX_SELECTED;
  return (
    <button
      type="button"
      aria-pressed={selected}
      disabled={full}
      title={full ? t('chart.full') : undefined}
      onClick={() =>
        onChange(selected ? selection.filter((u) => u !== ubigeo) : [...selection, ubigeo])
      }
    >
      {selected ? t('chart.remove') : t('chart.add')}
    </button>
  );
}
