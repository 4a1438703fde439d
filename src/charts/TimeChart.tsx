import {
  Area,
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TimelineEvent } from './timeline';

export interface ChartLine {
  key: string;
  label: string;
  colour: string;
  dashed?: boolean;
  /** Row key of [below, above] distances drawn as error bars (95 % interval). */
  errorKey?: string;
}

export interface TimeChartProps {
  rows: readonly Record<string, unknown>[];
  lines: readonly ChartLine[];
  /** Range keys (values [low, high]) drawn as translucent bands. */
  bands?: readonly { key: string; colour: string }[];
  events: readonly TimelineEvent[];
  /** The map's year, marked with a vertical line. */
  year: number | null;
  width: number;
  height: number;
  formatValue: (value: number) => string;
  onYear?: (year: number) => void;
  onHoverLine?: (key: string | null) => void;
}

const EVENT_COLOURS = { decree: '#7b3294', incident: '#d55e00' } as const;

/** A thin recharts line chart: points at every year with data, gaps never bridged. */
export function TimeChart(props: TimeChartProps) {
  const { rows, lines, bands = [], events, year, width, height, formatValue } = props;
  const years = rows.map((r) => r.year as number);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return (
    <ComposedChart
      width={width}
      height={height}
      data={rows as Record<string, unknown>[]}
      margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
      onClick={(state) => {
        const label = state?.activeLabel;
        if (label !== undefined && props.onYear) props.onYear(Number(label));
      }}
    >
      <CartesianGrid stroke="#e3e7ea" />
      <XAxis
        dataKey="year"
        type="number"
        domain={[first, last]}
        padding={{ left: 10, right: 10 }}
        allowDecimals={false}
        tickCount={8}
        fontSize={11}
      />
      <YAxis width={56} fontSize={11} tickFormatter={(v: number) => formatValue(v)} />
      {lines.length > 1 && (
        <Legend verticalAlign="top" height={22} iconSize={10} wrapperStyle={{ fontSize: 11 }} />
      )}
      <Tooltip
        isAnimationActive={false}
        formatter={(value) =>
          typeof value === 'number'
            ? formatValue(value)
            : Array.isArray(value)
              ? value.map((v) => formatValue(Number(v))).join(' – ')
              : String(value)
        }
      />
      {bands.map((b) => (
        <Area
          key={b.key}
          dataKey={b.key}
          stroke="none"
          fill={b.colour}
          fillOpacity={0.18}
          isAnimationActive={false}
          connectNulls={false}
          legendType="none"
          activeDot={false}
        />
      ))}
      {events.map((e) => (
        <ReferenceLine
          key={e.id}
          x={e.x}
          stroke={EVENT_COLOURS[e.kind]}
          strokeOpacity={0.45}
          strokeDasharray="2 3"
        />
      ))}
      {year !== null && year >= first && year <= last && (
        <ReferenceLine x={year} stroke="#1d2327" strokeWidth={1.5} />
      )}
      {lines.map((l) => (
        <Line
          key={l.key}
          dataKey={l.key}
          name={l.label}
          stroke={l.colour}
          strokeWidth={2}
          strokeDasharray={l.dashed ? '6 4' : undefined}
          dot={{ r: 3, fill: l.colour }}
          connectNulls={false}
          isAnimationActive={false}
          onMouseEnter={() => props.onHoverLine?.(l.key)}
          onMouseLeave={() => props.onHoverLine?.(null)}
        >
          {l.errorKey && (
            <ErrorBar dataKey={l.errorKey} width={6} stroke={l.colour} strokeWidth={1.2} />
          )}
        </Line>
      ))}
    </ComposedChart>
  );
}
