// The data files the app ships, as URLs Vite resolves (hashed in the build, served in dev).
import atlasTopology from '../../data/geo/atlas.topo.json?url';
import peruDepartments from '../../data/geo/peru-departments.topo.json?url';
import peruDistrictsTopology from '../../data/geo/peru-districts.topo.json?url';
import rivers from '../../data/geo/rivers.geo.json?url';
import districts from '../../data/districts.json?url';
import places from '../../data/places.json?url';
import peruDistricts from '../../data/peru-districts.json?url';
import type { Scope } from './scope';

export interface DataUrls {
  atlasTopology: string;
  peruDepartments: string;
  rivers: string;
  districts: string;
  /** Town names for the labels (the five departments, in both scopes). */
  places: string;
}

export const DATA_URLS: DataUrls = { atlasTopology, peruDepartments, rivers, districts, places };

/**
 * National scope: the same kinds of file over all districts of Peru. Only fetched with
 * ?scope=peru, so the VRAEM scope's first frame never carries them.
 */
export const NATIONAL_DATA_URLS: DataUrls = {
  atlasTopology: peruDistrictsTopology,
  peruDepartments,
  rivers,
  districts: peruDistricts,
  places,
};

/** File names as the pipeline writes them, for error messages. */
export const DATA_FILE_NAMES: Record<keyof DataUrls, string> = {
  atlasTopology: 'data/geo/atlas.topo.json',
  peruDepartments: 'data/geo/peru-departments.topo.json',
  rivers: 'data/geo/rivers.geo.json',
  districts: 'data/districts.json',
  places: 'data/places.json',
};

export const NATIONAL_FILE_NAMES: Record<keyof DataUrls, string> = {
  ...DATA_FILE_NAMES,
  atlasTopology: 'data/geo/peru-districts.topo.json',
  districts: 'data/peru-districts.json',
};

export function dataUrlsFor(scope: Scope): { urls: DataUrls; names: Record<keyof DataUrls, string> } {
  return scope === 'peru'
    ? { urls: NATIONAL_DATA_URLS, names: NATIONAL_FILE_NAMES }
    : { urls: DATA_URLS, names: DATA_FILE_NAMES };
}
