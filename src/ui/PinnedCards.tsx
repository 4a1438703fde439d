/**
 * The card over the map: a pinned incident or imported event, else the selected district's panel
 * (its indicators for the map's year and its UCDP events).
 */
import type { SourceRef } from '../data/schemas';
import type { ThemeData } from '../data/loadThemes';
import type { DistrictIndex } from '../domain/districts';
import { useI18n } from '../i18n/I18nContext';
import type { AtlasView } from './atlasView';
import { DistrictPanel } from './DistrictPanel';
import { PanelBoundary } from './PanelBoundary';
import { SelectionButton } from './SelectionButton';
import { useThemeViews } from './themeViewsLoader';

export function PinnedCards(props: {
  atlas: AtlasView;
  index: DistrictIndex;
  sources: readonly SourceRef[];
  theme: ThemeData | null;
  selection: readonly string[];
  /** The year the panel's indicators answer for (the table's); null until the theme loads. */
  panelYear: number | null;
  onUnpin: () => void;
  onClose: () => void;
  onSelection: (selection: string[]) => void;
}) {
  const { t } = useI18n();
  // Incidents, imported events and the indicators come from the theme; so does their code.
  const views = useThemeViews();
  const { atlas, index, theme } = props;
  if (atlas.pinnedIncident && views)
    return <views.IncidentCard incident={atlas.pinnedIncident} onClose={props.onUnpin} />;
  if (atlas.pinnedImportedEvent && views)
    return (
      <views.ImportedEventCard
        found={atlas.pinnedImportedEvent}
        index={index}
        onClose={props.onUnpin}
      />
    );
  const district = atlas.selectedDistrict;
  if (!district) return null;
  return (
    <PanelBoundary panel="district" key={district.ubigeo}>
      <DistrictPanel
        district={district}
        index={index}
        sources={props.sources}
        onClose={props.onClose}
        actions={
          <SelectionButton
            ubigeo={district.ubigeo}
            selection={props.selection}
            onChange={props.onSelection}
          />
        }
      >
        {views && theme && atlas.ucdp && props.panelYear !== null ? (
          <>
            <views.DistrictIndicators
              district={district}
              index={index}
              theme={theme}
              year={props.panelYear}
            />
            <views.UcdpDistrictBlock ubigeo={district.ubigeo} view={atlas.ucdp} file={theme.ucdp} />
          </>
        ) : (
          <p className="note">{t('panel.loadingIndicators')}</p>
        )}
      </DistrictPanel>
    </PanelBoundary>
  );
}
