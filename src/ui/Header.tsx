import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { LargeTextToggle } from './briefing/LargeTextToggle';

export function Header({ onToggleLang }: { onToggleLang: () => void }) {
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
      </div>
      <div className="header-actions">
        <span role="status" className="copy-status">
          {copied === 'yes' ? t('app.linkCopied') : copied === 'no' ? t('app.linkNotCopied') : ''}
        </span>
        <button type="button" className="header-button" onClick={copyLink}>
          {t('app.copyLink')}
        </button>
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
