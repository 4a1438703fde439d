import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { captureMap } from '../../map/mapSnapshot';
import { currentMap, viewportOf } from '../../map/mapRegistry';
import type { LegendModel } from '../legendModel';
import type { FigureText } from './figureText';
import { snapshotForPrint } from './printSnapshot';

export interface FigureActionsProps {
  figure: FigureText;
  /** The legend on screen (legendModel.ts): the images draw it. */
  legend: LegendModel;
  chartOpen: boolean;
}

export function FigureActions({ figure, legend, chartOpen }: FigureActionsProps) {
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
      // The image composers load on first use: nobody needs them before the first map frame.
      const [
        { canvasToPng, composeMapImage, FIGURE_SCALE },
        figureModule,
        { downloadBlob, fileSlug },
      ] = await Promise.all([
        import('./mapImage'),
        import('./chartFigure'),
        import('../exportChart'),
      ]);
      // The first chart on screen.
      const card = withChart ? document.querySelector('.chart-panel .chart-card') : null;
      const chart = card ? figureModule.readChartCard(card) : null;
      let canvas: HTMLCanvasElement;
      if (chart) {
        const container = map.getContainer();
        const view = viewportOf(map);
        canvas = await figureModule.composeFigure(
          {
            pixels: await captureMap(map, FIGURE_SCALE),
            width: container.clientWidth,
            height: container.clientHeight,
            zoom: view.zoom,
            latitude: view.latitude,
          },
          figure,
          legend,
          chart,
          `${t('panel.source')}:`,
        );
      } else {
        canvas = await composeMapImage(map, { ...figure, legend });
      }
      const name = fileSlug(figure.title) || 'mapa';
      downloadBlob(await canvasToPng(canvas), `${name}${chart ? '-figura' : ''}.png`);
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
        // One word in sight (the toolbar shares its row with Tabla · Comparar · Gráficos, and
        // at 1366 px with large text the full label ran under them); the name says it all.
        <button
          type="button"
          disabled={busy}
          aria-label={t('figure.exportFigure')}
          title={t('figure.exportFigure')}
          onClick={() => void run(true)}
        >
          {t('figure.exportFigureShort')}
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
