import type { SourceRef } from '../data/schemas';
import { useI18n } from '../i18n/I18nContext';
import { SourceList } from './SourceList';

/** A one-line credit, and every source with its licence and vintage one click away. */
export function SourcesFooter({ sources }: { sources: readonly SourceRef[] }) {
  const { t } = useI18n();
  return (
    <footer className="sources-footer">
      <details>
        <summary>
          {t('sources.footer')} · <span className="link">{t('sources.link')}</span>
        </summary>
        <SourceList sources={sources} />
      </details>
    </footer>
  );
}
