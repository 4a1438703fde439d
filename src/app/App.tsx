import { useEffect, useSyncExternalStore } from 'react';
import { I18nProvider } from '../i18n/I18nContext';
import { loadDictionary } from '../i18n/translate';
import { Header } from '../ui/Header';
import { OfflineStatus } from '../ui/OfflineStatus';
import { PanelBoundary } from '../ui/PanelBoundary';
import { SourcesFooter } from '../ui/SourcesFooter';
import { ErrorScreen, LoadingScreen } from '../ui/StatusScreens';
import { Workspace } from '../ui/Workspace';
import { offlineStore } from './offlineStore';
import { useAtlasData } from './useAtlasData';
import { useThemeData } from './useThemeData';
import { useUrlState } from './useUrlState';
import { DEFAULT_URL_STATE, type Scope, type UrlState } from '../state/urlState';

/**
 * Switching scope keeps language and layer; district-bound state (open panel, selection,
 * department/province filter) would point at districts the other scope may not have.
 */
function scopePatch(scope: Scope): Partial<UrlState> {
  return {
    scope,
    district: null,
    selection: [],
    compare: false,
    filter: { ...DEFAULT_URL_STATE.filter },
  };
}

export function App() {
  const [state, update] = useUrlState();
  const load = useAtlasData(state.scope);
  const themes = useThemeData(load.status === 'ready', state.scope);
  const offline = useSyncExternalStore(offlineStore.subscribe, offlineStore.get);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && state.district) update({ district: null }, 'push');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.district, update]);

  return (
    <I18nProvider lang={state.lang}>
      {load.status === 'loading' && <LoadingScreen />}
      {load.status === 'error' && <ErrorScreen file={load.file} reason={load.reason} />}
      {load.status === 'ready' && (
        <div className="layout">
          <Header
            onToggleLang={() => {
              // The switch waits for the other language's messages (a chunk of its own).
              const lang = state.lang === 'es' ? 'en' : 'es';
              void loadDictionary(lang).then(
                () => update({ lang }, 'replace'),
                () => undefined, // the chunk could not load: the atlas stays in its language
              );
            }}
            scope={state.scope}
            districtCount={load.data.districts.list.length}
            onScope={(scope) => update(scopePatch(scope), 'push')}
          />
          <PanelBoundary panel="workspace">
            <Workspace
              // A new scope is a new map: district sources, style and view start afresh.
              key={load.data.scope}
              data={load.data}
              theme={themes.status === 'ready' ? themes.data : null}
              themeError={
                themes.status === 'error' ? { file: themes.file, reason: themes.reason } : null
              }
              state={state}
              update={update}
            />
          </PanelBoundary>
          <div className="footer-row">
            <SourcesFooter sources={load.data.sources} />
            <OfflineStatus state={offline} onReload={offlineStore.applyUpdate} />
          </div>
        </div>
      )}
    </I18nProvider>
  );
}
