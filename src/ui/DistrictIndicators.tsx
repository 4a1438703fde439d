import type { ThemeData } from '../data/loadThemes';
import { districtAnswers } from '../domain/answer';
import type { District, DistrictIndex } from '../domain/districts';
import { INDICATORS } from '../domain/indicatorRegistry';
import { indicatorYears } from '../domain/choropleth';
import { Sparkline } from '../charts/Sparkline';
import { useI18n } from '../i18n/I18nContext';
import { flagsOf, formatDistrictValue } from './describeValue';
import { localizeSource } from './sourceText';

export interface DistrictIndicatorsProps {
  district: District;
  index: DistrictIndex;
  theme: ThemeData;
  /**
   * The year of the table and comparison. Each indicator answers for it under its own tolerance
   * (domain/answer.ts), never with a year of its own: no HDI 2019 shown for 2016.
   */
  year: number;
}

/** Every indicator for one district, with its vintage, source and caveat flags. */
export function DistrictIndicators({ district, index, theme, year }: DistrictIndicatorsProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const answers = districtAnswers(district, theme.indicators, theme.starts, year, INDICATORS);
  return (
    <section className="district-indicators" aria-labelledby="district-indicators-title">
      <h3 id="district-indicators-title">{t('panel.indicatorsIn', { year })}</h3>
      <table>
        <tbody>
          {INDICATORS.map((def) => {
            const values = theme.indicators.get(def.id);
            const value = answers[def.id];
            if (!values || !value) return null;
            const found = value.kind === 'value' ? theme.sources.get(value.source) : undefined;
            const source = found && localizeSource(found, lang);
            const flags = flagsOf(i18n, value, { ubigeo: district.ubigeo, index });
            return (
              <tr key={def.id} data-indicator={def.id}>
                <th scope="row">{def.label[lang]}</th>
                <td>
                  <span className={value.kind === 'missing' ? 'missing' : undefined}>
                    {formatDistrictValue(i18n, def, value, index)}
                  </span>
                  {flags.length > 0 && <div className="flags">⚠ {flags.join(' · ')}</div>}
                  {(values.values.get(district.ubigeo)?.length ?? 0) > 1 && (
                    <Sparkline
                      points={(values.values.get(district.ubigeo) ?? []).map((o) => ({
                        year: o.y,
                        value: o.v,
                      }))}
                      from={indicatorYears(values)[0] ?? year}
                      to={indicatorYears(values).at(-1) ?? year}
                      label={t('chart.sparkline', { indicator: def.label[lang] })}
                    />
                  )}
                  {source && (
                    <div className="source">
                      {t('panel.source')}:{' '}
                      {source.url ? (
                        <a href={source.url} target="_blank" rel="noreferrer noopener">
                          {source.title}
                        </a>
                      ) : (
                        source.title
                      )}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
