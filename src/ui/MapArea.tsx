import type { Layer } from '@deck.gl/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { AtlasData, DistrictFeature } from '../data/loadAtlas';
import { useI18n } from '../i18n/I18nContext';
import type { HoverInfo, MapTarget } from '../map/AtlasMap';
import type { DistrictPaint } from '../map/districtLayers';
import { hasWebGL2 } from './webgl';

// The map (MapLibre + deck.gl) is the heaviest code; it loads in its own chunk.
const AtlasMap = lazy(() => import('../map/AtlasMap'));

export interface MapAreaProps {
  data: AtlasData;
  shapes: readonly DistrictFeature[];
  paint: DistrictPaint;
  overlays: readonly Layer[];
  selected: string | null;
  emphasis?: string | null;
  onPick: (target: MapTarget | null) => void;
  /** Renders the tooltip for what the pointer is over. */
  renderTooltip: (hover: HoverInfo) => ReactNode;
  /** Shown over the map, e.g. the tolerance notice. */
  children?: ReactNode;
}

function markFirstFrame() {
  performance.mark('atlas:first-frame');
  document.documentElement.dataset.mapReady = 'true';
}

export function MapArea({ renderTooltip, children, ...mapProps }: MapAreaProps) {
  const { t } = useI18n();
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [webgl] = useState(hasWebGL2);

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
        <AtlasMap {...mapProps} onHover={setHover} onFirstFrame={markFirstFrame} />
      </Suspense>
      {hover && renderTooltip(hover)}
      {children}
      <p className="map-hint">{t('map.hint')}</p>
    </div>
  );
}
