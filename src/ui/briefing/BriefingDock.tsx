/**
 * Everything of the briefing feature that sits on the workspace, mounted with one element: the
 * toolbar (briefing panel, map PNG, figure, print, print header), the panel and present mode.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SourceRef } from '../../data/schemas';
import type { ThemeData } from '../../data/loadThemes';
import { useI18n } from '../../i18n/I18nContext';
import { currentMap, jumpTo, onceMapReady, viewportOf } from '../../map/mapRegistry';
import { useViewportHash } from '../../map/useViewportHash';
import type { Slide, SlideView } from '../../state/briefing';
import { isBriefingHash } from '../../state/briefingLink';
import { parseUrlState, serializeUrlState, type UrlState } from '../../state/urlState';
import { parseViewport, serializeViewport } from '../../state/viewport';
import type { LayerView } from '../layerView';
import type { LegendModel } from '../legendModel';
import { figureText, type SystemsFigureSources } from './figureText';
import { FigureActions } from './FigureActions';
import { useBriefing } from './useBriefing';
import './briefing.css';
import './print.css';

// Opened on demand (the panel by its button, present mode from it or a link): in chunks of
// their own, out of the code that must load before the first map frame.
const BriefingPanel = lazy(() =>
  import('./BriefingPanel').then((m) => ({ default: m.BriefingPanel })),
);
const PresentMode = lazy(() => import('./PresentMode').then((m) => ({ default: m.PresentMode })));

export interface BriefingDockProps {
  state: UrlState;
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;
  view: LayerView;
  /** The legend on screen, for the PNG and the figure to draw. */
  legend: LegendModel;
  theme: ThemeData | null;
  atlasSources: readonly SourceRef[];
  /** A systems view's sources, cited in place of the layer's (null outside the views). */
  systemsSources: SystemsFigureSources | null;
  knownDistrict: (ubigeo: string) => boolean;
}

export function BriefingDock({
  state,
  update,
  view,
  legend,
  theme,
  atlasSources,
  systemsSources,
  knownDistrict,
}: BriefingDockProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const briefing = useBriefing();
  const [open, setOpen] = useState(() => isBriefingHash(window.location.hash));
  const [presenting, setPresenting] = useState<number | null>(null);
  // A link opened mid-presentation (?…&s=3): present that slide once the briefing is read.
  const [startAt, setStartAt] = useState<number | null>(state.slide);
  const printed = figureText(i18n, view, legend, theme, atlasSources, new Date(), systemsSources);
  // A briefing link stays in the address (the camera is then not written there).
  useViewportHash(serializeViewport, parseViewport, isBriefingHash);

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
    (slide: Slide, presentAt: number | null = null) => {
      // The presenter's language stays: a slide saved in Spanish shows in English if asked.
      const view = parseUrlState(slide.view.query, knownDistrict);
      update({ ...view, lang, slide: presentAt === null ? null : presentAt + 1 }, 'push');
      const viewport = parseViewport(slide.view.hash);
      if (viewport) onceMapReady((map) => jumpTo(map, viewport));
    },
    [update, knownDistrict, lang],
  );
  const slides = briefing.briefing.slides;
  const go = useCallback(
    (index: number) => {
      const slide = slides[index];
      if (!slide) return;
      setPresenting(index);
      apply(slide, index);
    },
    [slides, apply],
  );
  const exit = useCallback(() => {
    setPresenting(null);
    update({ slide: null }, 'replace');
  }, [update]);

  const ready = briefing.ready;
  useEffect(() => {
    if (startAt === null || !ready) return;
    // Out of the render's commit (setState in an effect's body would render twice).
    const frame = requestAnimationFrame(() => {
      setStartAt(null);
      // A slide number the briefing does not have: its first slide.
      if (slides.length === 0) update({ slide: null }, 'replace');
      else go(startAt <= slides.length ? startAt - 1 : 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [startAt, ready, slides.length, go, update]);

  // Back / Forward while presenting: follow the slide in the address (or leave present mode).
  const inAddress = state.slide === null ? null : state.slide - 1;
  useEffect(() => {
    if (presenting === null || startAt !== null || inAddress === presenting) return;
    const frame = requestAnimationFrame(() => {
      const slide = inAddress === null ? undefined : slides[inAddress];
      setPresenting(slide && inAddress !== null ? inAddress : null);
      const viewport = slide ? parseViewport(slide.view.hash) : null;
      if (viewport) onceMapReady((map) => jumpTo(map, viewport));
    });
    return () => cancelAnimationFrame(frame);
  }, [presenting, startAt, inAddress, slides]);

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
        <FigureActions figure={printed} legend={legend} chartOpen={state.charts} />
      </div>
      <PrintFrame {...printed} />
      <Suspense fallback={null}>
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
            onOpen={(slide) => apply(slide)}
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
            references={printed.references}
            mapTitle={printed.title}
          />
        )}
      </Suspense>
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
