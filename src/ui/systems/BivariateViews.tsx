import type { ThemeData } from '../../data/loadThemes';
import { BIVARIATE_PALETTE, classWord, type BivariateDistrict } from '../../domain/bivariate';
import type { DistrictIndex } from '../../domain/districts';
import type { IndicatorDef } from '../../domain/indicatorRegistry';
import { MISSING_COLOURS } from '../../domain/palettes';
import type { MissingKind } from '../../domain/values';
import { useI18n, type I18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/es';
import { MISSING_KEYS } from '../ChoroplethLegend';
import { PatternSwatch } from '../PatternSwatch';
import { formatDistrictValue } from '../describeValue';
import { localizeSource, shortCitations } from '../sourceText';
import { Tooltip } from '../Tooltip';
import type { BivariateView } from './systemsView';

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

function missingLine(
  i18n: I18n,
  view: BivariateView,
  d: Extract<BivariateDistrict, { kind: 'missing' }>,
) {
  const which =
    d.which === 'both'
      ? `${nounOf(i18n, view.x)}, ${nounOf(i18n, view.y)}`
      : nounOf(i18n, d.which === 'x' ? view.x : view.y);
  return i18n.t('systems.missingCell', { kind: i18n.t(MISSING_KEYS[d.missing]), which });
}

/** The square legend: a 3 × 3 grid with the count in each cell, axes in words, then the gaps. */
export function BivariateLegend({ view, theme }: { view: BivariateView; theme: ThemeData }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const sourcesOf = (map: BivariateView['xMap']) => {
    const ids = new Set<string>();
    for (const c of map.byUbigeo.values()) if (c.value.kind === 'value') ids.add(c.value.source);
    return [...ids].flatMap((id) => {
      const s = theme.sources.get(id);
      return s ? [localizeSource(s, lang)] : [];
    });
  };
  const axes = [
    { def: view.x, map: view.xMap },
    { def: view.y, map: view.yMap },
  ];
  return (
    <section className="legend bivariate-legend" aria-labelledby="bivariate-title" tabIndex={0}>
      <h2 id="bivariate-title">
        {t('systems.bivariateTitle', {
          x: view.x.label[lang],
          y: view.y.label[lang],
          year: view.year,
        })}
      </h2>
      <div className="bivariate-key">
        <span className="axis-y">{t('systems.more', { noun: nounOf(i18n, view.y) })} ↑</span>
        <table className="bivariate-grid" data-testid="bivariate-grid">
          <caption className="sr-only">{t('systems.gridCaption')}</caption>
          <tbody>
            {[2, 1, 0].map((cy) => (
              <tr key={cy}>
                {[0, 1, 2].map((cx) => (
                  <td
                    key={cx}
                    style={{ background: BIVARIATE_PALETTE[cx]?.[cy] }}
                    className={cx + cy >= 3 ? 'dark' : undefined}
                    title={cellWords(i18n, view, cx, cy)}
                  >
                    <span className="sr-only">{cellWords(i18n, view, cx, cy)}: </span>
                    {view.cells.counts[cx]?.[cy] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <span className="axis-x">{t('systems.more', { noun: nounOf(i18n, view.x) })} →</span>
      </div>
      <ul>
        {(Object.keys(MISSING_KEYS) as MissingKind[])
          .filter((kind) => view.cells.missing[kind] > 0)
          .map((kind) => (
            <li key={kind} className={`missing-${kind}`}>
              <PatternSwatch kind={kind} colour={MISSING_COLOURS[kind]} />
              <span className="range">{t(MISSING_KEYS[kind])}</span>
              <span className="count">
                {t('legend.districtCount', { count: view.cells.missing[kind] })}
              </span>
            </li>
          ))}
      </ul>
      {axes.map(({ def, map }) => (
        <p key={def.id} className="note">
          <strong>{def.label[lang]}</strong>
          {map.notice &&
            ` · ${t('legend.toleranceNotice', {
              shown: map.notice.shownYears.join(', '),
              requested: map.notice.requestedYear,
            })}`}
          {' · '}
          {t('panel.source')}: {shortCitations(sourcesOf(map)) || '—'}
        </p>
      ))}
      {/* The full references and the rule for gaps, one click away: the map keeps the room. */}
      <details className="note">
        <summary>{t('coca.notes')}</summary>
        <p>{t('systems.missingRule')}</p>
        {axes.map(({ def, map }) => (
          <p key={def.id}>
            <strong>{def.label[lang]}</strong> · {t('panel.source')}:{' '}
            {sourcesOf(map)
              .map((s) => s.title)
              .join('; ') || '—'}
          </p>
        ))}
      </details>
    </section>
  );
}

/** The tooltip: the cell in words, both values with their years, and both sources. */
export function BivariateTooltip({
  view,
  index,
  theme,
  ubigeo,
  x,
  y,
}: {
  view: BivariateView;
  index: DistrictIndex;
  theme: ThemeData;
  ubigeo: string;
  x: number;
  y: number;
}) {
  const i18n = useI18n();
  const district = index.byUbigeo.get(ubigeo);
  const cell = view.cells.byUbigeo.get(ubigeo);
  if (!district || !cell) return null;
  const line = (def: IndicatorDef, value: BivariateDistrict['x']) =>
    `${def.label[i18n.lang]}: ${formatDistrictValue(i18n, def, value, index)}`;
  const sources = [cell.x, cell.y].flatMap((v) => {
    const s = v.kind === 'value' ? theme.sources.get(v.source) : undefined;
    return s ? [localizeSource(s, i18n.lang).title] : [];
  });
  const head =
    cell.kind === 'cell' ? cellWords(i18n, view, cell.cx, cell.cy) : missingLine(i18n, view, cell);
  return (
    <Tooltip
      district={district}
      line={`${head} — ${line(view.x, cell.x)} · ${line(view.y, cell.y)}`}
      flags={[]}
      source={sources.length > 0 ? [...new Set(sources)].join(' · ') : undefined}
      x={x}
      y={y}
    />
  );
}
