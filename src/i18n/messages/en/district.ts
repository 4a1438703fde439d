/** English of ../district.ts: loaded when the atlas switches to English (not before the first frame). */
import type { es } from '../district';

export const en: Record<keyof typeof es, string> = {
  'panel.indicatorsIn': 'Indicators in {year}',
  'panel.source': 'Source',
  'panel.loadingIndicators': 'Loading indicators…',
  'coca.contextTitle': 'Coca in {year}: zone and country',
  'coca.zone': 'VRAEM zone: {value} ha',
  'coca.notes': 'Notes and source',
  'coca.zoneMissing': 'VRAEM zone: no figure published for that year',
  'coca.peru': 'Peru: {value} ha',
  'coca.peruMissing': 'Peru: no figure published for that year',
  'coca.share': 'The VRAEM zone is {share} of the national total (computed from both figures).',
  'coca.publishedPct': 'Share published by the source: {pct}',
  'coca.citedShare':
    'Share of the national total: {pct} (cited by Vera Delzo 2018, from UNODC 2016: {value} / {denominator} ha). Our series have no national total for {year}, so the atlas does not compute it.',
  'coca.printedPct':
    'The source prints "{pct}" next to this figure, in a press release on another year\'s report: not shown as the {year} share.',
  'chart.title': 'Trends',
  'chart.open': 'Charts',
  'chart.selectedVsVraem': 'selected districts and the VRAEM aggregate',
  'chart.aggregateRule':
    'VRAEM aggregate: {rule} of the {count} VRAEM districts the source covers.',
  'chart.ruleSum': 'sum',
  'chart.ruleWeighted': 'population-weighted mean (2017 census)',
  'chart.vraemAggregate': 'VRAEM aggregate',
  'chart.selectHint': 'Add districts from their profile or the list (up to 8) to see their lines.',
  'chart.zoneVsPeru': 'Coca: VRAEM zone and Peru (ha) and the zone’s share (%)',
  'chart.zone': 'VRAEM zone (ha)',
  'chart.peru': 'Peru (ha)',
  'chart.share': 'VRAEM zone / Peru (%)',
  'chart.unitHa':
    'Hectares; the share is computed only where both figures exist. Gaps are years without a published figure.',
  'chart.transcribed': 'transcribed figures, each with its source in data/SOURCES.md',
  'chart.timeline': 'Timeline',
  'chart.decrees': 'Emergency decrees',
  'chart.incidents': 'Major incidents',
  'chart.decreeHint': 'Show this decree’s districts on the map',
  'chart.districtCount': '{count} district|{count} districts',
  'chart.milestonesNote':
    'The institutional milestones of Vera Delzo (2018) are not shown: there is no source file of milestones in the data yet.',
  'chart.exportSvg': 'SVG',
  'chart.exportPng': 'PNG 2×',
  'chart.exportCsv': 'CSV',
  'chart.add': 'Add to chart',
  'chart.remove': 'Remove from chart',
  'chart.full': 'The chart already has 8 districts',
  'chart.sparkline': '{indicator} over time',
  'chart.copyCsv': 'Copy CSV',
  'chart.copied': 'Copied',
  'chart.dataYears': 'Data: {from}–{to}',
  'compare.open': 'Compare',
  'compare.title': 'Districts compared in {year}',
  'compare.empty':
    'Choose at least 2 districts (up to 6): open a district and press “Add to chart”, or tick rows in the table.',
  'compare.note':
    'Each value states its year; the rank is among the 79 VRAEM districts with a value (1st = highest value).',
  'compare.leftOut':
    'The first 6 are shown; {count} more is on the chart.|The first 6 are shown; {count} more are on the chart.',
  'compare.indicator': 'Indicator',
  'compare.rank': 'rank {rank} of {of}',
  'compare.remove': 'Remove {name} from the comparison',
  'panel.close': 'Close',
  'panel.ubigeo': 'Ubigeo',
  'panel.province': 'Province',
  'panel.department': 'Department',
  'panel.area': 'Area',
  'panel.population2017': 'Population (2017 census)',
  'panel.populationMissing': 'No data: the district did not exist at the 2017 census',
  'panel.vraemStatus': 'VRAEM area',
  'panel.vraemYes':
    'Yes: one of the 79 current districts per the GEO PERÚ viewer (PCM): the 69 of DS 112-2017-PCM and 10 created since',
  'panel.vraemNo': 'No',
  'panel.vraemSplitUnknown':
    'The split into “direct intervention” and “influence” districts is not published in our sources.',
  'panel.lineageTitle': 'Origin of the district',
  'panel.createdAfter2017':
    'Created after 2017; its territory was part of {parent} (share of its area on the 2007 limits).',
  'panel.createdAfter2007':
    'Created after 2007; its territory was part of {parent} (share of its area on the 2007 limits).',
  'panel.statedParent': 'According to {source}: carved out of {parent}.',
  'panel.law': 'Law: {law}',
  'panel.lineageMethod':
    'Method: overlay with the INEI 2007 limits; every 2007 district holding at least 15% of the area is named.',
  'panel.and': ' and ',
  'panel.carvedAfter2017':
    "After 2017 it lost territory to: {names}. Its 2022 figures are on today's limits; earlier ones on the 2017 limits.",
  'panel.sources': 'Sources',
  'panel.hint': 'Esc closes the profile.',
};
