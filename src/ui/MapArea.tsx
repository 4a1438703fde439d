import { lazy, Suspense, useState } from 'react';
import type { AtlasData } from '../data/loadAtlas';
import { useI18n } from '../i18n/I18nContext';
import type { HoverInfo } from '../map/AtlasMap';
import { Tooltip } from './Tooltip';
import { hasWebGL2 } from './webgl';

// The map (MapLibre + deck.gl) is the heaviest code; it loads in its own chunk.
const AtlasMap = lazy(() => import('../map/AtlasMap'));

export interface MapAreaProps {
  data: AtlasData;
  selected: string | null;
  onSelect: (ubigeo: string | null) => void;
}

function markFirstFrame() {
  performance.mark('atlas:first-frame');
  document.documentElement.dataset.mapReady = 'true';
}

export function MapArea({ data, selected, onSelect }: MapAreaProps) {
  const { t } = useI18n();
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [webgl] = useState(hasWebGL2);
  const hovered = hover ? data.districts.byUbigeo.get(hover.ubigeo) : undefined;

  if (!webgl) {
    return (
      <div className="map-area map-unavailable" role="alert">
        <p>{t('error.webgl')}</p>
      </div>
    );
  }
  return (
    <div className="map-area" role="region" aria-label={t('map.label')}>
      <Suspense fallback={null}>
        <AtlasMap
          data={data}
          selected={selected}
          onHover={setHover}
          onSelect={onSelect}
          onFirstFrame={markFirstFrame}
        />
      </Suspense>
      {hover && hovered && <Tooltip district={hovered} x={hover.x} y={hover.y} />}
      <p className="map-hint">{t('map.hint')}</p>
    </div>
  );
}
