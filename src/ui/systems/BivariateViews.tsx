import type { ThemeData } from '../../data/loadThemes';
import type { BivariateDistrict } from '../../domain/bivariate';
import type { DistrictIndex } from '../../domain/districts';
import type { IndicatorDef } from '../../domain/indicatorRegistry';
import { useI18n, type I18n } from '../../i18n/I18nContext';
import { MISSING_KEYS } from '../legendKeys';
import { toleranceNotice } from '../legendModel';
import { LegendKey } from '../LegendKey';
import { formatDistrictValue } from '../describeValue';
import { localizeSource, shortCitations } from '../sourceText';
import { Tooltip } from '../Tooltip';
import { bivariateLegend, cellWords, nounOf } from './systemsLegend';
import type { BivariateView } from './systemsView';

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

/**
 * The square legend (systemsLegend.bivariateLegend: the PNG export draws the same): a 3 × 3 grid
 * with the count in each cell, axes in words, then the gaps; the axes' sources under it.
 */
export function BivariateLegend({ view, theme }: { view: BivariateView; theme: ThemeData }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const model = bivariateLegend(i18n, view);
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
      <h2 id="bivariate-title">{model.title}</h2>
      {model.grid && (
        <div className="bivariate-key">
          <span className="axis-y">{model.grid.y}</span>
          <table className="bivariate-grid" data-testid="bivariate-grid">
            <caption className="sr-only">{t('systems.gridCaption')}</caption>
            <tbody>
              {model.grid.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td
                      key={c}
                      style={{ background: cell.colour }}
                      className={cell.dark ? 'dark' : undefined}
                      title={cell.label}
                    >
                      <span className="sr-only">{cell.label}: </span>
                      {cell.count}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <span className="axis-x">{model.grid.x}</span>
        </div>
      )}
      <LegendKey items={model.items} />
      {axes.map(({ def, map }) => (
        <p key={def.id} className="note">
          <strong>{def.label[lang]}</strong>
          {map.notice && ` · ${toleranceNotice(i18n, map)}`}
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
