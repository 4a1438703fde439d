import { useCallback, useEffect } from 'react';
import { I18nProvider } from '../i18n/I18nContext';
import { DistrictList } from '../ui/DistrictList';
import { DistrictPanel } from '../ui/DistrictPanel';
import { Header } from '../ui/Header';
import { Legend } from '../ui/Legend';
import { MapArea } from '../ui/MapArea';
import { SourcesFooter } from '../ui/SourcesFooter';
import { ErrorScreen, LoadingScreen } from '../ui/StatusScreens';
import { useAtlasData } from './useAtlasData';
import { useUrlState } from './useUrlState';

export function App() {
  const load = useAtlasData();
  const [urlState, update] = useUrlState();
  const { lang } = urlState;

  const index = load.status === 'ready' ? load.data.districts : null;
  // A well-formed ubigeo that is not on the map is ignored, as any other bad parameter.
  const selectedDistrict = urlState.district ? index?.byUbigeo.get(urlState.district) : undefined;
  const selected = selectedDistrict?.ubigeo ?? null;

  const select = useCallback(
    (ubigeo: string | null) => update({ district: ubigeo }, 'push'),
    [update],
  );
  const toggleLang = useCallback(
    () => update({ lang: lang === 'es' ? 'en' : 'es' }, 'replace'),
    [lang, update],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selected) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);

  return (
    <I18nProvider lang={lang}>
      {load.status === 'loading' && <LoadingScreen />}
      {load.status === 'error' && <ErrorScreen file={load.file} reason={load.reason} />}
      {load.status === 'ready' && (
        <div className="layout">
          <Header onToggleLang={toggleLang} />
          <main className="workspace">
            <DistrictList
              districts={load.data.districts.vraem}
              selected={selected}
              onSelect={select}
            />
            <MapArea data={load.data} selected={selected} onSelect={select} />
            <Legend vraemCount={load.data.districts.vraem.length} />
            {selectedDistrict && index && (
              <DistrictPanel
                district={selectedDistrict}
                index={index}
                sources={load.data.sources}
                onClose={() => select(null)}
              />
            )}
          </main>
          <SourcesFooter sources={load.data.sources} />
        </div>
      )}
    </I18nProvider>
  );
}
