import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import {
  addSlide,
  briefingToJson,
  editSlide,
  MAX_NOTE,
  MAX_SLIDES,
  MAX_TITLE,
  moveSlide,
  parseBriefingJson,
  removeSlide,
  renameBriefing,
  type Briefing,
  type Slide,
  type SlideView,
} from '../../state/briefing';
import { encodeBriefingHash, SAFE_LINK_LENGTH } from '../../state/briefingLink';
import { downloadBlob, fileSlug } from '../exportChart';
import type { Notice } from './useBriefing';

/** Beyond this, mail and chat clients start to cut links; the panel says so. */
const CHAT_LINK_LENGTH = 8000;

export interface BriefingPanelProps {
  briefing: Briefing;
  fromLink: boolean;
  notice: Notice | null;
  onNotice: (notice: Notice | null) => void;
  onChange: (next: Briefing) => void;
  /** Stores a briefing from a link or a file on this device (replacing the stored one). */
  onKeep: (next: Briefing) => void;
  storedCount: () => number;
  currentView: () => SlideView;
  onOpen: (slide: Slide) => void;
  onPresent: (index: number) => void;
  onClose: () => void;
}

export function BriefingPanel(props: BriefingPanelProps) {
  const { briefing, fromLink, notice, onNotice, onChange, onKeep } = props;
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusId) list.current?.querySelector<HTMLElement>(`[data-slide="${focusId}"]`)?.focus();
  }, [focusId, briefing]);

  const save = () => {
    const result = addSlide(briefing, { title, note, view: props.currentView() });
    if (!result.ok) {
      onNotice({ key: 'briefing.full', params: { max: MAX_SLIDES }, tone: 'error' });
      return;
    }
    onChange(result.briefing);
    setTitle('');
    setNote('');
  };
  const move = (id: string, step: number) => {
    onChange(moveSlide(briefing, id, step));
    setFocusId(id);
  };
  const onSlideKey = (event: KeyboardEvent<HTMLLIElement>, slide: Slide) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(slide.id, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Enter') {
      props.onOpen(slide);
    } else if (event.key === 'Delete') {
      onChange(removeSlide(briefing, slide.id));
    }
  };
  const exportJson = () =>
    downloadBlob(
      new Blob([briefingToJson(briefing)], { type: 'application/json' }),
      `${fileSlug(briefing.title || t('briefing.title')) || 'briefing'}.json`,
    );
  const importJson = async (file: File) => {
    const parsed = parseBriefingJson(await file.text());
    if (!parsed.ok) {
      onNotice({
        key: 'briefing.importError',
        params: { file: file.name, error: parsed.error },
        tone: 'error',
      });
      return;
    }
    const stored = props.storedCount();
    if (stored > 0 && !window.confirm(t('briefing.replaceConfirm', { count: stored }))) return;
    onKeep(parsed.briefing);
    onNotice({
      key: 'briefing.imported',
      params: { count: parsed.briefing.slides.length },
      tone: 'info',
    });
  };
  const copyLink = async () => {
    const hash = await encodeBriefingHash(briefing);
    const url = `${window.location.origin}${window.location.pathname}${hash}`;
    const length = url.length;
    try {
      await navigator.clipboard.writeText(url);
      onNotice({
        key: length > CHAT_LINK_LENGTH ? 'briefing.linkLong' : 'briefing.linkCopied',
        params: { length },
        tone: length > SAFE_LINK_LENGTH ? 'error' : 'info',
      });
    } catch {
      window.history.replaceState(null, '', url);
      onNotice({ key: 'briefing.linkNotCopied', tone: 'error' });
    }
  };

  return (
    <aside className="briefing-panel" aria-labelledby="briefing-title" data-testid="briefing-panel">
      <div className="panel-head">
        <h2 id="briefing-title">{t('briefing.title')}</h2>
        <button
          type="button"
          className="close"
          onClick={props.onClose}
          aria-label={t('panel.close')}
        >
          ×
        </button>
      </div>
      {notice && (
        <p className={notice.tone === 'error' ? 'error-note' : 'note'} role="status">
          {t(notice.key, notice.params)}
        </p>
      )}
      {fromLink && (
        <button type="button" onClick={() => onKeep(briefing)}>
          {t('briefing.keep')}
        </button>
      )}
      <label className="field">
        {t('briefing.name')}
        <input
          value={briefing.title}
          maxLength={MAX_TITLE}
          onChange={(e) => onChange(renameBriefing(briefing, e.target.value))}
        />
      </label>
      <form
        className="briefing-save"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          {t('briefing.slideTitle')}
          <input value={title} maxLength={MAX_TITLE} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          {t('briefing.slideNote')}
          <textarea
            value={note}
            maxLength={MAX_NOTE}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button type="submit">{t('briefing.save')}</button>
      </form>
      <h3>{t('briefing.list')}</h3>
      {briefing.slides.length === 0 ? (
        <p className="note">{t('briefing.empty')}</p>
      ) : (
        <>
          <p className="note">{t('briefing.reorderHint')}</p>
          <ol className="slide-list" ref={list}>
            {briefing.slides.map((slide, i) => (
              <li
                key={slide.id}
                data-slide={slide.id}
                tabIndex={0}
                aria-label={`${i + 1}. ${slide.title}`}
                onKeyDown={(e) => onSlideKey(e, slide)}
              >
                <input
                  className="slide-title"
                  value={slide.title}
                  maxLength={MAX_TITLE}
                  aria-label={t('briefing.slideTitle')}
                  onChange={(e) =>
                    onChange(editSlide(briefing, slide.id, { title: e.target.value }))
                  }
                />
                {slide.note && <p className="slide-note">{slide.note}</p>}
                <div className="slide-actions">
                  <button type="button" onClick={() => props.onOpen(slide)}>
                    {t('briefing.show')}
                  </button>
                  <button type="button" onClick={() => props.onPresent(i)}>
                    {t('briefing.present')}
                  </button>
                  <button
                    type="button"
                    disabled={i === 0}
                    onClick={() => move(slide.id, -1)}
                    aria-label={`${t('briefing.moveUp')}: ${slide.title}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === briefing.slides.length - 1}
                    onClick={() => move(slide.id, 1)}
                    aria-label={`${t('briefing.moveDown')}: ${slide.title}`}
                  >
                    ↓
                  </button>
                  <button type="button" onClick={() => onChange(removeSlide(briefing, slide.id))}>
                    {t('briefing.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="briefing-actions">
        <button
          type="button"
          className="primary"
          disabled={briefing.slides.length === 0}
          onClick={() => props.onPresent(0)}
        >
          {t('briefing.present')}
        </button>
        <button type="button" onClick={exportJson} disabled={briefing.slides.length === 0}>
          {t('briefing.exportJson')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('briefing.importJson')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="briefing-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importJson(file);
          }}
        />
        <button
          type="button"
          onClick={() => void copyLink()}
          disabled={briefing.slides.length === 0}
        >
          {t('briefing.copyLink')}
        </button>
      </div>
    </aside>
  );
}
