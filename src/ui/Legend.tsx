import { useI18n } from '../i18n/I18nContext';
import { COLORS, rgbaCss } from '../map/palette';

export function Legend({
  vraemCount,
  newCount,
  national = false,
}: {
  vraemCount: number;
  newCount: number;
  /** National scope: the faint districts are the rest of Peru, not of the five departments. */
  national?: boolean;
}) {
  const { t } = useI18n();
  return (
    <section className="legend" aria-labelledby="legend-title" tabIndex={0}>
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        <li>
          <span
            className="swatch"
            style={{
              background: rgbaCss(COLORS.vraemFill),
              borderColor: rgbaCss(COLORS.vraemLine),
            }}
          />
          {t('legend.vraem69', { count: vraemCount - newCount })}
        </li>
        <li>
          <span
            className="swatch"
            style={{
              background: rgbaCss(COLORS.vraemNewFill),
              borderColor: rgbaCss(COLORS.vraemLine),
            }}
          />
          {t('legend.vraemNew', { count: newCount })}
        </li>
        <li>
          <span
            className="swatch"
            style={{
              background: rgbaCss(COLORS.contextFill),
              borderColor: rgbaCss(COLORS.contextLine),
            }}
          />
          {t(national ? 'legend.contextNational' : 'legend.context')}
        </li>
        <li>
          <span
            className="line"
            style={{ borderTopColor: COLORS.vraemOutline, borderTopWidth: 3 }}
          />
          {t('legend.vraemOutline')}
        </li>
        <li>
          <span
            className="line"
            style={{ borderTopColor: COLORS.departmentLine, borderTopWidth: 2 }}
          />
          {t('legend.department')}
        </li>
        <li>
          <span className="line dashed" style={{ borderTopColor: COLORS.provinceLine }} />
          {t('legend.province')}
        </li>
        <li>
          <span className="line" style={{ borderTopColor: COLORS.river, borderTopWidth: 2 }} />
          {t('legend.river')}
        </li>
      </ul>
    </section>
  );
}
