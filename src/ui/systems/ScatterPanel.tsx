import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { ThemeData } from '../../data/loadThemes';
import { rowsToCsv } from '../../domain/csv';
import type { DistrictIndex } from '../../domain/districts';
import type { IndicatorDef } from '../../domain/indicatorRegistry';
import { buildScatter, pointsInRect, type AxisKind } from '../../domain/scatter';
import { useI18n } from '../../i18n/I18nContext';
import { formatDecimal } from '../../i18n/format';
import { ChartCard } from '../ChartCard';
import { MISSING_KEYS } from '../legendKeys';
import { citeSources, fullReference, sourcesOfValues } from '../sourceText';
import { ScatterAxes } from './ScatterAxes';
import type { BivariateView } from './systemsView';
import { spreadLabels } from '../../domain/scatterLabels';

const WIDTH = 380;
const HEIGHT = 250;
/** The link keeps at most 8 selected districts (table ticks, comparison, chart lines). */
const MAX_SELECTION = 8;

/** Hectares and people span orders of magnitude: those axes may be logarithmic. */
const canLog = (def: IndicatorDef) => def.unit.en === 'ha' || def.id === 'population';

export interface ScatterPanelProps {
  view: BivariateView;
  index: DistrictIndex;
  theme: ThemeData;
  selection: readonly string[];
  onSelection: (ubigeos: string[]) => void;
  onHover: (ubigeo: string | null) => void;
  /** The district under the pointer on the map: its point is ringed. */
  highlighted: string | null;
}

/**
 * The districts as points: x and y the bivariate map's two indicators for its year, area by 2017
 * population, VRAEM strong and the others faint, the selected ones labelled. Dragging a rectangle
 * selects the districts it covers. Districts missing a value are listed under the plot.
 */
