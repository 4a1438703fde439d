import type { SourceRef } from '../data/schemas';
import { useI18n } from '../i18n/I18nContext';
import { localizeSource } from './sourceText';

/** Sources with title (linked when there is an address), publisher, licence and vintage. */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  const { lang } = useI18n();
  // In Spanish, what the data holds only in English is marked lang="en" (screen readers switch
  // voice): the publisher always, title, licence and vintage when the source has no `es` block.
  const english = lang === 'es' ? 'en' : undefined;
  return (
    <ul>
      {sources.map((original) => {
        const s = localizeSource(original, lang);
        const prose = original.es ? undefined : english;
        return (
          <li key={s.id}>
            <span lang={prose}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </span>{' '}
            — <span lang={english}>{s.publisher}</span>; <span lang={prose}>{s.licence}</span>;{' '}
            <span lang={prose}>{s.vintage}</span>
          </li>
        );
      })}
    </ul>
  );
}
