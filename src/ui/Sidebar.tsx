import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { isNarrowLayout } from '../map/layout';
import { useSimplifiedMap } from './useSimplifiedMap';

/**
 * The controls and the district list. On a wide screen they float beside the map and the toggle
 * is hidden; in the one-column layout (phones, 200 % text) they fold behind a button under the
 * map, closed at first so that the map and its legend come first. Open or closed is local state:
 * a link does not need to reproduce it. Above them, without WebGL, the notice that the map is
 * simplified (beside the layers it concerns: event points are not drawn).
 */
export function Sidebar({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(() => !isNarrowLayout());
  const simplified = useSimplifiedMap();
  return (
    <div className={open ? 'sidebar' : 'sidebar collapsed'}>
      {/* Outside the fold: a phone reader sees it with the sidebar closed. */}
      {simplified && (
        <p className="map-simplified" role="status">
          {t('error.webgl')}
        </p>
      )}
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={open}
        aria-controls="sidebar-body"
        onClick={() => setOpen((o) => !o)}
      >
        {t('sidebar.toggle')}
      </button>
      <div className="sidebar-body" id="sidebar-body">
        {children}
      </div>
    </div>
  );
}
