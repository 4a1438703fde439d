import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { composeChartSvg, downloadCsv, downloadPng, downloadSvg, fileSlug } from './exportChart';

export interface ChartCardProps {
  title: string;
  /** Footer lines of an exported figure: units, source, data date. */
  footer: readonly string[];
  csv: () => string;
  /** Full references of the sources the footer cites in short, one click away (not exported). */
  references?: readonly string[];
  children: ReactNode;
}

/** A chart with its title, footer and export buttons (SVG, 2× PNG, CSV). */
export function ChartCard({ title, footer, csv, references = [], children }: ChartCardProps) {
  const { t } = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  const svg = () => {
    // The chart's own surface, not a legend icon (recharts gives both the same class).
    const chart = body.current?.querySelector<SVGSVGElement>(
      '.recharts-wrapper > svg.recharts-surface, svg[data-chart]',
    );
    return chart ? composeChartSvg(chart, title, footer) : null;
  };
  const name = fileSlug(title);
  return (
    <figure className="chart-card">
      <figcaption>{title}</figcaption>
      <div ref={body}>{children}</div>
      <div className="chart-footer">
        {footer.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {references.length > 0 && (
        <details className="chart-references note">
          <summary>{t('source.full')}</summary>
          {references.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      )}
      <div className="chart-actions">
        <button
          type="button"
          onClick={() => {
            const s = svg();
            if (s) downloadSvg(s, `${name}.svg`);
          }}
        >
          {t('chart.exportSvg')}
        </button>
        <button
          type="button"
          onClick={() => {
            const s = svg();
            if (s) void downloadPng(s, `${name}.png`);
          }}
        >
          {t('chart.exportPng')}
        </button>
        <button type="button" onClick={() => downloadCsv(csv(), `${name}.csv`)}>
          {t('chart.exportCsv')}
        </button>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(csv()).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('chart.copyCsv')}
        </button>
        {copied && (
          <span role="status" className="note">
            {t('chart.copied')}
          </span>
        )}
      </div>
    </figure>
  );
}
