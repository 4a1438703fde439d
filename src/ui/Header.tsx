import { useI18n } from '../i18n/I18nContext';

export function Header({ onToggleLang }: { onToggleLang: () => void }) {
  const { t, lang } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <button
        type="button"
        className="lang-switch"
        onClick={onToggleLang}
        lang={lang === 'es' ? 'en' : 'es'}
        title={t('app.languageSwitchLabel')}
      >
        {t('app.languageSwitch')}
      </button>
    </header>
  );
}