export function ScatterPanel({
  view,
  index,
  theme,
  selection,
  onSelection,
  onHover,
  highlighted,
}: ScatterPanelProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [xKind, setXKind] = useState<AxisKind>(canLog(view.x) ? 'log' : 'linear');
  const [yKind, setYKind] = useState<AxisKind>(canLog(view.y) ? 'log' : 'linear');
  const [brush, setBrush] = useState<{ a: [number, number]; b: [number, number] } | null>(null);
  const [truncated, setTruncated] = useState<number | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const model = useMemo(
    () =>
      buildScatter(
        index.list.flatMap((d) => {
          const x = view.xMap.byUbigeo.get(d.ubigeo)?.value;
          const y = view.yMap.byUbigeo.get(d.ubigeo)?.value;
          return x && y
            ? [
                {
                  ubigeo: d.ubigeo,
                  name: d.name,
                  vraem: d.vraem,
                  population: d.population2017,
                  x,
                  y,
                },
              ]
            : [];
        }),
        {
          width: WIDTH,
          height: HEIGHT,
          xKind: canLog(view.x) ? xKind : 'linear',
          yKind: canLog(view.y) ? yKind : 'linear',
        },
      ),
    [view, index, xKind, yKind],
  );
  const selected = new Set(selection);
  const vraemMissing = model.missing.filter((m) => m.vraem);
  const at = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };
  const finish = () => {
    if (!brush) return;
    const inside = pointsInRect(model.points, brush.a, brush.b);
    setBrush(null);
    if (Math.abs(brush.a[0] - brush.b[0]) < 3 && Math.abs(brush.a[1] - brush.b[1]) < 3) return;
    // VRAEM districts first, then by population: what a brush over a crowd most likely means.
    const byWeight = model.points
      .filter((p) => inside.includes(p.ubigeo))
      .sort((a, b) => Number(b.vraem) - Number(a.vraem) || b.r - a.r)
      .map((p) => p.ubigeo);
    setTruncated(byWeight.length > MAX_SELECTION ? byWeight.length : null);
    onSelection(byWeight.slice(0, MAX_SELECTION));
  };
  const fmt = (def: IndicatorDef, v: number) => formatDecimal(lang, v, v >= 100 ? 0 : def.digits);
  // Each axis's sources with the years of its values (the tolerance may reach other years).
  const sources = [view.xMap, view.yMap].flatMap((map) =>
    sourcesOfValues(map.byUbigeo.values(), theme.sources),
  );
  const title = t('scatter.title', {
    x: view.x.label[lang],
    y: view.y.label[lang],
    year: view.year,
  });
  const csv = () =>
    rowsToCsv(
      model.points.map((p) => ({
        ubigeo: p.ubigeo,
        name: p.name,
        vraem: p.vraem ? 1 : 0,
        x: p.x.value,
        xYear: p.x.year,
        y: p.y.value,
        yYear: p.y.year,
      })),
      [
        { key: 'ubigeo', label: 'ubigeo' },
        { key: 'name', label: t('systems.col.name') },
        { key: 'vraem', label: 'VRAEM' },
        { key: 'x', label: view.x.label[lang] },
        { key: 'xYear', label: `${view.x.label[lang]} · ${t('year.label')}` },
        { key: 'y', label: view.y.label[lang] },
        { key: 'yYear', label: `${view.y.label[lang]} · ${t('year.label')}` },
      ],
    );
  // Names of the selected points, kept apart (10 px bold is at most about 7 px a character),
  // right of their point, or left of it where the plot's edge would cut them.
  const labelX = (p: (typeof model.points)[number]) => {
    const width = p.name.length * 7;
    const right = p.px + p.r + 2 + width <= WIDTH;
    return { x: right ? p.px + p.r + 2 : p.px - p.r - 2, left: right ? 0 : width, right, width };
  };
  const labelY = spreadLabels(
    model.points
      .filter((p) => selected.has(p.ubigeo))
      .map((p) => {
        const { x, left, width } = labelX(p);
        return { id: p.ubigeo, x: x - left, y: p.py - 2, width };
      }),
    12,
  );
  return (
    <details className="scatter-panel" open data-testid="scatter-panel">
      <summary>{t('scatter.toggle')}</summary>
      <ChartCard
        title={title}
        footer={[`${t('panel.source')}: ${citeSources(sources, lang)}`, t('scatter.sizeNote')]}
        references={[...new Set(sources.map((c) => fullReference(c.source, lang)))]}
        csv={csv}
      >
        <div className="scatter-options">
          {canLog(view.x) && (
            <label className="check">
              <input
                type="checkbox"
                checked={xKind === 'log'}
                onChange={(e) => setXKind(e.target.checked ? 'log' : 'linear')}
              />
              {t('scatter.logX')}
            </label>
          )}
          {canLog(view.y) && (
            <label className="check">
              <input
                type="checkbox"
                checked={yKind === 'log'}
                onChange={(e) => setYKind(e.target.checked ? 'log' : 'linear')}
              />
              {t('scatter.logY')}
            </label>
          )}
        </div>
        <svg
          ref={svgRef}
          data-chart="scatter"
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={title}
          className="scatter-svg"
          onPointerDown={(e) => {
            const p = at(e);
            e.currentTarget.setPointerCapture?.(e.pointerId);
            setBrush({ a: p, b: p });
          }}
          onPointerMove={(e) => brush && setBrush({ a: brush.a, b: at(e) })}
          onPointerUp={finish}
        >
          <ScatterAxes model={model} x={view.x} y={view.y} fmt={fmt} />
          {model.points.map((p) => (
            <circle
              key={p.ubigeo}
              data-ubigeo={p.ubigeo}
              cx={p.px}
              cy={p.py}
              r={p.r}
              fill={p.vraem ? '#1f6f8b' : '#8a969e'}
              fillOpacity={p.vraem ? 0.75 : 0.18}
              stroke={selected.has(p.ubigeo) ? '#c0392b' : p.vraem ? '#0d3b4c' : 'none'}
              strokeWidth={selected.has(p.ubigeo) ? 2 : 0.6}
              onPointerEnter={() => onHover(p.ubigeo)}
              onPointerLeave={() => onHover(null)}
            >
              <title>{`${p.name}: ${fmt(view.x, p.x.value)} ${view.x.unit[lang]} (${p.x.year}) · ${fmt(view.y, p.y.value)} ${view.y.unit[lang]} (${p.y.year})`}</title>
            </circle>
          ))}
          {model.points
            .filter((p) => selected.has(p.ubigeo))
            .map((p) => (
              <text
                key={`l${p.ubigeo}`}
                x={labelX(p).x}
                textAnchor={labelX(p).right ? 'start' : 'end'}
                y={labelY.get(p.ubigeo) ?? p.py - 2}
                fontSize={10}
                fill="#1d2327"
                fontWeight="bold"
              >
                {p.name}
              </text>
            ))}
          {model.points
            .filter((p) => p.ubigeo === highlighted)
            .map((p) => (
              <circle
                key={`h${p.ubigeo}`}
                data-highlighted={p.ubigeo}
                cx={p.px}
                cy={p.py}
                r={p.r + 3}
                fill="none"
                stroke="#f0b400"
                strokeWidth={3}
                pointerEvents="none"
              />
            ))}
          {brush && (
            <rect
              data-testid="scatter-brush"
              x={Math.min(brush.a[0], brush.b[0])}
              y={Math.min(brush.a[1], brush.b[1])}
              width={Math.abs(brush.a[0] - brush.b[0])}
              height={Math.abs(brush.a[1] - brush.b[1])}
              fill="rgba(192, 57, 43, 0.08)"
              stroke="#c0392b"
              strokeDasharray="4 2"
            />
          )}
        </svg>
      </ChartCard>
      <p className="note">{t('scatter.brushHint')}</p>
      {truncated !== null && (
        <p className="note" role="status">
          {t('scatter.truncated', { count: truncated, max: MAX_SELECTION })}
        </p>
      )}
      <details className="scatter-missing" data-testid="scatter-missing">
        <summary>
          {t('scatter.missing', { count: model.missing.length, vraem: vraemMissing.length })}
        </summary>
        <ul>
          {vraemMissing.map((m) => {
            const gap = m.x.kind === 'missing' ? m.x : m.y.kind === 'missing' ? m.y : null;
            return (
              <li key={m.ubigeo}>
                {m.name}: {gap ? t(MISSING_KEYS[gap.missing]) : ''} (
                {m.x.kind === 'missing' ? view.x.label[lang] : view.y.label[lang]})
              </li>
            );
          })}
        </ul>
      </details>
    </details>
  );
}
