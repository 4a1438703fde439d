// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfflineStore } from '../../src/app/offlineStore';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { Lang } from '../../src/i18n/translate';
import { OfflineStatus, type OfflineStatusState } from '../../src/ui/OfflineStatus';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });
  const show = (lang: Lang, state: OfflineStatusState, onReload = () => {}) =>
    act(() =>
      root.render(
        <I18nProvider lang={lang}>
          <OfflineStatus state={state} onReload={onReload} />
        </I18nProvider>,
      ),
    );

  it('says nothing when there is no service worker (dev server, old browser)', () => {
    show('es', 'unavailable');
    expect(host.innerHTML).toBe('');
  });

  it('says "Disponible sin conexión" / "Available offline" once the files are stored', () => {
    show('es', 'ready');
    expect(host.textContent).toBe('Disponible sin conexión');
    show('en', 'ready');
    expect(host.textContent).toBe('Available offline');
    expect(host.querySelector('[role="status"]')?.getAttribute('title')).toContain('no network');
  });

  it('says it is saving during the first visit', () => {
    show('es', 'saving');
    expect(host.textContent).toBe('Guardando el atlas para usarlo sin conexión…');
  });

  it('offers a reload button for a waiting version, and only reloads when pressed', () => {
    const onReload = vi.fn();
    show('es', 'update', onReload);
    const button = host.querySelector('button');
    expect(button?.textContent).toBe('Nueva versión disponible — recargar');
    expect(onReload).not.toHaveBeenCalled();
    act(() => button?.click());
    expect(onReload).toHaveBeenCalledTimes(1);
    show('en', 'update', onReload);
    expect(host.querySelector('button')?.textContent).toBe('New version available — reload');
  });
});
