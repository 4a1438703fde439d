/**
 * What the atlas draws from the theme files (indicators, jurisdiction, incidents, UCDP events) and
 * from imported files: the layer legends and notes, the UCDP controls, the tooltips and cards of
 * points, the district panel's indicators and the systems views. None of it can show before the
 * theme has loaded, which is after the map's first frame; loaded with it (themeViewsLoader.ts).
 */
export { ChoroplethLegend, MergedNote } from './ChoroplethLegend';
export { CocaContext } from './CocaContext';
export { DistrictIndicators } from './DistrictIndicators';
export { ImportedEventCard, ImportedEventTooltip } from './import/ImportedEventViews';
export { IncidentAggregates } from './IncidentAggregates';
export { IncidentCard } from './IncidentCard';
export { JurisdictionLegend } from './JurisdictionLegend';
export { KeyFiguresStrip } from './systems/KeyFigures';
export { ImportedEventsLegend, IncidentLegend, UcdpLegend } from './PointLegends';
export { systemsLegend } from './systems/systemsLegend';
export { systemsParts } from './systems/systemsParts';
export { buildSystemsView, systemsPaint } from './systems/systemsView';
export { UcdpControls, UcdpDistrictBlock, UcdpTooltip } from './UcdpViews';
