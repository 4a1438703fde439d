import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { Scope } from '../data/scope';
import { formatInteger } from '../i18n/format';
import { LargeTextToggle } from './briefing/LargeTextToggle';
import { ScopeSwitch } from './ScopeSwitch';

export interface HeaderProps {
  onToggleLang: () => void;
  scope: Scope;
  /** Districts loaded in this scope (for the national note). */
  districtCount: number;
  onScope: (scope: Scope) => void;
}

export function Header({ onToggleLang, scope, districtCount, onScope }: HeaderProps) {
  const { t, lang } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copyLink = () => {
    const done = navigator.clipboard?.writeText(window.location.href);
    if (!done) {
      setCopied('no');
      return;
    }
    done.then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
        {scope === 'peru' && (
          // One line on screen; what exists only for the VRAEM unfolds on demand, so that the
          // header does not take a laptop's map height.
          <details className="subtitle scope-note" data-testid="scope-note">
            <summary>{t('scope.note', { count: formatInteger(lang, districtCount) })}</summary>
            {t('scope.noteMore')}
          </details>
        )}
      </div>
      <div className="header-actions">
        <span role="status" className="copy-status">
          {copied === 'yes' ? t('app.linkCopied') : copied === 'no' ? t('app.linkNotCopied') : ''}
        </span>
        <button type="button" className="header-button" onClick={copyLink}>
          {t('app.copyLink')}
        </button>
        <ScopeSwitch scope={scope} onScope={onScope} />
        <LargeTextToggle />
        <button
          type="button"
          className="header-button"
          onClick={onToggleLang}
          lang={lang === 'es' ? 'en' : 'es'}
          title={t('app.languageSwitchLabel')}
        >
          {t('app.languageSwitch')}
        </button>
      </div>
    </header>
  );
}
