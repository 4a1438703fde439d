// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OBSERVED_FOR_FIT } from '../../src/ui/panelRoom';
import { panelWatcher } from '../../src/ui/useFirstFit';

/** A ResizeObserver stand-in that records what it watches, as the browser's would hold it. */
function recorder() {
  const watched = new Set<Element>();
  return {
    watched,
    observe: (el: Element) => void watched.add(el),
    unobserve: (el: Element) => void watched.delete(el),
  };
}

function workspace(): HTMLElement {
  const main = document.createElement('main');
  main.className = 'workspace';
  main.innerHTML = '<div class="map-area"></div>';
  document.body.append(main);
  return main;
}

/** The key figures strip, as KeyFiguresStrip renders it (remounted when it folds). */
function keyFigures(): HTMLElement {
  const details = document.createElement('details');
  details.className = 'key-figures';
  details.innerHTML = '<summary>Cifras clave</summary><ul><li>Coca 2023</li></ul>';
  return details;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('panelWatcher (first fit)', () => {
  it('the key figures strip is one of the panels the first fit watches', () => {
    const main = workspace();
    main.append(keyFigures());
    const observer = recorder();
    expect(panelWatcher(observer, OBSERVED_FOR_FIT)(main)).toBe(2);
    expect([...observer.watched].map((el) => el.className)).toEqual(['map-area', 'key-figures']);
  });

  it('stays bounded while a panel is remounted 200 times (each layer change): removed copies are unobserved and forgotten', () => {
    const main = workspace();
    const observer = recorder();
    const watch = panelWatcher(observer, OBSERVED_FOR_FIT);
    let strip = keyFigures();
    main.append(strip);
    watch(main);
    const removed: Element[] = [];
    for (let i = 0; i < 200; i++) {
      const next = keyFigures();
      strip.replaceWith(next);
      removed.push(strip);
      strip = next;
      expect(watch(main)).toBe(2);
    }
    expect(observer.watched.size).toBe(2);
    expect(observer.watched.has(strip)).toBe(true);
    expect(removed.some((el) => observer.watched.has(el))).toBe(false);
  });

  it('watches a panel that appears later once, and none in a missing root', () => {
    const main = workspace();
    const observer = recorder();
    const watch = panelWatcher(observer, OBSERVED_FOR_FIT);
    expect(watch(null)).toBe(0);
    expect(watch(main)).toBe(1);
    main.append(keyFigures());
    expect(watch(main)).toBe(2);
    expect(watch(main)).toBe(2);
    expect(observer.watched.size).toBe(2);
  });
});
