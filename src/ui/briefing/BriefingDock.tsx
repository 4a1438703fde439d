/**
 * Everything of the briefing feature that sits on the workspace, mounted with one element: the
 * toolbar (briefing panel, map PNG, figure, print, print header), the panel and present mode.
 */
import { useCallback, useState } from 'react';
import type { SourceRef } from '../../data/schemas';
import type { ThemeData } from '../../data/loadThemes';
import { useI18n } from '../../i18n/I18nContext';
import { currentMap, jumpTo, viewportOf } from '../../map/mapSnapshot';
import { useViewportHash } from '../../map/useViewportHash';
import type { Slide, SlideView } from '../../state/briefing';
import { isBriefingHash } from '../../state/briefingLink';
import { parseUrlState, serializeUrlState, type UrlState } from '../../state/urlState';
import { parseViewport, serializeViewport } from '../../state/viewport';
import type { LayerView } from '../layerView';
import { BriefingPanel } from './BriefingPanel';
import { figureText } from './figureText';
import { FigureActions } from './FigureActions';
import { PresentMode } from './PresentMode';
import { useBriefing } from './useBriefing';
import './briefing.css';

export interface BriefingDockProps {
  state: UrlState;
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;
  view: LayerView;
  theme: ThemeData | null;
  atlasSources: readonly SourceRef[];
  knownDistrict: (ubigeo: string) => boolean;
}

export function BriefingDock({
  state,
  update,
  view,
  theme,
  atlasSources,
  knownDistrict,
}: BriefingDockProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const briefing = useBriefing();
  const [open, setOpen] = useState(() => isBriefingHash(window.location.hash));
  const [presenting, setPresenting] = useState<number | null>(null);
  const printed = figureText(i18n, view, theme, atlasSources);
  useViewportHash(serializeViewport, parseViewport);

  const currentView = (): SlideView => {
    const map = currentMap();
    const hash = map
      ? serializeViewport(viewportOf(map))
      : parseViewport(window.location.hash)
        ? window.location.hash
        : '';
    return { query: serializeUrlState(state), hash };
  };
  const lang = state.lang;
  const apply = useCallback(
    (slide: Slide) => {
      // The presenter's language stays: a slide saved in Spanish shows in English if asked.
      update({ ...parseUrlState(slide.view.query, knownDistrict), lang }, 'push');
      const viewport = parseViewport(slide.view.hash);
      const map = currentMap();
      if (viewport && map) jumpTo(map, viewport);
    },
    [update, knownDistrict, lang],
  );
  const slides = briefing.briefing.slides;
  const go = useCallback(
    (index: number) => {
      const slide = slides[index];
      if (!slide) return;
      setPresenting(index);
      apply(slide);
    },
    [slides, apply],
  );
  const exit = useCallback(() => setPresenting(null), []);

  return (
    <>
      <div className="briefing-bar">
        <button
          type="button"
          className="briefing-toggle"
          aria-pressed={open}
          onClick={() => setOpen(!open)}
        >
          {t('briefing.open')}
          {slides.length > 0 && <span className="badge">{slides.length}</span>}
        </button>
        <FigureActions figure={printed} chartOpen={state.charts} />
      </div>
      <PrintFrame {...printed} />
      {open && presenting === null && (
        <BriefingPanel
          briefing={briefing.briefing}
          fromLink={briefing.fromLink}
          notice={briefing.notice}
          onNotice={briefing.setNotice}
          onChange={briefing.change}
          onKeep={briefing.keep}
          storedCount={briefing.storedCount}
          currentView={currentView}
          onOpen={apply}
          onPresent={go}
          onClose={() => setOpen(false)}
        />
      )}
      {presenting !== null && (
        <PresentMode
          briefing={briefing.briefing}
          at={presenting}
          onGo={go}
          onExit={exit}
          sources={printed.footer.slice(0, -1)}
        />
      )}
    </>
  );
}

/** Shown only on paper: the title above the map and the source lines below it. */
function PrintFrame({ title, footer }: { title: string; footer: readonly string[] }) {
  return (
    <>
      <div className="print-only print-header" aria-hidden="true">
        <h2>{title}</h2>
      </div>
      <div className="print-only print-footer" aria-hidden="true" data-testid="print-footer">
        {footer.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </>
  );
}
