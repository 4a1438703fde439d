/** Known districts for the browser tests, read from the committed data/ (the pipeline's output). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
