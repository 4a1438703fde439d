/** Known districts for the browser tests, read from the committed data/ (the pipeline's output). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jurisdictionFileSchema } from '../../src/data/indicatorSchemas';
import { districtsFileSchema, type DistrictRecord } from '../../src/data/schemas';

const file = districtsFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../data/districts.json'), 'utf8')),
);

export function districtByUbigeo(ubigeo: string): DistrictRecord {
  const found = file.districts.find((d) => d.ubigeo === ubigeo);
  if (!found) throw new Error(`no district ${ubigeo} in data/districts.json`);
  return found;
}

export const ALL_DISTRICTS = file.districts;

const jurisdiction = jurisdictionFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../data/jurisdiction.json'), 'utf8')),
);

export function decreeUbigeos(idPrefix: string): Set<string> {
  const decree = jurisdiction.decrees.find((d) => d.id.startsWith(idPrefix));
  if (!decree) throw new Error(`no decree ${idPrefix} in data/jurisdiction.json`);
  return new Set(decree.ubigeos);
}
