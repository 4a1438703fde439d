/**
 * The open briefing: read from storage at start (or from a #briefing= link, which then wins and
 * is not written to storage until the user asks), saved on every change. A storage failure is
 * reported and never drops the briefing in memory.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MessageKey } from '../../i18n/es';
import type { Params } from '../../i18n/translate';
import type { Briefing } from '../../state/briefing';
import { decodeBriefingHash, isBriefingHash } from '../../state/briefingLink';
import { loadBriefing, saveBriefing, type SaveResult } from '../../state/briefingStorage';

export interface Notice {
  key: MessageKey;
  params?: Params;
  tone: 'info' | 'error';
}

function saveNotice(result: SaveResult): Notice | null {
  if (result === 'full') return { key: 'briefing.storageFull', tone: 'error' };
  if (result === 'unavailable') return { key: 'briefing.storageOff', tone: 'error' };
  return null;
}

function initial(): { briefing: Briefing; notice: Notice | null } {
  const loaded = loadBriefing();
  if (loaded.status === 'unavailable') {
    return { briefing: loaded.briefing, notice: { key: 'briefing.storageOff', tone: 'error' } };
  }
  if (loaded.status === 'corrupt') {
    return {
      briefing: loaded.briefing,
      notice: { key: 'briefing.storedUnreadable', params: { error: loaded.error }, tone: 'error' },
    };
  }
  return { briefing: loaded.briefing, notice: null };
}

export function useBriefing() {
  const [start] = useState(initial);
  const [briefing, setBriefing] = useState<Briefing>(start.briefing);
  const [fromLink, setFromLink] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(start.notice);
  // False while a #briefing= link is being read: the briefing shown is not the final one yet.
  const [ready, setReady] = useState(() => !isBriefingHash(window.location.hash));

  useEffect(() => {
    const hash = window.location.hash;
    if (!isBriefingHash(hash)) return;
    let live = true;
    void decodeBriefingHash(hash).then((result) => {
      if (!live) return;
      setReady(true);
      if (result.ok) {
        setBriefing(result.briefing);
        setFromLink(true);
        setNotice({ key: 'briefing.fromLink', tone: 'info' });
      } else {
        setNotice({ key: 'briefing.linkError', params: { error: result.error }, tone: 'error' });
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const change = useCallback(
    (next: Briefing) => {
      setBriefing(next);
      if (fromLink) return;
      setNotice(saveNotice(saveBriefing(next)));
    },
    [fromLink],
  );

  /** Keeps a briefing opened from a link (or imported) on this device. */
  const keep = useCallback((next: Briefing) => {
    setBriefing(next);
    setFromLink(false);
    setNotice(saveNotice(saveBriefing(next)));
  }, []);

  const storedCount = useCallback(() => {
    const stored = loadBriefing();
    return stored.status === 'ok' ? stored.briefing.slides.length : 0;
  }, []);

  return {
    briefing,
    ready,
    fromLink,
    notice,
    setNotice,
    change,
    keep,
    storedCount,
  };
}
