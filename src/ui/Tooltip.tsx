import type { District } from '../domain/districts';
import { useI18n } from '../i18n/I18nContext';

export interface TooltipProps {
  district: District;
  x: number;
  y: number;
}

/** Follows the pointer over the map; positioned by the map's pixel coordinates. */
export function Tooltip({ district, x, y }: TooltipProps) {
  const { t } = useI18n();
  return (
    <div className="map-tooltip" role="status" style={{ left: x + 14, top: y + 14 }}>
      <strong>{district.name}</strong>
      <div>
        {district.province}, {district.department}
      </div>
      <div className={district.vraem ? 'tag tag-vraem' : 'tag'}>
        {district.vraem ? t('tooltip.vraem') : t('tooltip.notVraem')}
      </div>
    </div>
  );
}
