import { useEffect, useReducer, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { AreaShape } from '../domain/area';
import { useI18n } from '../i18n/I18nContext';
import { metresPerPixel, onMapView, toLonLat, toPixel } from '../map/mapRegistry';

export type DrawMode = 'circle' | 'polygon';

export interface AreaOverlayProps {
  /** The area to outline on the map (drawn shapes only). */
  shape: AreaShape | null;
  /** Drawing in progress: clicks on the map place the circle's centre or the polygon's points. */
  drawing: { mode: DrawMode; km: number } | null;
  onDrawn: (shape: AreaShape) => void;
  onCancel: () => void;
}

const round4 = (n: number) => Number(n.toFixed(4));

/** Re-renders when the map moves, so outlines stay on their places. */
function useMapView() {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onMapView(tick), []);
}

function ringPath(ring: readonly (readonly [number, number])[], close: boolean): string {
  const points = ring.flatMap((p) => toPixel(p) ?? []);
  if (points.length === 0) return '';
  return (
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ') + (close ? ' Z' : '')
  );
}

/** The drawn area on the map, and the surface that takes the clicks while drawing. */
export function AreaOverlay({ shape, drawing, onDrawn, onCancel }: AreaOverlayProps) {
  const { t } = useI18n();
  useMapView();
  const [points, setPoints] = useState<[number, number][]>([]);
  const finish = () => {
    if (points.length >= 3) onDrawn({ kind: 'polygon', ring: points });
    setPoints([]);
  };
  const place = (event: MouseEvent<HTMLDivElement>) => {
    if (!drawing) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const lonLat = toLonLat(event.clientX - rect.left, event.clientY - rect.top);
    if (!lonLat) return;
    const point: [number, number] = [round4(lonLat[0]), round4(lonLat[1])];
    if (drawing.mode === 'circle') {
      onDrawn({ kind: 'circle', center: point, km: drawing.km });
    } else if (event.detail >= 2) {
      finish(); // a double click closes the polygon
    } else {
      setPoints((p) => (p.length < 40 ? [...p, point] : p));
    }
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      setPoints([]);
      onCancel();
    } else if (event.key === 'Enter') finish();
  };

  let outline = '';
  if (shape?.kind === 'polygon') outline = ringPath(shape.ring, true);
  let circle: { x: number; y: number; r: number } | null = null;
  if (shape?.kind === 'circle') {
    const centre = toPixel(shape.center);
    const mpp = metresPerPixel();
    if (centre && mpp) circle = { ...centre, r: (shape.km * 1000) / mpp };
  }
  return (
    <>
      <svg className="area-outline" aria-hidden="true">
        {outline && <path d={outline} />}
        {circle && <circle cx={circle.x} cy={circle.y} r={circle.r} />}
        {points.length > 0 && <path className="drawing" d={ringPath(points, false)} />}
      </svg>
      {drawing && (
        <div
          className="draw-surface"
          role="application"
          aria-label={
            drawing.mode === 'circle' ? t('area.drawCircleHint') : t('area.drawPolygonHint')
          }
          tabIndex={0}
          // Focus moves to the drawing surface so that Esc and Enter work at once.
          autoFocus
          onClick={place}
          onKeyDown={onKey}
        >
          <p className="draw-hint">
            {drawing.mode === 'circle' ? t('area.drawCircleHint') : t('area.drawPolygonHint')}
            {drawing.mode === 'polygon' && (
              <button
                type="button"
                disabled={points.length < 3}
                onClick={(e) => {
                  e.stopPropagation();
                  finish();
                }}
              >
                {t('area.finish', { count: points.length })}
              </button>
            )}
            <button
              type="button"
              onClick={(e) => {
                e.stopPropagation();
                setPoints([]);
                onCancel();
              }}
            >
              {t('area.cancel')}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
