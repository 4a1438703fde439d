/**
 * The published column names of the two incident datasets the importer reads.
 *
 * UCDP GED (Uppsala Conflict Data Program, Georeferenced Event Dataset, CC BY 4.0): the
 * 49-column CSV of the GED releases (codebook ged231/ged241/ged251), one row per event with a
 * best/low/high death estimate and the coordinates of `where_coordinates`.
 *
 * ACLED (Armed Conflict Location & Event Data): the 31-column export of the data export tool /
 * API, one row per event; `event_date` is ISO (API) or "16 May 2025" (older exports).
 */
export const UCDP_GED_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export type EventKind = 'ucdp' | 'acled';

/** Columns without which an event cannot be placed or dated. */
export const REQUIRED_COLUMNS: Record<EventKind, readonly string[]> = {
  ucdp: ['id', 'date_start', 'latitude', 'longitude', 'best'],
  acled: ['event_id_cnty', 'event_date', 'latitude', 'longitude', 'fatalities'],
};

/** UCDP's type_of_violence codes (codebook): 1 state-based, 2 non-state, 3 one-sided. */
export const UCDP_VIOLENCE_TYPES: Record<string, string> = {
  '1': 'State-based conflict',
  '2': 'Non-state conflict',
  '3': 'One-sided violence',
};

/** Which dataset a header looks like, by the identifying columns each publishes. */
export function detectEventKind(normalizedHeader: readonly string[]): EventKind | null {
  const has = (name: string) => normalizedHeader.includes(name);
  if (has('event_id_cnty')) return 'acled';
  if (has('type_of_violence') && has('date_start')) return 'ucdp';
  return null;
}
