import type { SourceRef } from '../data/schemas';

/** Sources with title (linked when there is an address), publisher, licence and vintage. */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul>
      {sources.map((s) => (
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
