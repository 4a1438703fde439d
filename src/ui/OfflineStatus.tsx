import { useI18n } from '../i18n/I18nContext';
import './offline.css';

/** What the page knows about working offline (src/app/offlineStore.ts keeps it). */
export type OfflineStatusState = 'unavailable' | 'saving' | 'ready' | 'update';

export interface OfflineStatusProps {
  state: OfflineStatusState;
  onReload: () => void;
}

/**
 * One line that says whether the atlas works without a network, or that a new version is
 * waiting (a button: reloading is the user's choice, so an open session is never cut short).
 */
export function OfflineStatus({ state, onReload }: OfflineStatusProps) {
  const { t } = useI18n();
  if (state === 'unavailable') return null;
  if (state === 'update') {
    return (
      <div className="offline-status update" role="status">
        <button type="button" onClick={onReload}>
          {t('offline.update')}
        </button>
      </div>
    );
  }
  return (
    <div
      className={`offline-status ${state}`}
      role="status"
      title={state === 'ready' ? t('offline.readyDetail') : undefined}
      data-offline={state}
    >
      {state === 'ready' ? t('offline.ready') : t('offline.saving')}
    </div>
  );
}
