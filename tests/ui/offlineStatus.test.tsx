// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createOfflineStore } from '../../src/app/offlineStore';
import type { Lang } from '../../src/i18n/translate';
import { OfflineStatus, type OfflineStatusState } from '../../src/ui/OfflineStatus';
import { reactHost } from '../fixtures/reactHost';

describe('offline store', () => {
  it('starts unavailable and tells subscribers of each change once', () => {
    const store = createOfflineStore();
    const seen: string[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    expect(store.get()).toBe('unavailable');
    store.set('saving');
    store.set('saving');
    store.set('ready');
    stop();
    store.set('update');
    expect(seen).toEqual(['saving', 'ready']);
    expect(store.get()).toBe('update');
  });

  it('a waiting update is not hidden by a late "ready" (the page still says reload)', () => {
    const store = createOfflineStore('saving');
    store.set('update');
    store.set('ready');
    expect(store.get()).toBe('update');
  });

  it('applyUpdate does nothing before registration, then calls what the registration gave', () => {
    const store = createOfflineStore();
    expect(() => store.applyUpdate()).not.toThrow();
    const apply = vi.fn();
    store.setApplyUpdate(apply);
    store.applyUpdate();
    expect(apply).toHaveBeenCalledTimes(1);
  });
});

describe('OfflineStatus', () => {
  const view = reactHost();
  const show = (lang: Lang, state: OfflineStatusState, onReload = () => {}) =>
    view.render(lang, <OfflineStatus state={state} onReload={onReload} />);

  it('says nothing when there is no service worker (dev server, old browser)', () => {
    show('es', 'unavailable');
    expect(view.host.innerHTML).toBe('');
  });

  it('says "Disponible sin conexión" / "Available offline" once the files are stored', () => {
    show('es', 'ready');
    expect(view.host.textContent).toBe('Disponible sin conexión');
    show('en', 'ready');
    expect(view.host.textContent).toBe('Available offline');
    expect(view.host.querySelector('[role="status"]')?.getAttribute('title')).toContain(
      'no network',
    );
  });

  it('says it is saving during the first visit', () => {
    show('es', 'saving');
    expect(view.host.textContent).toBe('Guardando el atlas para usarlo sin conexión…');
  });

  it('offers a reload button for a waiting version, and only reloads when pressed', () => {
    const onReload = vi.fn();
    show('es', 'update', onReload);
    const button = view.host.querySelector('button');
    expect(button?.textContent).toBe('Nueva versión disponible — recargar');
    expect(onReload).not.toHaveBeenCalled();
    act(() => button?.click());
    expect(onReload).toHaveBeenCalledTimes(1);
    show('en', 'update', onReload);
    expect(view.host.querySelector('button')?.textContent).toBe('New version available — reload');
  });
});
