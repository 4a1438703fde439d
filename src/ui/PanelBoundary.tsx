import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/es';
import './offline.css';

/** The parts of the page that fail on their own. */
export type PanelName = 'map' | 'charts' | 'table' | 'compare' | 'district' | 'workspace';

const PANEL_LABEL: Record<PanelName, MessageKey> = {
  map: 'boundary.map',
  charts: 'boundary.charts',
  table: 'boundary.table',
  compare: 'boundary.compare',
  district: 'boundary.district',
  workspace: 'boundary.workspace',
};

interface PanelBoundaryProps {
  panel: PanelName;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: Error | null;
  /** Bumped by "retry": the children mount afresh instead of reusing a broken tree. */
  attempt: number;
}

/**
 * Contains an error thrown while rendering one panel (or loading its chunk): the panel is
 * replaced by a message naming it, with a retry button; everything outside keeps working.
 * The error goes to the console and nowhere else.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PanelBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[atlas] the ${this.props.panel} panel failed:`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (error) {
      return <PanelError label={PANEL_LABEL[this.props.panel]} onRetry={this.retry} />;
    }
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}

function PanelError({ label, onRetry }: { label: MessageKey; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="panel-error" role="alert">
      <p>{t('boundary.message', { panel: t(label) })}</p>
      <button type="button" onClick={onRetry}>
        {t('boundary.retry')}
      </button>
    </div>
  );
}
