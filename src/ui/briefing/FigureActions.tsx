import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { currentMap } from '../../map/mapSnapshot';
import { composeChartSvg, downloadBlob, fileSlug, svgToCanvas } from '../exportChart';
import type { FigureText } from './figureText';
import { canvasToPng, composeMapImage, FIGURE_SCALE, readLegend, sideBySide } from './mapImage';
import { snapshotForPrint } from './printSnapshot';

export interface FigureActionsProps {
  figure: FigureText;
  chartOpen: boolean;
}

/** The first chart on screen, composed with its title and footer as ChartCard exports it. */
function chartSvg(): string | null {
  const card = document.querySelector('.chart-panel .chart-card');
  // The chart's own surface, not a legend icon (recharts gives both the same class).
  const svg = card?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
  if (!card || !svg) return null;
  const title = card.querySelector('figcaption')?.textContent ?? '';
  const footer = Array.from(card.querySelectorAll('.chart-footer p')).map((p) => p.textContent);
  return composeChartSvg(svg, title, footer);
}

export function FigureActions({ figure, chartOpen }: FigureActionsProps) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Printing from the browser menu: freeze the map into an image the print layout can use.
    const onBeforePrint = () => snapshotForPrint();
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);

  const run = async (withChart: boolean) => {
    const map = currentMap();
    if (!map) return;
    setBusy(true);
    setError(null);
    try {
      const text = figure;
      let canvas = await composeMapImage(map, { ...text, legend: readLegend(document) });
      const svg = withChart ? chartSvg() : null;
      if (svg) canvas = sideBySide(canvas, await svgToCanvas(svg, FIGURE_SCALE));
      const name = fileSlug(text.title) || 'mapa';
      downloadBlob(await canvasToPng(canvas), `${name}${svg ? '-figura' : ''}.png`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void run(false)}>
        {t('figure.exportMap')}
      </button>
      {chartOpen && (
        <button type="button" disabled={busy} onClick={() => void run(true)}>
          {t('figure.exportFigure')}
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          snapshotForPrint();
          window.print();
        }}
      >
        {t('figure.print')}
      </button>
      {error && (
        <span className="error-note" role="alert">
          {t('figure.failed', { reason: error })}
        </span>
      )}
    </>
  );
}
