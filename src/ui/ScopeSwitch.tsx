import type { Scope } from '../data/scope';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import './scope.css';

const LABELS: Record<Scope, MessageKey> = { vraem: 'scope.vraem', peru: 'scope.peru' };
const ORDER: readonly Scope[] = ['vraem', 'peru'];

/** Two-button switch between the VRAEM scope and all districts of Peru (?scope=peru). */
export function ScopeSwitch({ scope, onScope }: { scope: Scope; onScope: (s: Scope) => void }) {
  const { t } = useI18n();
  return (
    <div className="scope-switch" role="group" aria-label={t('scope.label')}>
      <span className="scope-switch-label">{t('scope.label')}</span>
      {ORDER.map((s) => (
        <button
          key={s}
          type="button"
          className="header-button"
          aria-pressed={scope === s}
          data-scope={s}
          onClick={() => scope !== s && onScope(s)}
        >
          {t(LABELS[s])}
        </button>
      ))}
    </div>
  );
}
