/** The session's imports in the sidebar: what each is, its source label, show / remove. */
import type { ImportedIndicatorId } from '../../domain/indicatorRegistry';
import { useI18n } from '../../i18n/I18nContext';
import { formatInteger } from '../../i18n/format';
import { DATASET_LABEL, type ImportedLayer } from './imported';

export function ImportedLayersPanel({
  layers,
  activeId,
  onShow,
  onRemove,
}: {
  layers: readonly ImportedLayer[];
  activeId: ImportedIndicatorId | null;
  onShow: (key: ImportedIndicatorId) => void;
  onRemove: (key: ImportedIndicatorId) => void;
}) {
  const { t, lang } = useI18n();
  if (layers.length === 0) return null;
  return (
    <section className="imported-layers" aria-labelledby="imported-layers-title">
      <h3 id="imported-layers-title">{t('import.layerGroup')}</h3>
      <ul>
        {layers.map((layer) => {
          const name =
            layer.kind === 'indicator'
              ? t('import.layerLabel', { name: layer.fileName })
              : t('import.eventsSource', {
                  file: layer.fileName,
                  dataset: DATASET_LABEL[layer.dataset],
                });
          return (
            <li key={layer.key}>
              {layer.kind === 'indicator' ? (
                <button
                  type="button"
                  className="imported-show"
                  aria-pressed={activeId === layer.key}
                  onClick={() => onShow(layer.key)}
                >
                  {name}
                </button>
              ) : (
                <span>
                  {name} ({formatInteger(lang, layer.events.length)})
                </span>
              )}{' '}
              <button
                type="button"
                className="imported-remove"
                aria-label={t('import.remove', { name })}
                title={t('import.remove', { name })}
                onClick={() => onRemove(layer.key)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <p className="note">{t('import.session')}</p>
    </section>
  );
}
