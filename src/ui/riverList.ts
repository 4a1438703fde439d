/**
 * The rivers the "within N km" selection offers: only lines a source names (WDBII lines no
 * source names are drawn, not listed), each with the stretch it is in the reader's language.
 */
import type { Feature, MultiLineString } from 'geojson';
import type { RiversFile } from '../data/schemas';
import type { Lang } from '../i18n/translate';

export interface RiverChoice {
  name: string;
  /** "desde la confluencia con el Mantaro hasta la del Perené", or null when the file says none. */
  stretch: string | null;
}

export function namedRivers(file: RiversFile): Feature<MultiLineString, { name: string }>[] {
  return file.features.flatMap((f) =>
    f.properties.name === null
      ? []
      : [{ type: 'Feature', properties: { name: f.properties.name }, geometry: f.geometry }],
  );
}

export function riverChoices(file: RiversFile, lang: Lang): RiverChoice[] {
  return file.features.flatMap((f) =>
    f.properties.name === null
      ? []
      : [{ name: f.properties.name, stretch: f.properties.stretch?.[lang] ?? null }],
  );
}
