import { useI18n } from '../i18n/I18nContext';
import { baseLegend, type BaseCounts } from './legendModel';
import { LegendKey } from './LegendKey';

/** The base map's legend (legendModel.baseLegend: the PNG export draws the same). */
export function Legend({ counts }: { counts: BaseCounts }) {
  const model = baseLegend(useI18n(), counts);
  return (
    <section className="legend" aria-labelledby="legend-title" tabIndex={0}>
      <h2 id="legend-title">{model.title}</h2>
      <LegendKey items={model.items} />
    </section>
  );
}
