import type { IndicatorDef } from '../../domain/indicatorRegistry';
import type { ScatterModel } from '../../domain/scatter';
import { useI18n } from '../../i18n/I18nContext';

export interface ScatterAxesProps {
  model: ScatterModel;
  x: IndicatorDef;
  y: IndicatorDef;
  /** Tick label of a value on an axis. */
  fmt: (def: IndicatorDef, value: number) => string;
}

/** The scatter's two axes: lines, tick labels, the zero strip of a log axis, and axis names. */
export function ScatterAxes({ model, x, y, fmt }: ScatterAxesProps) {
  const { t, lang } = useI18n();
  const [x0, x1] = [model.margin.left, model.width - model.margin.right];
  const [y0, y1] = [model.height - model.margin.bottom, model.margin.top];
  return (
    <g className="scatter-axes">
      <line x1={x0} x2={x1} y1={y0} y2={y0} stroke="#5b6770" />
      <line x1={x0} x2={x0} y1={y0} y2={y1} stroke="#5b6770" />
      {model.x.ticks.map((tick) => (
        <text
          key={`x${tick.value}`}
          x={tick.at}
          y={y0 + 14}
          fontSize={10}
          textAnchor="middle"
          fill="#333"
        >
          {fmt(x, tick.value)}
        </text>
      ))}
      {model.y.ticks.map((tick) => (
        <text
          key={`y${tick.value}`}
          x={x0 - 4}
          y={tick.at + 3}
          fontSize={10}
          textAnchor="end"
          fill="#333"
        >
          {fmt(y, tick.value)}
        </text>
      ))}
      {model.x.zeroAt !== null && (
        <text x={model.x.zeroAt} y={y0 + 14} fontSize={10} textAnchor="middle" fill="#333">
          0
        </text>
      )}
      {model.y.zeroAt !== null && (
        <text x={x0 - 4} y={model.y.zeroAt + 3} fontSize={10} textAnchor="end" fill="#333">
          0
        </text>
      )}
      <text x={(x0 + x1) / 2} y={model.height - 6} fontSize={11} textAnchor="middle" fill="#1d2327">
        {x.label[lang]}
        {model.x.kind === 'log' ? ` (${t('scatter.log')})` : ''} →
      </text>
      <text
        transform={`translate(12 ${(y0 + y1) / 2}) rotate(-90)`}
        fontSize={11}
        textAnchor="middle"
        fill="#1d2327"
      >
        {y.label[lang]}
        {model.y.kind === 'log' ? ` (${t('scatter.log')})` : ''} →
      </text>
    </g>
  );
}
