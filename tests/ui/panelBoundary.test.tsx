// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { Lang } from '../../src/i18n/translate';
import { PanelBoundary, type PanelName } from '../../src/ui/PanelBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Throws while `broken.now` is true: a panel whose data or chunk is bad. */
const broken = { now: true };
const rendered = vi.fn();
function Fragile() {
  rendered();
  if (broken.now) throw new Error('bad series row 7');
  return <p>chart drawn</p>;
}

let host: HTMLDivElement;
let root: Root;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  broken.now = true;
  rendered.mockClear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  consoleError.mockRestore();
});

function page(lang: Lang, panel: PanelName = 'charts') {
  return (
    <I18nProvider lang={lang}>
      <p id="sibling">map still here</p>
      <PanelBoundary panel={panel}>
        <Fragile />
      </PanelBoundary>
    </I18nProvider>
  );
}

const retryButton = () => host.querySelector<HTMLButtonElement>('.panel-error button');

describe('PanelBoundary', () => {
  it('replaces a throwing panel by a message naming it (es), and keeps its sibling', () => {
    act(() => root.render(page('es')));
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'No se pudo mostrar «Gráficos» por un error. El resto del atlas sigue funcionando.',
    );
    expect(retryButton()?.textContent).toBe('Reintentar');
    expect(host.querySelector('#sibling')?.textContent).toBe('map still here');
    expect(host.textContent).not.toContain('chart drawn');
  });

  it('names the panel in English too', () => {
    act(() => root.render(page('en', 'table')));
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Could not show “Table” because of an error. The rest of the atlas keeps working.',
    );
    expect(retryButton()?.textContent).toBe('Retry');
  });

  it('logs the error with the panel name to the console (and nowhere else)', () => {
    act(() => root.render(page('es', 'map')));
    const ours = consoleError.mock.calls.find(
      (args: unknown[]) => typeof args[0] === 'string' && args[0].includes('the map panel failed'),
    );
    expect(ours?.[1]).toBeInstanceOf(Error);
    expect((ours?.[1] as Error).message).toBe('bad series row 7');
  });

  it('retry renders the panel again: drawn once the cause is gone', () => {
    act(() => root.render(page('es')));
    expect(retryButton()).not.toBeNull();
    broken.now = false;
    act(() => retryButton()?.click());
    expect(host.textContent).toContain('chart drawn');
    expect(host.querySelector('.panel-error')).toBeNull();
  });

  it('retry on a panel that still throws shows the message again, still contained', () => {
    act(() => root.render(page('es')));
    const before = rendered.mock.calls.length;
    act(() => retryButton()?.click());
    expect(rendered.mock.calls.length).toBeGreaterThan(before);
    expect(host.querySelector('.panel-error')).not.toBeNull();
    expect(host.querySelector('#sibling')).not.toBeNull();
  });

  it('a healthy panel renders as is, and keeps its state across parent renders', () => {
    broken.now = false;
    function Counter() {
      const [n, setN] = useState(0);
      return (
        <button type="button" id="count" onClick={() => setN(n + 1)}>
          {n}
        </button>
      );
    }
    const tree = (lang: Lang) => (
      <I18nProvider lang={lang}>
        <PanelBoundary panel="district">
          <Counter />
        </PanelBoundary>
      </I18nProvider>
    );
    act(() => root.render(tree('es')));
    act(() => host.querySelector<HTMLButtonElement>('#count')?.click());
    act(() => root.render(tree('en')));
    expect(host.querySelector('#count')?.textContent).toBe('1');
    expect(host.querySelector('.panel-error')).toBeNull();
  });
});
