// The data files the app ships, as URLs Vite resolves (hashed in the build, served in dev).
import atlasTopology from '../../data/geo/atlas.topo.json?url';
import peruDepartments from '../../data/geo/peru-departments.topo.json?url';
import rivers from '../../data/geo/rivers.geo.json?url';
import districts from '../../data/districts.json?url';

export interface DataUrls {
  atlasTopology: string;
  peruDepartments: string;
  rivers: string;
  districts: string;
}

export const DATA_URLS: DataUrls = { atlasTopology, peruDepartments, rivers, districts };

/** File names as the pipeline writes them, for error messages. */
export const DATA_FILE_NAMES: Record<keyof DataUrls, string> = {
  atlasTopology: 'data/geo/atlas.topo.json',
  peruDepartments: 'data/geo/peru-departments.topo.json',
  rivers: 'data/geo/rivers.geo.json',
  districts: 'data/districts.json',
};
