// @vitest-environment happy-dom
/**
 * The screen legends are laid out from the legend model (ui/legendModel.ts): each row reads the
 * model's words, each gap row carries its pattern swatch, so the PNG export (which draws the same
 * model) says what the screen says. Coca 2016 and the base map, es and en.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import { translate, type Lang } from '../../src/i18n/translate';
import { parseUrlState } from '../../src/state/urlState';
import { deriveAtlasView } from '../../src/ui/atlasView';
import { ChoroplethLegend } from '../../src/ui/ChoroplethLegend';
import { Legend } from '../../src/ui/Legend';
import { baseCounts, layerLegend } from '../../src/ui/legendModel';
import { reactHost } from '../fixtures/reactHost';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

let data: AtlasData;
let theme: ThemeData;
beforeAll(async () => {
  [data, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
});
const screen = reactHost();

function viewOf(query: string) {
  return deriveAtlasView(
    parseUrlState(query),
    data,
    theme,
    { active: null, events: { placed: [], byId: new Map() } },
    { area: null, pinned: null },
  ).view;
}

const rowsOnScreen = (host: HTMLElement) =>
  Array.from(host.querySelectorAll('section.legend > ul > li'), (li) => {
    const range = li.querySelector('.range');
    const count = li.querySelector('.count');
    return range && count ? `${range.textContent}  ${count.textContent}` : li.textContent;
  });

describe.each(['es', 'en'] as const)('the screen legend is the model (%s)', (lang: Lang) => {
  const i18n = {
    lang,
    t: (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
      translate(lang, k, p),
  };
  it('coca 2016: heading, rows, gap patterns and unit as the model has them', () => {
    const view = viewOf('?i=coca&y=2016');
    if (view.kind !== 'indicator') throw new Error('expected the coca view');
    const model = layerLegend(i18n, view, baseCounts(data.districts, false));
    const host = screen.render(
      lang,
      <ChoroplethLegend indicator={view.indicator} year={view.year} map={view.map} />,
    );
    expect(host.querySelector('h2')?.textContent).toBe(model.title);
    expect(rowsOnScreen(host)).toEqual(
      model.items.map((i) => (i.count === undefined ? i.label : `${i.label}  ${i.count}`)),
    );
    const patterns = Array.from(host.querySelectorAll<HTMLElement>('[data-pattern]'), (s) => [
      s.closest('li')?.className,
      s.dataset.pattern,
      s.dataset.colour,
    ]);
    expect(patterns).toEqual(
      model.items
        .filter((i) => i.pattern)
        .map((i) => [`missing-${i.pattern}`, i.pattern, i.colour]),
    );
    expect(host.querySelector('.legend-unit')?.textContent).toBe(model.unit);
  });
  it('base map: the seven rows, swatches with their outline, lines with their width', () => {
    const counts = baseCounts(data.districts, false);
    const model = layerLegend(i18n, viewOf(''), counts);
    const host = screen.render(lang, <Legend counts={counts} />);
    expect(rowsOnScreen(host)).toEqual(model.items.map((i) => i.label));
    const marks = Array.from(host.querySelectorAll<HTMLElement>('li > span'), (s) => [
      s.className,
      s.className === 'swatch' ? s.style.borderColor !== '' : s.style.borderTopColor !== '',
    ]);
    expect(marks).toEqual([
      ['swatch', true],
      ['swatch', true],
      ['swatch', true],
      ['line', true],
      ['line', true],
      ['line dashed', true],
      ['line', true],
    ]);
  });
});
