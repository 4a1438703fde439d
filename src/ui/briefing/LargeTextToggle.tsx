import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const KEY = 'atlas-vraem.largeText';

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Larger type for projectors: scales the root font size (the layout is in rem), remembered. */
export function LargeTextToggle() {
  const { t } = useI18n();
  const [on, setOn] = useState(remembered);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', on);
    try {
      localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // Storage off: the option lasts for this page only.
    }
  }, [on]);
  return (
    <button
      type="button"
      className="header-button"
      aria-pressed={on}
      onClick={() => setOn(!on)}
      title={t('view.largeText')}
    >
      {t('view.largeText')}
    </button>
  );
}
