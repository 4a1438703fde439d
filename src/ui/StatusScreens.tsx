import { useI18n } from '../i18n/I18nContext';

export function LoadingScreen() {
  const { t } = useI18n();
  return (
    <div className="status-screen" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <p>{t('app.loading')}</p>
    </div>
  );
}

export function ErrorScreen({ file, reason }: { file: string; reason: string }) {
  const { t } = useI18n();
  return (
    <div className="status-screen error" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.dataFile', { file, reason })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </button>
    </div>
  );
}
