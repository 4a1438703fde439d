import { describe, expect, it } from 'vitest';
import { addSlide, EMPTY_BRIEFING } from '../../src/state/briefing';
import {
  BRIEFING_STORAGE_KEY,
  loadBriefing,
  saveBriefing,
  type BriefingStore,
} from '../../src/state/briefingStorage';

function memoryStore(): BriefingStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

const one = (() => {
  const r = addSlide(EMPTY_BRIEFING, { title: 'Coca', note: '', view: { query: '', hash: '' } });
  if (!r.ok) throw new Error('add failed');
  return r.briefing;
})();

describe('briefing storage', () => {
  it('saves and loads back the same briefing', () => {
    const store = memoryStore();
    expect(saveBriefing(one, store)).toBe('ok');
    expect(loadBriefing(store)).toEqual({ status: 'ok', briefing: one });
  });

  it('an empty store gives an empty briefing', () => {
    expect(loadBriefing(memoryStore())).toEqual({ status: 'ok', briefing: EMPTY_BRIEFING });
  });

  it('storage off (getItem throws, or no store) reports unavailable', () => {
    const off: BriefingStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadBriefing(off).status).toBe('unavailable');
    expect(loadBriefing(null).status).toBe('unavailable');
    expect(saveBriefing(one, off)).toBe('unavailable');
    expect(saveBriefing(one, null)).toBe('unavailable');
  });

  it('a full store reports full and keeps what was stored before', () => {
    const store = memoryStore();
    saveBriefing(EMPTY_BRIEFING, store);
    const before = store.data.get(BRIEFING_STORAGE_KEY);
    const full: BriefingStore = {
      getItem: store.getItem,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveBriefing(one, full)).toBe('full');
    expect(store.data.get(BRIEFING_STORAGE_KEY)).toBe(before);
  });

  it('an unreadable stored briefing is reported and copied aside, not lost', () => {
    const store = memoryStore();
    store.setItem(BRIEFING_STORAGE_KEY, '{"version":1,"title":3,"slides":[]}');
    const r = loadBriefing(store);
    expect(r).toMatchObject({ status: 'corrupt', error: /^title: / });
    expect(store.data.get(`${BRIEFING_STORAGE_KEY}.unreadable`)).toBe(
      '{"version":1,"title":3,"slides":[]}',
    );
  });
});
