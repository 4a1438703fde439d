import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { Briefing } from '../../state/briefing';
import { slideStep } from './slideKeys';

export interface PresentModeProps {
  briefing: Briefing;
  at: number;
  onGo: (index: number) => void;
  onExit: () => void;
  /** Short source line(s) of what the map shows now. */
  sources: readonly string[];
  /** The full references, on hover over the source line. */
  references?: readonly string[];
  /** What the map shows now (the image's title): the title of a slide saved without one. */
  mapTitle: string;
}

/**
 * Full screen (Fullscreen API where allowed, else the whole window): the app lays itself out for
 * the slide (CSS on html.presenting), the real map and legend show the slide's view, and this
 * overlay adds the title, counter, caption and sources.
 */
export function PresentMode({
  briefing,
  at,
  onGo,
  onExit,
  sources,
  references = [],
  mapTitle,
}: PresentModeProps) {
  const { t } = useI18n();
  const slide = briefing.slides[at];
  const count = briefing.slides.length;
  const enteredFullscreen = useRef(false);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('presenting');
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      root.requestFullscreen().then(
        () => {
          enteredFullscreen.current = true;
        },
        () => {
          // Refused (no user gesture, a policy): the full-window layout still applies.
        },
      );
    }
    // The browser leaves full screen on its own Esc (no keydown reaches the page).
    const onFullscreen = () => {
      if (!document.fullscreenElement && enteredFullscreen.current) onExit();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      root.classList.remove('presenting');
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);

  useEffect(() => {
    // Capture phase: the presenter's keys must not also reach the map or close a panel.
    const onKey = (event: KeyboardEvent) => {
      const step = slideStep(event.key, at, count);
      if (step === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (step === 'exit') onExit();
      else if (step !== at) onGo(step);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [at, count, onGo, onExit]);

  if (!slide) return null;
  return (
    <div className="present-overlay" role="region" aria-label={t('present.label')}>
      <div className="present-top">
        <h2 className="present-title" data-testid="present-title">
          {slide.title || mapTitle}
        </h2>
        <span className="present-counter" data-testid="present-counter" aria-live="polite">
          {t('present.counter', { at: at + 1, of: count })}
        </span>
      </div>
      <div className="present-bottom">
        {slide.note && <p className="present-caption">{slide.note}</p>}
        {sources.map((line) => (
          <p key={line} className="present-sources" title={references.join('\n') || undefined}>
            {line}
          </p>
        ))}
        <div className="present-controls">
          <button type="button" onClick={() => onGo(Math.max(at - 1, 0))} disabled={at === 0}>
            {t('present.previous')}
          </button>
          <button
            type="button"
            onClick={() => onGo(Math.min(at + 1, count - 1))}
            disabled={at === count - 1}
          >
            {t('present.next')}
          </button>
          <button type="button" onClick={onExit}>
            {t('present.exit')}
          </button>
          <span className="present-keys">{t('present.keys')}</span>
        </div>
      </div>
    </div>
  );
}
