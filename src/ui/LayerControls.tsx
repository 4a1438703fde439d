import type { ReactNode } from 'react';
import { CLASSIFICATION_METHODS, type ClassificationMethod } from '../domain/classify';
import { INDICATORS } from '../domain/indicatorRegistry';
import { MAX_CLASSES, MIN_CLASSES } from '../domain/palettes';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import type { LayerId } from '../state/urlState';
import { ManualBreaks } from './ManualBreaks';
import { YearControl } from './YearControl';

export interface LayerControlsProps {
  layer: LayerId;
  onLayer: (layer: LayerId) => void;
  /** The year control's span; empty for jurisdiction layers. */
  years: readonly number[];
  /** Years the current indicator has values for. */
  dataYears: readonly number[];
  year: number | null;
  onYear: (year: number) => void;
  method: ClassificationMethod;
  classes: number;
  onClassification: (method: ClassificationMethod, classes: number) => void;
  breaks: readonly number[];
  onManualBreaks: (breaks: number[]) => void;
  incidents: boolean;
  onIncidents: (on: boolean) => void;
  comparable: boolean;
  onComparable: (on: boolean) => void;
  emergencyDate: string | null;
  onEmergencyDate: (date: string) => void;
  /** False while the theme data is still loading. */
  ready: boolean;
  /** Imported indicators of this session, offered after the shipped ones. */
  imported?: readonly { id: string; label: string }[];
  /** The imported indicator shown instead of `layer`, if any. */
  activeImported?: string | null;
  onImported?: (id: string) => void;
  /** More point layers' controls, after the incidents' (the UCDP GED events). */
  children?: ReactNode;
}

const METHOD_KEYS: Record<ClassificationMethod, MessageKey> = {
  quantile: 'classify.quantile',
  jenks: 'classify.jenks',
  equalInterval: 'classify.equalInterval',
  manual: 'classify.manual',
};

const THEME_KEYS: Record<string, MessageKey> = {
  coca: 'layers.coca',
  poverty: 'layers.poverty',
  population: 'layers.population',
  budget: 'layers.budget',
};

export function LayerControls(props: LayerControlsProps) {
  const { t, lang } = useI18n();
  const imported = props.imported ?? [];
  const activeImported = props.activeImported ?? null;
  const isIndicator =
    activeImported !== null ||
    (props.layer !== 'base' && INDICATORS.some((d) => d.id === props.layer));
  const themes = [...new Set(INDICATORS.map((d) => d.theme))];
  return (
    <section className="layer-controls" aria-labelledby="layer-controls-title">
      <h2 id="layer-controls-title">{t('layers.title')}</h2>
      <label className="field">
        <span>{t('layers.show')}</span>
        <select
          value={activeImported ?? props.layer}
          onChange={(e) => {
            const value = e.target.value;
            if (imported.some((l) => l.id === value)) props.onImported?.(value);
            else props.onLayer(value as LayerId);
          }}
          disabled={!props.ready}
        >
          <optgroup label={t('layers.jurisdiction')}>
            <option value="base">{t('layers.base')}</option>
            <option value="emergency">{t('layers.emergency')}</option>
            <option value="devida">{t('layers.devida')}</option>
            <option value="authorities">{t('layers.authorities')}</option>
          </optgroup>
          <optgroup label={t('layers.systems')}>
            <option value="bivariate">{t('layers.bivariate')}</option>
            <option value="overlap">{t('layers.overlap')}</option>
          </optgroup>
          {themes.map((theme) => (
            <optgroup key={theme} label={t(THEME_KEYS[theme] ?? 'layers.title')}>
              {INDICATORS.filter((d) => d.theme === theme).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label[lang]}
                </option>
              ))}
            </optgroup>
          ))}
          {imported.length > 0 && (
            <optgroup label={t('import.layerGroup')}>
              {imported.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {!props.ready && <p className="note">{t('layers.loading')}</p>}
      {isIndicator && props.years.length > 0 && props.year !== null && (
        <YearControl
          years={props.years}
          dataYears={props.dataYears}
          year={props.year}
          onYear={props.onYear}
        />
      )}
      {isIndicator && (
        <div className="field-row">
          <label className="field">
            <span>{t('classify.method')}</span>
            <select
              value={props.method}
              onChange={(e) =>
                props.onClassification(e.target.value as ClassificationMethod, props.classes)
              }
            >
              {CLASSIFICATION_METHODS.filter((m) => m !== 'manual').map((m) => (
                <option key={m} value={m}>
                  {t(METHOD_KEYS[m])}
                </option>
              ))}
              {props.method === 'manual' && <option value="manual">{t(METHOD_KEYS.manual)}</option>}
            </select>
          </label>
          <label className="field">
            <span>{t('classify.classes')}</span>
            <input
              type="number"
              min={MIN_CLASSES}
              max={MAX_CLASSES}
              value={props.classes}
              onChange={(e) => {
                const k = Number(e.target.value);
                if (k >= MIN_CLASSES && k <= MAX_CLASSES) props.onClassification(props.method, k);
              }}
            />
          </label>
        </div>
      )}
      {isIndicator && <ManualBreaks breaks={props.breaks} onBreaks={props.onManualBreaks} />}
      {(props.layer === 'emergency' || props.layer === 'authorities') && props.emergencyDate && (
        <label className="field">
          <span>{t('emergency.date')}</span>
          <input
            type="date"
            value={props.emergencyDate}
            min="2016-01-01"
            onChange={(e) => e.target.value && props.onEmergencyDate(e.target.value)}
          />
        </label>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={props.incidents}
          disabled={!props.ready}
          onChange={(e) => props.onIncidents(e.target.checked)}
        />
        {t('layers.incidents')}
      </label>
      {props.children}
      {isIndicator && (
        <label className="check">
          <input
            type="checkbox"
            checked={props.comparable}
            onChange={(e) => props.onComparable(e.target.checked)}
          />
          {t('layers.comparable')}
        </label>
      )}
    </section>
  );
}
