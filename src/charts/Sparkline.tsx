import { consecutiveRuns } from './models';

/** A small inline line of a district's values over time: points where there is data, gaps kept. */
export interface SparklineProps {
  points: readonly { year: number; value: number }[];
  /** The year span to draw (so gaps at either end show). */
  from: number;
  to: number;
  width?: number;
  height?: number;
  label: string;
}

export function Sparkline({ points, from, to, width = 120, height = 28, label }: SparklineProps) {
  if (points.length === 0 || to <= from) return null;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (year: number) => 3 + ((year - from) / (to - from)) * (width - 6);
  const y = (value: number) =>
    max === min ? height / 2 : height - 3 - ((value - min) / (max - min)) * (height - 6);
  const paths = consecutiveRuns(points).map((run) =>
    run
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`)
      .join(' '),
  );
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={label}>
      {paths.map((d) => (
        <path key={d} d={d} fill="none" stroke="#1f5f70" strokeWidth={1.5} />
      ))}
      {points.map((p) => (
        <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={1.8} fill="#1f5f70" />
      ))}
    </svg>
  );
}
