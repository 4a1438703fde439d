/**
 * The systems views' legends as legend models (../legendModel.ts): the bivariate key (its 3 × 3
 * grid with a count per cell, the axes in words, the gap rows) and the overlap colour key (a
 * colour per count of conditions met). The screen lays them out (BivariateLegend, OverlapPanel)
 * and the PNG export draws the same models: the grid as nine rows "coca alta, pobreza media: 12",
 * the words a screen reader reads off each cell. What is not a key stays on screen only: the
 * axes' source lines and tolerance notes, the overlap panel's ranked list, rules and exports.
 */
import { BIVARIATE_PALETTE, classWord } from '../../domain/bivariate';
import type { IndicatorDef } from '../../domain/indicatorRegistry';
import type { MessageKey } from '../../i18n/es';
import { formatDate } from '../../i18n/format';
import type { I18n } from '../../i18n/I18nContext';
import { gapItems, type LegendModel } from '../legendModel';
import type { BivariateView, OverlapView, SystemsView } from './systemsView';

/** Short nouns for "coca alta, pobreza media"; the gender picks the adjective's ending in es. */
const NOUNS: Record<IndicatorDef['id'], { key: MessageKey; feminine: boolean }> = {
  coca_ha: { key: 'systems.noun.coca', feminine: true },
  poverty_total_pct: { key: 'systems.noun.poverty', feminine: true },
  poverty_extreme_pct: { key: 'systems.noun.extremePoverty', feminine: true },
  hdi: { key: 'systems.noun.hdi', feminine: false },
  nbi_pct: { key: 'systems.noun.nbi', feminine: false },
  population: { key: 'systems.noun.population', feminine: true },
  budget_pim_2022: { key: 'systems.noun.budget', feminine: false },
};

const LEVEL_KEYS: Record<'f' | 'm', Record<'low' | 'mid' | 'high', MessageKey>> = {
  f: { low: 'systems.level.f.low', mid: 'systems.level.f.mid', high: 'systems.level.f.high' },
  m: { low: 'systems.level.m.low', mid: 'systems.level.m.mid', high: 'systems.level.m.high' },
};

export function nounOf({ t }: I18n, def: IndicatorDef): string {
  const noun = NOUNS[def.id];
  return noun ? t(noun.key) : def.label.es;
}

/** "coca alta" / "high coca". */
export function cellPart(i18n: I18n, def: IndicatorDef, c: number): string {
  const noun = NOUNS[def.id];
  const level = i18n.t(LEVEL_KEYS[noun?.feminine === false ? 'm' : 'f'][classWord(c)]);
  return i18n.t('systems.cellPart', { noun: nounOf(i18n, def), level });
}

export function cellWords(i18n: I18n, view: BivariateView, cx: number, cy: number): string {
  return `${cellPart(i18n, view.x, cx)}, ${cellPart(i18n, view.y, cy)}`;
}

/** The bivariate key: rows from high y (top) to low, columns from low x (left) to high. */
export function bivariateLegend(i18n: I18n, view: BivariateView): LegendModel {
  const { t, lang } = i18n;
  return {
    title: t('systems.bivariateTitle', {
      x: view.x.label[lang],
      y: view.y.label[lang],
      year: view.year,
    }),
    grid: {
      x: `${t('systems.more', { noun: nounOf(i18n, view.x) })} →`,
      y: `${t('systems.more', { noun: nounOf(i18n, view.y) })} ↑`,
      rows: [2, 1, 0].map((cy) =>
        [0, 1, 2].map((cx) => ({
          colour: BIVARIATE_PALETTE[cx]?.[cy] ?? '#000000',
          label: cellWords(i18n, view, cx, cy),
          count: view.cells.counts[cx]?.[cy] ?? 0,
          dark: cx + cy >= 3,
        })),
      ),
    },
    items: gapItems(i18n, view.cells.missing),
    notes: [],
  };
}

/** The overlap key: a colour per number of conditions met, with its district count. */
export function overlapLegend(i18n: I18n, view: OverlapView): LegendModel {
  const { t, lang } = i18n;
  const n = view.conditions.length;
  return {
    title: t('systems.overlapTitle', { date: formatDate(lang, view.date) }),
    items:
      n === 0
        ? []
        : view.colours.map((colour, i) => ({
            colour,
            line: false,
            label: t('systems.metCount', { count: i, n }),
            count: t('legend.districtCount', {
              count: view.results.filter((r) => r.met === i).length,
            }),
          })),
    notes: n === 0 ? [t('systems.noConditions')] : [],
  };
}

export function systemsLegend(i18n: I18n, view: SystemsView): LegendModel {
  return view.kind === 'bivariate' ? bivariateLegend(i18n, view) : overlapLegend(i18n, view);
}
