import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { AtlasData, DistrictFeature } from '../data/loadAtlas';
import type { PlacedIncident } from '../domain/incidents';
import type { UcdpEvent } from '../data/ucdpSchemas';
import { useI18n } from '../i18n/I18nContext';
import type { HoverInfo, MapTarget } from '../map/mapTargets';
import type { DistrictPaint } from '../map/themePaints';
import { COLORS } from '../map/palette';
import { PanelBoundary } from './PanelBoundary';
import { parseViewport } from '../state/viewport';
import { useFirstFit } from './useFirstFit';
import { hasWebGL2 } from './webgl';

// The map (MapLibre + deck.gl) is the heaviest code; it loads in its own chunk.
const loadAtlasMap = () => import('../map/AtlasMap');
const AtlasMap = lazy(loadAtlasMap);
// Without WebGL the same district canvases, on a camera of our own.
const FlatMap = lazy(() => import('../map/FlatMap'));

/**
 * Starts downloading the map chunk while the data files load, instead of after them: the two
 * requests overlap and the first district frame comes sooner. A failure is ignored here: the
 * lazy component asks again and its error boundary shows it.
 */
export function preloadMap(): void {
  if (hasWebGL2()) loadAtlasMap().catch(() => undefined);
}

export interface MapAreaProps {
  data: AtlasData;
  shapes: readonly DistrictFeature[];
  paint: DistrictPaint;
  incidents: readonly PlacedIncident[] | null;
  /** UCDP GED events for the year, at their own coordinates; null when the layer is off. */
  ucdpEvents?: readonly UcdpEvent[] | null;
  selected: string | null;
  emphasis?: string | null;
  /** The view's data (indicators, jurisdiction, incidents) is still loading. */
  viewLoading: boolean;
  onPick: (target: MapTarget | null) => void;
  /** Renders the tooltip for what the pointer is over. */
  renderTooltip: (hover: HoverInfo) => ReactNode;
  /** Shown over the map, e.g. the tolerance notice. */
  children?: ReactNode;
  /** Keyboard use of the map: arrows move between districts, Enter opens one. */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Read out by screen readers when the keyboard focus moves to a district. */
  announcement?: string;
  /** The district under the pointer (null when none), for views beside the map (the scatter). */
  onHoverDistrict?: (ubigeo: string | null) => void;
}

function markFirstFrame() {
  performance.mark('atlas:first-frame');
  document.documentElement.dataset.mapReady = 'true';
}

export function MapArea({
  renderTooltip,
  children,
  onKeyDown,
  announcement,
  onHoverDistrict,
  ...mapProps
}: MapAreaProps) {
  const { t } = useI18n();
  // MapLibre's controls in the reader's language (the controls the atlas shows, and the canvas).
  const zoomIn = t('maplibre.zoomIn');
  const zoomOut = t('maplibre.zoomOut');
  const mapTitle = t('maplibre.mapTitle');
  const locale = useMemo(
    () => ({
      'NavigationControl.ZoomIn': zoomIn,
      'NavigationControl.ZoomOut': zoomOut,
      'Map.Title': mapTitle,
    }),
    [zoomIn, zoomOut, mapTitle],
  );
  const [hover, setHover] = useState<HoverInfo | null>(null);
  // No WebGL2, or MapLibre could not start with it: the simplified map.
  const [flat, setFlat] = useState(() => !hasWebGL2());
  const [initialViewport] = useState(() => parseViewport(window.location.hash));
  const { data, shapes, paint, selected, emphasis, onPick } = mapProps;
  // A link with a camera or a slide to present puts the camera itself.
  const [cameraFromLink] = useState(
    () => initialViewport !== null || new URLSearchParams(window.location.search).has('s'),
  );
  useFirstFit(data, cameraFromLink);
  const hoveredDistrict = hover?.layer === 'district' ? hover.id : null;
  useEffect(() => onHoverDistrict?.(hoveredDistrict), [onHoverDistrict, hoveredDistrict]);

  return (
    <div
      className="map-area"
      style={{ background: COLORS.peruLand }}
      role="region"
      aria-label={t('map.label')}
      aria-describedby="map-keyboard-hint"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <p id="map-keyboard-hint" className="sr-only">
        {t('map.keyboardHint')}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="map-announcement">
        {announcement}
      </p>
      <PanelBoundary panel="map">
        <Suspense fallback={null}>
          {flat ? (
            <FlatMap
              {...{ data, shapes, paint, selected, emphasis, onPick }}
              initialViewport={initialViewport}
              locale={locale}
              onHover={setHover}
              onFirstFrame={markFirstFrame}
            />
          ) : (
            <AtlasMap
              {...mapProps}
              initialViewport={initialViewport}
              locale={locale}
              onHover={setHover}
              onFirstFrame={markFirstFrame}
              onUnavailable={() => setFlat(true)}
            />
          )}
        </Suspense>
      </PanelBoundary>
      {hover && renderTooltip(hover)}
      {children}
      <p className="map-hint">{t('map.hint')}</p>
    </div>
  );
}
