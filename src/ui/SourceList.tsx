import type { SourceRef } from '../data/schemas';
import { useI18n } from '../i18n/I18nContext';
import { localizeSource } from './sourceText';

/** Sources with title (linked when there is an address), publisher, licence and vintage. */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  const { lang } = useI18n();
  return (
    <ul>
      {sources
        .map((s) => localizeSource(s, lang))
        .map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}
              </a>
            ) : (
              s.title
            )}{' '}
            — {s.publisher}; {s.licence}; {s.vintage}
          </li>
        ))}
    </ul>
  );
}
