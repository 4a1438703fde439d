import type { ThemeData } from '../data/loadThemes';
import { pointAt, shareOfNational } from '../domain/series';
import { useI18n } from '../i18n/I18nContext';
import { formatInteger, formatShare } from '../i18n/format';
import { flagsOf } from './describeValue';
import { citeSources, localizeSource } from './sourceText';

/** The VRAEM zone and Peru totals for the year, beside the district coca map. */
export function CocaContext({ theme, year }: { theme: ThemeData; year: number }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = theme.series.find((s) => s.id === 'coca_vraem_zone_ha');
  const peru = theme.series.find((s) => s.id === 'coca_peru_ha');
  const z = pointAt(zone, year);
  const n = pointAt(peru, year);
  const share = zone && peru ? shareOfNational(zone, peru).find((s) => s.year === year) : undefined;
  const found = z ? theme.sources.get(z.s) : undefined;
  const source = found && localizeSource(found, lang);
  // Transcribed figures are cited in the English the data gatherers wrote (no Spanish form in
  // the data): marked as English, and said so, rather than translated here.
  const cited = [z, n].flatMap((p) => {
    const s = p ? theme.sources.get(p.s) : undefined;
    return s ? [{ source: s, years: [year] }] : [];
  });
  const english = lang === 'es' && found !== undefined && !found.es;
  const flags = z
    ? flagsOf(i18n, {
        kind: 'value',
        value: z.value,
        year,
        requestedYear: year,
        ci: null,
        source: z.s,
        flags: z.f ?? [],
      })
    : [];
  const notes = Boolean(z?.citedShare || z?.printedPct != null || flags.length > 0 || source);
  return (
    <section className="legend coca-context" aria-label={t('coca.contextTitle', { year })}>
      <h2>{t('coca.contextTitle', { year })}</h2>
      <p>
        {z ? t('coca.zone', { value: formatInteger(lang, z.value) }) : t('coca.zoneMissing')}
        {' · '}
        {n ? t('coca.peru', { value: formatInteger(lang, n.value) }) : t('coca.peruMissing')}
      </p>
      {share && <p>{t('coca.share', { share: formatShare(lang, share.share) })}</p>}
      {z?.publishedPct != null && (
        <p className="note">
          {t('coca.publishedPct', { pct: formatShare(lang, z.publishedPct / 100) })}
        </p>
      )}
      {cited.length > 0 && !notes && (
        <p className="note coca-source">
          {t('panel.source')}: {citeSources(cited, lang)}
        </p>
      )}
      {notes && (
        // The notes and the full reference, one click away behind the short citation (one line
        // where a legend, a chart column and large text leave little height): the headline
        // figures stay in sight beside the map at the first view (print.css prints them open).
        <details className="coca-notes">
          <summary>
            {cited.length > 0 ? (
              <>
                <span className="coca-source">
                  {t('panel.source')}: {citeSources(cited, lang)}
                </span>
                <span className="sr-only"> — {t('coca.notes')}</span>
              </>
            ) : (
              t('coca.notes')
            )}
          </summary>
          {z?.citedShare && (
            <p className="cited-share">
              {t('coca.citedShare', {
                pct: formatShare(lang, z.citedShare.pct / 100, 0),
                value: formatInteger(lang, z.value),
                denominator: formatInteger(lang, z.citedShare.denominator),
                year,
              })}
            </p>
          )}
          {z?.printedPct != null && (
            <p className="note">
              {t('coca.printedPct', { pct: formatShare(lang, z.printedPct / 100, 0), year })}
            </p>
          )}
          {flags.length > 0 && <p className="note">⚠ {flags.join(' · ')}</p>}
          {source && (
            <p className="note">
              {t('panel.source')}:{' '}
              {english ? (
                <>
                  <span lang="en">{source.title}</span> ({t('source.inEnglish')})
                </>
              ) : (
                source.title
              )}
            </p>
          )}
        </details>
      )}
    </section>
  );
}
